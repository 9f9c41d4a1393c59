//! TEMPORARY stub until the gazetteer lands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Destination {
    pub places: Vec<String>,
    pub countries: Vec<String>,
    pub unknown: Vec<String>,
}
pub fn split_destination(d: &str) -> Destination {
    Destination { places: vec![d.to_string()], ..Default::default() }
}
