//! The records the tool produces: one [`Report`] per PDF, one [`Trip`] per trip.
//!
//! These types are the JSON contract (`CONTRACT.md`): field names and shapes here are what
//! users' scripts rely on. Money and tonnes are [`Decimal`] so that `326.64` stays `326.64`.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Version of the JSON record layout; bumped only on incompatible changes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything extracted from one report PDF.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Version of this layout ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Which file the records come from.
    pub source: Source,
    /// Title and year of the report.
    pub report: ReportMeta,
    /// The trips in reading order.
    pub trips: Vec<Trip>,
    /// Document-level findings (e.g. a block that could not be assigned to a trip).
    pub warnings: Vec<Warning>,
}

/// The input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// File name as given (without directories).
    pub file: String,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Number of pages in the PDF.
    pub page_count: u32,
}

/// Title and year of a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ReportMeta {
    /// The report's title as printed on its first page.
    pub title: String,
    /// The year the report covers.
    pub year: i32,
    /// Which shape of edition was read.
    #[serde(default)]
    pub layout: Layout,
}

/// The shape of an edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// A header, text and a cost table per trip.
    #[default]
    Sections,
    /// One overview table, a row per trip (older editions, letters to the council).
    Table,
}

/// One official trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Trip {
    /// `"<year>-<nn>"`, nn counting in reading order from 01.
    pub id: String,
    /// The header as printed, lines joined with single spaces.
    pub title: String,
    /// Text between `Werkbezoek ` and ` door`.
    pub destination: String,
    /// Named places of the destination that are not countries, in printed order.
    pub places: Vec<String>,
    /// ISO 3166-1 alpha-2 codes in printed order.
    pub countries: Vec<String>,
    /// The travelling officials.
    pub officials: Vec<Official>,
    /// Purpose line(s) under the title.
    pub purpose: String,
    /// The date line as printed.
    pub date_text: String,
    /// First day of the trip.
    pub start_date: Option<NaiveDate>,
    /// Last day of the trip.
    pub end_date: Option<NaiveDate>,
    /// Inclusive number of days.
    pub days: Option<u32>,
    /// Costs in euros.
    pub costs: Costs,
    /// Means of transport.
    pub transport: Transport,
    /// CO₂ emissions and compensation.
    pub co2: Co2,
    /// The five data cells of the cost table as printed, whitespace collapsed.
    pub table_cells: Vec<String>,
    /// Body text; paragraphs separated by a blank line.
    pub description: String,
    /// 1-based pages on which any part of the trip stands.
    pub pages: Vec<u32>,
    /// What looks wrong or unusual in this trip.
    pub warnings: Vec<Warning>,
    /// Where each part was found (only with `--provenance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// A travelling official.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Official {
    /// Office held, as printed in its singular (`burgemeester`, `locoburgemeester`).
    pub role: Role,
    /// Surname as printed.
    pub name: String,
    /// True for `voormalig` (former).
    pub former: bool,
}

/// Office of an official, kept as the report prints it: in lower case and in its singular
/// (`wethouders Versnel en Buijt` gives two of `wethouder`), never rewritten into another
/// office (`locoburgemeester` stays `locoburgemeester`). `voormalig` is not part of it but
/// [`Official::former`]. The offices the reports print most have constants.
///
/// ```
/// use ambtsreizen::model::Role;
///
/// assert_eq!(Role::BURGEMEESTER.as_str(), "burgemeester");
/// assert_eq!(Role::new("locoburgemeester").as_str(), "locoburgemeester");
/// assert_eq!(serde_json::to_string(&Role::WETHOUDER).unwrap(), "\"wethouder\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Role(Cow<'static, str>);

impl Role {
    /// Mayor.
    pub const BURGEMEESTER: Role = Role(Cow::Borrowed("burgemeester"));
    /// Alderman.
    pub const WETHOUDER: Role = Role(Cow::Borrowed("wethouder"));

    /// An office as printed (the caller gives it in lower case and singular).
    pub fn new(printed: impl Into<String>) -> Role {
        Role(Cow::Owned(printed.into()))
    }

    /// The Dutch word(s) as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Official {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.former {
            f.write_str("voormalig ")?;
        }
        write!(f, "{} {}", self.role.as_str(), self.name)
    }
}

/// Costs in euros, exact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Costs {
    /// Travel and accommodation (`Reis en verblijf`); `null` when the cell could not be read.
    #[schemars(with = "Option<f64>")]
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub travel_and_accommodation: Option<Decimal>,
    /// Other costs (`Overige kosten`); `null` when the cell could not be read.
    #[schemars(with = "Option<f64>")]
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub other: Option<Decimal>,
    /// Sum of the two; `null` when either is unknown.
    #[schemars(with = "Option<f64>")]
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub total: Option<Decimal>,
}

/// Means of transport.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Transport {
    /// The cell as printed.
    pub text: String,
    /// Recognised modes in printed order.
    pub modes: Vec<TransportMode>,
}

/// A recognised means of transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TransportMode {
    /// Vliegtuig.
    Plane,
    /// Trein.
    Train,
    /// Dienstauto.
    OfficialCar,
    /// Auto.
    Car,
    /// Bus.
    Bus,
    /// Boot, veerboot.
    Boat,
    /// Anything else.
    Other,
}

impl TransportMode {
    /// The contract's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            TransportMode::Plane => "plane",
            TransportMode::Train => "train",
            TransportMode::OfficialCar => "official_car",
            TransportMode::Car => "car",
            TransportMode::Bus => "bus",
            TransportMode::Boat => "boat",
            TransportMode::Other => "other",
        }
    }
}

/// CO₂ figures; `null` where the table prints `-` or `n.v.t.`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Co2 {
    /// Emissions in tonnes.
    #[schemars(with = "Option<f64>")]
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub emissions_tonnes: Option<Decimal>,
    /// Compensation paid in euros.
    #[schemars(with = "Option<f64>")]
    #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
    pub compensation_eur: Option<Decimal>,
}

/// A finding: something that looks wrong or unusual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Warning {
    /// Stable snake_case identifier (see README).
    pub code: String,
    /// A sentence for people.
    pub message: String,
    /// 1-based page where to look.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

impl Warning {
    /// A warning with a code, message and optional page.
    pub fn new(code: &str, message: impl Into<String>, page: Option<u32>) -> Self {
        Warning { code: code.to_string(), message: message.into(), page }
    }
}

/// A rectangle in PDF points, origin bottom-left: `[x0, y0, x1, y1]`.
pub type BBox = [f64; 4];

/// The smallest box holding both boxes.
pub fn bbox_union(a: BBox, b: BBox) -> BBox {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

/// A located piece of a trip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Located {
    /// 1-based page.
    pub page: u32,
    /// Bounding box on that page.
    pub bbox: BBox,
}

/// Where each part of a trip stands in the PDF.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Provenance {
    /// The header block.
    pub header: Vec<Located>,
    /// The purpose line(s).
    pub purpose: Vec<Located>,
    /// The date line.
    pub date: Vec<Located>,
    /// Each body paragraph (a paragraph split over pages has one entry per page).
    pub body: Vec<Located>,
    /// The cost table as a whole.
    pub table: Vec<Located>,
    /// The five data cells.
    pub table_cells: Vec<Located>,
}
