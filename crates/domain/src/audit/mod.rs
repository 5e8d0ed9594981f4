//! Checks of the content and measures of the questionnaire, for the tests and the tools
//! in `examples/` only: compiled with `cfg(test)` or the `tools` feature, never into the
//! shipped wasm.

pub mod content_check;
pub mod paths;

#[cfg(test)]
mod shipped_content;
#[cfg(test)]
mod shipped_languages;
#[cfg(test)]
mod shipped_public;
