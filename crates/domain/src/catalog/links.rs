//! Links from the catalog: only `http(s)`, `tel:` and `mailto:` are kept, so that a
//! catalog can never put a `javascript:` or `data:` link in front of a person.

/// A link that is safe to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeLink(String);

impl SafeLink {
    /// The link, if it is `https://`, `http://`, `tel:` or `mailto:` with no space or
    /// control character.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        let allowed = ["https://", "http://", "tel:", "mailto:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
        let clean = !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<');
        (allowed && clean).then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The address without its scheme, to show as text ("www.caf.fr").
    pub fn display(&self) -> &str {
        let s = self.0.as_str();
        let s = ["https://", "http://", "tel:", "mailto:"]
            .iter()
            .find_map(|p| s.strip_prefix(p))
            .unwrap_or(s);
        s.trim_end_matches('/')
    }
}

/// A French phone number as people write it ("05 49 64 00 00", "3230"), from the
/// catalog's forms ("+33549640000", "0549640000", "3230"); `None` if it is not one.
pub fn phone_for_display(text: &str) -> Option<String> {
    let digits: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    let national = if let Some(rest) = digits.strip_prefix("+33") {
        format!("0{rest}")
    } else {
        digits
    };
    if !national.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match national.len() {
        // Short national numbers: 3230, 3646, 3949…
        4 if national.starts_with(['1', '3']) => Some(national),
        10 => Some(
            national
                .as_bytes()
                .chunks(2)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_web_phone_and_mail_links() {
        assert!(SafeLink::parse("https://www.caf.fr").is_some());
        assert!(SafeLink::parse("tel:+33549000000").is_some());
        assert!(SafeLink::parse("mailto:contact@exemple.fr").is_some());
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<b>",
            "ftp://x",
            "www.caf.fr",
            "https://",
            "https://a b",
            "https://x\"onclick",
        ] {
            assert_eq!(SafeLink::parse(bad), None, "{bad}");
        }
        assert_eq!(
            SafeLink::parse("https://www.caf.fr/").unwrap().display(),
            "www.caf.fr"
        );
    }

    #[test]
    fn writes_phone_numbers_the_french_way() {
        assert_eq!(
            phone_for_display("+33549640000").as_deref(),
            Some("05 49 64 00 00")
        );
        assert_eq!(
            phone_for_display("05.49.64.00.00").as_deref(),
            Some("05 49 64 00 00")
        );
        assert_eq!(phone_for_display("3230").as_deref(), Some("3230"));
        assert_eq!(
            phone_for_display("01 70 772 372").as_deref(),
            Some("01 70 77 23 72")
        );
        assert_eq!(phone_for_display("call me"), None);
    }
}
