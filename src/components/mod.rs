//! Reusable pieces of the interface, grouped by family.

pub mod layout;
