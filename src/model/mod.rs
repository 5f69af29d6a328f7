//! The report as data: serde types, dates, validation. No web-sys here.
