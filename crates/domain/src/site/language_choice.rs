//! The language a person chose for their visit, as kept in the visit's storage
//! (`storage_keys::LANGUAGE`): its code, and whether the French is shown under each
//! text (the bilingual display). Stored as `ar`, or `ar+fr` with the French under it.
//! The stored text comes from outside: anything but a language the site offers reads as
//! no choice, and the visit starts as the settings say.

/// The visit's choice of language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    pub code: String,
    /// The French under each text, for an advisor who does not read the language.
    pub bilingual: bool,
}

/// What follows the code when the French is shown too.
const WITH_FRENCH: &str = "+fr";

impl LanguageChoice {
    /// The choice kept in `text`, if its language is one of `offered`.
    pub fn parse(text: &str, offered: &[&str]) -> Option<Self> {
        let text = text.trim();
        let (code, bilingual) = match text.strip_suffix(WITH_FRENCH) {
            Some(code) => (code, true),
            None => (text, false),
        };
        offered.contains(&code).then(|| Self {
            code: code.to_owned(),
            bilingual,
        })
    }

    /// The text to keep.
    pub fn encode(&self) -> String {
        if self.bilingual {
            format!("{}{WITH_FRENCH}", self.code)
        } else {
            self.code.clone()
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const OFFERED: &[&str] = &["fr", "ar", "uk"];

    #[test]
    fn reads_back_what_it_keeps() {
        for (code, bilingual) in [("ar", true), ("uk", false), ("fr", false)] {
            let choice = LanguageChoice {
                code: code.into(),
                bilingual,
            };
            assert_eq!(
                LanguageChoice::parse(&choice.encode(), OFFERED),
                Some(choice)
            );
        }
        assert_eq!(
            LanguageChoice::parse("ar+fr", OFFERED).unwrap().encode(),
            "ar+fr"
        );
    }

    #[test]
    fn a_language_the_site_does_not_offer_is_no_choice() {
        assert_eq!(LanguageChoice::parse("tr", OFFERED), None);
        assert_eq!(LanguageChoice::parse("", OFFERED), None);
        assert_eq!(LanguageChoice::parse("+fr", OFFERED), None);
        assert_eq!(LanguageChoice::parse("ar+fr+fr", OFFERED), None);
    }

    proptest! {
        #[test]
        fn any_text_reads_as_an_offered_language_or_none(text in ".{0,12}") {
            if let Some(choice) = LanguageChoice::parse(&text, OFFERED) {
                prop_assert!(OFFERED.contains(&choice.code.as_str()));
            }
        }
    }
}
