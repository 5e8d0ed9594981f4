//! The reading-comfort choices of one visit: text size in three steps, a high-contrast
//! theme, reading aloud. Kept for the visit as a short text (`"1,0,1"`: size, contrast,
//! reading aloud), which comes back from the browser's storage and so is read warily:
//! anything unexpected gives the defaults.

/// The largest of the three text sizes (0, 1, 2).
pub const LARGEST_TEXT_SIZE: u8 = 2;

/// What a person chose for this visit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ComfortChoices {
    /// 0 (usual), 1 or 2.
    pub text_size: u8,
    pub high_contrast: bool,
    /// `None` when the person did not choose: the visit's default applies.
    pub read_aloud: Option<bool>,
}

impl ComfortChoices {
    /// Reads the kept text; anything unexpected gives the defaults for that part.
    pub fn parse(kept: &str) -> Self {
        let mut parts = kept.split(',');
        let text_size = parts
            .next()
            .and_then(|s| s.parse::<u8>().ok())
            .filter(|s| *s <= LARGEST_TEXT_SIZE)
            .unwrap_or(0);
        let high_contrast = parts.next() == Some("1");
        let read_aloud = parts.next().map(|flag| flag == "1");
        Self {
            text_size,
            high_contrast,
            read_aloud,
        }
    }

    /// The text to keep, or `None` when every choice is the visit's default
    /// (`read_aloud_default`): the defaults leave no key behind.
    pub fn encode(&self, read_aloud_default: bool) -> Option<String> {
        let aloud = self.read_aloud.unwrap_or(read_aloud_default);
        let is_default = self.text_size == 0 && !self.high_contrast && aloud == read_aloud_default;
        (!is_default).then(|| {
            format!(
                "{},{},{}",
                self.text_size,
                u8::from(self.high_contrast),
                u8::from(aloud)
            )
        })
    }

    /// The classes of `<html>` that apply the choices.
    pub fn root_classes(&self) -> String {
        format!(
            "text-size-{}{}",
            self.text_size,
            if self.high_contrast {
                " theme-contrast"
            } else {
                ""
            }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_read_back_as_they_were_kept() {
        let chosen = ComfortChoices {
            text_size: 2,
            high_contrast: true,
            read_aloud: Some(false),
        };
        let kept = chosen.encode(true).unwrap();
        assert_eq!(kept, "2,1,0");
        assert_eq!(ComfortChoices::parse(&kept), chosen);
    }

    #[test]
    fn the_defaults_leave_nothing_to_keep() {
        assert_eq!(ComfortChoices::default().encode(false), None);
        let aloud_as_default = ComfortChoices {
            read_aloud: Some(true),
            ..ComfortChoices::default()
        };
        assert_eq!(aloud_as_default.encode(true), None);
        assert_eq!(aloud_as_default.encode(false).as_deref(), Some("0,0,1"));
    }

    #[test]
    fn damaged_text_gives_the_defaults() {
        for damaged in ["", "9,1,1", "x", "-1", "1;1;1"] {
            let read = ComfortChoices::parse(damaged);
            assert!(read.text_size <= LARGEST_TEXT_SIZE, "{damaged}");
        }
        assert_eq!(ComfortChoices::parse("9,1,1").text_size, 0);
        assert_eq!(ComfortChoices::parse("").read_aloud, None);
        assert_eq!(ComfortChoices::parse("0,0,x").read_aloud, Some(false));
        assert_eq!(ComfortChoices::parse("1").read_aloud, None);
    }

    #[test]
    fn classes_say_the_size_and_the_theme() {
        let c = ComfortChoices {
            text_size: 1,
            high_contrast: true,
            read_aloud: None,
        };
        assert_eq!(c.root_classes(), "text-size-1 theme-contrast");
        assert_eq!(ComfortChoices::default().root_classes(), "text-size-0");
    }
}
