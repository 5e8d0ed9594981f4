//! The two file formats of the catalog, read without trusting them: CSV (the national
//! places format, `,` or `;`, quoted fields) and the JSON lists of the other files.

pub mod csv;
pub mod json;
