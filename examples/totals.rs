//! Using the library: extract a report and print each trip with its total cost and the
//! report's sums. `cargo run --example totals -- fixtures/2024/buitenlandse-ambtsreizen-2024.pdf`

use rust_decimal::Decimal;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "fixtures/2024/buitenlandse-ambtsreizen-2024.pdf".into());
    let report = ambtsreizen::extract_path(&path)?;
    println!("{} ({} trips)", report.report.title, report.trips.len());
    let mut total = Decimal::ZERO;
    let mut tonnes = Decimal::ZERO;
    for trip in &report.trips {
        let cost = trip.costs.total.unwrap_or_default();
        total += cost;
        tonnes += trip.co2.emissions_tonnes.unwrap_or_default();
        let flag = if trip.warnings.is_empty() { "" } else { "  ⚠ check the source" };
        println!("{}  {:<45} € {:>8}{flag}", trip.id, trip.destination, cost);
    }
    println!("total € {total}, CO₂ {tonnes} t as printed");
    Ok(())
}
