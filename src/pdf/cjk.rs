//! Text for CJK fonts that carry no `/ToUnicode` map, as PDF readers find it.
//!
//! Non-embedded CJK fonts name a predefined CMap instead of a map to Unicode. Two cases
//! are read here:
//! - the `Uni…-UCS2-H/V` and `Uni…-UTF16-H/V` CMaps: the codes *are* Unicode (UCS-2 or
//!   UTF-16BE), so no data is needed;
//! - `Identity-H/V` over an Adobe character collection (`/CIDSystemInfo` Adobe-Japan1,
//!   -GB1, -CNS1 or -Korea1): the CIDs go through Adobe's CID → Unicode tables, bundled in
//!   `data/` (made by `scripts/gen-font-data.py`, BSD-3-Clause, Copyright Adobe) and
//!   inflated on first use.

use std::io::Read;
use std::sync::OnceLock;

/// The character collections with a bundled table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Collection {
    /// Adobe-Japan1.
    Japan1,
    /// Adobe-GB1 (simplified Chinese).
    Gb1,
    /// Adobe-CNS1 (traditional Chinese).
    Cns1,
    /// Adobe-Korea1.
    Korea1,
}

impl Collection {
    /// The collection named by a `/CIDSystemInfo` registry and ordering.
    pub fn from_system_info(registry: &[u8], ordering: &[u8]) -> Option<Collection> {
        if registry != b"Adobe" {
            return None;
        }
        match ordering {
            b"Japan1" => Some(Collection::Japan1),
            b"GB1" => Some(Collection::Gb1),
            b"CNS1" => Some(Collection::Cns1),
            b"Korea1" => Some(Collection::Korea1),
            _ => None,
        }
    }

    fn table(self) -> &'static [u32] {
        static TABLES: [OnceLock<Vec<u32>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let (slot, packed): (usize, &[u8]) = match self {
            Collection::Japan1 => (0, include_bytes!("../../data/cid2unicode-Japan1.z")),
            Collection::Gb1 => (1, include_bytes!("../../data/cid2unicode-GB1.z")),
            Collection::Cns1 => (2, include_bytes!("../../data/cid2unicode-CNS1.z")),
            Collection::Korea1 => (3, include_bytes!("../../data/cid2unicode-Korea1.z")),
        };
        TABLES[slot].get_or_init(|| inflate(packed))
    }

    /// The character a CID of this collection stands for.
    pub fn text(self, cid: u32) -> Option<char> {
        let table = self.table();
        table.get(cid as usize).copied().filter(|&u| u != 0).and_then(char::from_u32)
    }
}

/// Inflates a bundled table: little-endian u32 values. The data is part of the binary, so
/// a failure here is a build problem every test run would catch; it yields an empty table.
fn inflate(packed: &[u8]) -> Vec<u32> {
    let mut bytes = Vec::new();
    if flate2::read::ZlibDecoder::new(packed).read_to_end(&mut bytes).is_err() {
        return Vec::new();
    }
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// How the codes of a predefined Unicode CMap are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnicodeCmap {
    /// Two bytes per code, the code is a UCS-2 value.
    Ucs2,
    /// UTF-16BE: two bytes, or four for a surrogate pair.
    Utf16,
}

impl UnicodeCmap {
    /// The kind of a predefined CMap name such as `UniGB-UCS2-H`.
    pub fn from_name(name: &str) -> Option<UnicodeCmap> {
        if !name.starts_with("Uni") {
            return None;
        }
        if name.ends_with("-UCS2-H") || name.ends_with("-UCS2-V") {
            Some(UnicodeCmap::Ucs2)
        } else if name.ends_with("-UTF16-H") || name.ends_with("-UTF16-V") {
            Some(UnicodeCmap::Utf16)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_tables_map_known_cids() {
        // From Adobe's cid2code tables: Japan1 CID 3284 3722 1952 is 日本語, GB1 4559 3795 is 中文.
        let japan: String = [3284, 3722, 1952].iter().filter_map(|&c| Collection::Japan1.text(c)).collect();
        assert_eq!(japan, "日本語");
        let gb: String = [4559, 3795].iter().filter_map(|&c| Collection::Gb1.text(c)).collect();
        assert_eq!(gb, "中文");
        assert_eq!(Collection::Korea1.text(3296), Some('한'));
        assert_eq!(Collection::Cns1.text(661), Some('中'));
        assert_eq!(Collection::Japan1.text(0), None, "CID 0 is .notdef");
        assert_eq!(Collection::Japan1.text(10_000_000), None);
        assert_eq!(Collection::from_system_info(b"Adobe", b"Identity"), None);
    }

    #[test]
    fn unicode_cmap_names() {
        assert_eq!(UnicodeCmap::from_name("UniJIS-UCS2-H"), Some(UnicodeCmap::Ucs2));
        assert_eq!(UnicodeCmap::from_name("UniGB-UTF16-V"), Some(UnicodeCmap::Utf16));
        assert_eq!(UnicodeCmap::from_name("90ms-RKSJ-H"), None);
        assert_eq!(UnicodeCmap::from_name("Identity-H"), None);
    }
}
