//! What Repère reads from its own address, and the one address it writes: the mode
//! asked for (`?mode=borne`) and the advisor link of a hand-off code
//! (`…?mode=conseiller#code=2121-5B04-0005-4R`). The code travels in the fragment, so it
//! never reaches a server's log. Both sides of that link are defined here, once.

use crate::site::mode::Mode;

/// The query parameter that asks for a mode.
pub const MODE_PARAM: &str = "mode";
/// What starts the fragment that carries a hand-off code.
const CODE_FRAGMENT: &str = "code=";

/// The value of one parameter of a URL query string (`?mode=borne&x=1`), undecoded:
/// the values Repère reads are plain words.
fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// The query parameter that opens the structure's space (`?espace`).
pub const SPACE_PARAM: &str = "espace";

/// Whether the address opens the structure's space (`?espace`, `?espace=1`).
pub fn asks_for_space(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.split('=').next() == Some(SPACE_PARAM))
}

/// The mode the address asks for, if any.
pub fn requested_mode(query: &str) -> Option<&str> {
    query_param(query, MODE_PARAM)
}

/// The address that opens a hand-off code in advisor mode: `app_url` is the app's
/// address without query or fragment.
pub fn advisor_link(app_url: &str, code: &str) -> String {
    [
        app_url,
        "?",
        MODE_PARAM,
        "=",
        Mode::Advisor.as_str(),
        "#",
        CODE_FRAGMENT,
        code,
    ]
    .concat()
}

/// The hand-off code carried by an address's fragment (without the `#`), if any.
pub fn code_in_fragment(fragment: &str) -> Option<&str> {
    fragment
        .trim_start_matches('#')
        .strip_prefix(CODE_FRAGMENT)
        .filter(|code| !code.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_space_opens_only_when_the_address_asks_for_it() {
        assert!(asks_for_space("?espace"));
        assert!(asks_for_space("?mode=borne&espace=1"));
        assert!(!asks_for_space("?mode=borne"));
        assert!(!asks_for_space("?espaces"));
        assert!(!asks_for_space(""));
    }

    #[test]
    fn reads_the_mode_from_the_query_string() {
        assert_eq!(requested_mode("?mode=borne"), Some("borne"));
        assert_eq!(requested_mode("?a=1&mode=conseiller&b"), Some("conseiller"));
        assert_eq!(requested_mode(""), None);
        assert_eq!(requested_mode("?modes=borne"), None);
    }

    #[test]
    fn the_advisor_link_reads_back_as_advisor_mode_and_the_same_code() {
        let link = advisor_link("https://example.org/repere/", "2121-5B04-0005-4R");
        assert_eq!(
            link,
            "https://example.org/repere/?mode=conseiller#code=2121-5B04-0005-4R"
        );
        let (rest, fragment) = link.split_once('#').unwrap();
        let query = rest.split_once('?').unwrap().1;
        assert_eq!(
            requested_mode(query).and_then(Mode::parse),
            Some(Mode::Advisor)
        );
        assert_eq!(code_in_fragment(fragment), Some("2121-5B04-0005-4R"));
        assert_eq!(
            code_in_fragment(&format!("#{fragment}")),
            Some("2121-5B04-0005-4R")
        );
    }

    #[test]
    fn a_fragment_without_a_code_carries_none() {
        assert_eq!(code_in_fragment(""), None);
        assert_eq!(code_in_fragment("code="), None);
        assert_eq!(code_in_fragment("main"), None);
    }
}
