//! The languages a site offers, as « 6. Réglages » edits them: each language ticked or
//! not, in the order the welcome screen shows them. An empty list in `config.json` means
//! every language, French first: the form writes one only when the structure leaves a
//! language out or changes the order.

use super::settings::SettingsForm;

impl SettingsForm {
    /// Every language of the app (`all`, codes, in the app's order: the compiled-in one
    /// first, `content::language_codes`) with whether it is offered, in the order they
    /// are offered, the others after.
    pub fn language_rows(&self, all: &[&str]) -> Vec<(String, bool)> {
        let listed = self.listed_languages(all);
        let others = all
            .iter()
            .filter(|code| !listed.iter().any(|l| l == *code))
            .map(|code| ((*code).to_owned(), false));
        listed
            .iter()
            .map(|code| (code.clone(), true))
            .chain(others)
            .collect()
    }

    /// Offers language `code`, or not.
    pub fn offer_language(&mut self, code: &str, on: bool, all: &[&str]) {
        let mut listed = self.listed_languages(all);
        listed.retain(|l| l != code);
        if on {
            listed.push(code.to_owned());
        }
        self.set_listed(listed, all);
    }

    /// Moves language `code` one place earlier among those offered.
    pub fn move_language_up(&mut self, code: &str, all: &[&str]) {
        let mut listed = self.listed_languages(all);
        if let Some(at) = listed.iter().position(|l| l == code).filter(|at| *at > 0) {
            listed.swap(at, at - 1);
        }
        self.set_listed(listed, all);
    }

    /// The languages offered, in order: the list, or every one in the app's order.
    fn listed_languages(&self, all: &[&str]) -> Vec<String> {
        if self.languages.is_empty() {
            all.iter().map(|c| (*c).to_owned()).collect()
        } else {
            self.languages.clone()
        }
    }

    /// Keeps `listed`; none when it is every language in the usual order.
    fn set_listed(&mut self, listed: Vec<String>, all: &[&str]) {
        self.languages = if listed.iter().eq(all) {
            Vec::new()
        } else {
            listed
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In the app's order, French first (`content::language_codes`).
    const ALL: &[&str] = &["fr", "ar", "en", "tr", "uk"];

    fn offered(form: &SettingsForm) -> Vec<String> {
        form.language_rows(ALL)
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(code, _)| code)
            .collect()
    }

    #[test]
    fn every_language_is_offered_french_first_until_the_structure_changes_it() {
        let form = SettingsForm::default();
        assert!(form.languages.is_empty());
        assert_eq!(offered(&form), ["fr", "ar", "en", "tr", "uk"]);
    }

    #[test]
    fn leaving_out_and_reordering_are_written_and_undone() {
        let mut form = SettingsForm::default();
        form.offer_language("en", false, ALL);
        assert_eq!(form.languages, ["fr", "ar", "tr", "uk"]);
        assert_eq!(
            form.language_rows(ALL).last(),
            Some(&("en".to_owned(), false))
        );
        form.move_language_up("uk", ALL);
        form.move_language_up("uk", ALL);
        assert_eq!(offered(&form), ["fr", "uk", "ar", "tr"]);
        // The first one cannot go higher.
        form.move_language_up("fr", ALL);
        form.move_language_up("fr", ALL);
        assert_eq!(offered(&form), ["fr", "uk", "ar", "tr"]);
        // Back to every language in the usual order: nothing is written.
        form.move_language_up("ar", ALL);
        form.move_language_up("tr", ALL);
        form.offer_language("en", true, ALL);
        assert_eq!(offered(&form), ["fr", "ar", "tr", "uk", "en"]);
        form.move_language_up("en", ALL);
        assert!(!form.languages.is_empty());
        form.move_language_up("en", ALL);
        assert!(form.languages.is_empty(), "{:?}", form.languages);
        assert_eq!(offered(&form), ["fr", "ar", "en", "tr", "uk"]);
    }

    #[test]
    fn the_order_reaches_the_settings_file() {
        let mut form = SettingsForm::default();
        form.move_language_up("uk", ALL);
        let text = form.to_json().to_string();
        let read = crate::site::config::parse_config(&text, ALL).config;
        assert_eq!(read.languages, ["fr", "ar", "en", "uk", "tr"]);
    }
}
