//! Component tests in a real headless Chromium (`wasm-bindgen-test`): mount the app or
//! one component, act on it as a person would, and check what the page shows.
//!
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use repere::content::DEFAULT_LANGUAGE;
use repere::domain::config::{parse_config, LoadedConfig};
use repere::ui::app::App;
use repere::ui::i18n::I18n;
use repere::ui::site_footer::SiteFooter;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page for one test; removed when dropped.
struct Container(HtmlElement);

impl Container {
    fn new() -> Self {
        let element: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&element).unwrap();
        Self(element)
    }

    fn element(&self) -> HtmlElement {
        self.0.clone()
    }

    fn find(&self, selector: &str) -> HtmlElement {
        self.try_find(selector)
            .unwrap_or_else(|| panic!("nothing matches `{selector}`"))
    }

    fn try_find(&self, selector: &str) -> Option<HtmlElement> {
        self.0
            .query_selector(selector)
            .unwrap()
            .map(|e| e.unchecked_into())
    }

    fn count(&self, selector: &str) -> u32 {
        self.0.query_selector_all(selector).unwrap().length()
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn button(&self, label: &str) -> HtmlElement {
        let buttons = self.0.query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .map(|b| b.unchecked_into::<HtmlElement>())
            .find(|b| b.text_content().is_some_and(|t| t.trim() == label))
            .unwrap_or_else(|| panic!("no button `{label}`"))
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        self.0.remove();
    }
}

fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn start_leads_to_the_needs_question_and_moves_focus_to_it() {
    let c = Container::new();
    let _app = mount_to(c.element(), App);
    assert_eq!(c.text("h1"), "Bienvenue sur Repère");
    assert!(c.text("main").contains("environ 5 minutes"));
    assert!(c
        .text("main")
        .contains("Vos réponses restent sur cet appareil."));

    c.button("Commencer").click();
    tick().await;

    let heading = c.find("fieldset > legend > h1");
    assert_eq!(
        heading.text_content().unwrap(),
        "Que voulez-vous réussir à faire\u{a0}?"
    );
    assert_eq!(
        focused(),
        Some(heading.into()),
        "focus moves to the new question"
    );
    assert_eq!(c.count("fieldset input[type=checkbox]"), 9);
    assert_eq!(
        c.count("fieldset label.choice input[type=checkbox]"),
        9,
        "every checkbox is inside its label, so the whole card is clickable"
    );
}

#[wasm_bindgen_test]
async fn continuing_with_no_need_shows_a_summary_that_leads_to_the_first_choice() {
    let c = Container::new();
    let _app = mount_to(c.element(), App);
    c.button("Commencer").click();
    tick().await;

    c.button("Continuer").click();
    tick().await;

    let summary = c.find(".error-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        focused(),
        Some(summary.into()),
        "focus moves to the summary"
    );
    assert_eq!(
        c.text("h1"),
        "Que voulez-vous réussir à faire\u{a0}?",
        "still on the question"
    );
    assert_eq!(
        c.find("fieldset")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("needs-hint needs-error")
    );

    c.find(".error-summary a").click();
    tick().await;
    assert_eq!(focused(), Some(c.find("#need-procedures").into()));

    c.find("#need-basics").click();
    tick().await;
    assert!(
        c.try_find(".error-summary").is_none(),
        "choosing clears the error"
    );
    assert!(c.try_find("#needs-error").is_none());
}

#[wasm_bindgen_test]
async fn chosen_needs_are_read_back_and_kept_when_changing_them() {
    let c = Container::new();
    let _app = mount_to(c.element(), App);
    c.button("Commencer").click();
    tick().await;

    c.find("#need-procedures").click();
    c.find("#need-job").click();
    c.find("#need-family").click();
    c.find("#need-family").click();
    tick().await;
    assert_eq!(c.count(".choice-checked"), 2);

    c.button("Continuer").click();
    tick().await;
    assert_eq!(c.text("h1"), "Vos choix");
    let chosen: Vec<String> = (0..c.count(".summary-list li"))
        .map(|i| c.text(&format!(".summary-list li:nth-child({})", i + 1)))
        .collect();
    assert_eq!(
        chosen,
        ["Faire mes démarches en ligne", "Trouver un emploi"]
    );

    c.button("Modifier mes choix").click();
    tick().await;
    let checked = |id: &str| c.find(id).unchecked_into::<HtmlInputElement>().checked();
    assert!(checked("#need-procedures") && checked("#need-job"));
    assert!(!checked("#need-family"));

    c.button("Retour").click();
    tick().await;
    assert_eq!(c.text("h1"), "Bienvenue sur Repère");
}

fn mount_footer(c: &Container, config: Option<LoadedConfig>) -> impl Drop {
    mount_to(c.element(), move || {
        provide_context(I18n::new(DEFAULT_LANGUAGE).unwrap());
        view! { <SiteFooter config=RwSignal::new(config)/> }
    })
}

#[wasm_bindgen_test]
async fn the_footer_names_the_structure_from_the_configuration() {
    let c = Container::new();
    let config =
        parse_config(r#"{"structure":{"name":"Médiathèque de Parthenay","territory":"Gâtine"}}"#);
    let _footer = mount_footer(&c, Some(config));
    assert!(c
        .text("footer")
        .contains("Proposé par Médiathèque de Parthenay – Gâtine"));
    assert!(c.text("footer").contains("Rien n'est envoyé sur internet."));
    assert_eq!(c.count(".config-problem"), 0);
}

#[wasm_bindgen_test]
async fn the_footer_names_a_broken_setting_in_plain_words() {
    let c = Container::new();
    let _footer = mount_footer(&c, Some(parse_config(r#"{"structure":{"name":["x"]}}"#)));
    assert_eq!(
        c.text(".config-problem"),
        "Le réglage «\u{a0}structure.name\u{a0}» n'est pas valide. Repère utilise la valeur par défaut."
    );
    assert!(!c.text("footer").contains("Proposé par"));

    let c = Container::new();
    let _footer = mount_footer(&c, Some(LoadedConfig::unreadable()));
    assert!(c.text(".config-problem").contains("n'a pas pu être lu"));
}
