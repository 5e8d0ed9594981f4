//! Component tests in a real headless Chromium (`wasm-bindgen-test`): mount the app or
//! one component, act on it as a person would, and check what the page shows.
//!
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
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

/// Waits `ms` milliseconds, letting the browser run.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts the whole app on a clean device (no saved progress) and waits until it has
/// read its settings and shows its first screen.
async fn mount_app(c: &Container) -> impl Drop {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let handle = mount_to(c.element(), App);
    for _ in 0..100 {
        if c.try_find("h1").is_some() {
            return handle;
        }
        sleep(20).await;
    }
    panic!("the app never showed its first screen");
}

fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn start_leads_to_the_needs_question_and_moves_focus_to_it() {
    let c = Container::new();
    let _app = mount_app(&c).await;
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
    let _app = mount_app(&c).await;
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
        Some("need-hint need-error")
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
    assert!(c.try_find("#need-error").is_none());
}

/// Answers every situation question with its first option.
async fn answer_the_situation(c: &Container) {
    while c.try_find("#situation-hint").is_some() {
        c.find("fieldset .choice-input").click();
        c.button("Continuer").click();
        tick().await;
    }
}

fn press(c: &Container, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    c.find("fieldset").dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_skill_question_says_where_you_are_and_answers_by_number_keys() {
    let c = Container::new();
    let _app = mount_app(&c).await;
    c.button("Commencer").click();
    tick().await;
    c.find("#need-safety").click();
    c.button("Continuer").click();
    tick().await;
    assert_eq!(c.text(".question-caption"), "Votre situation");
    answer_the_situation(&c).await;

    // 1 needs + 7 situation + 3 device basics + 5 safety items.
    assert_eq!(c.text(".progress"), "Question 9 sur 16 environ");
    assert_eq!(c.text(".question-caption"), "Utiliser un appareil");
    assert_eq!(
        c.text("h1"),
        "Je sais allumer mon téléphone ou mon ordinateur."
    );
    assert_eq!(c.count("fieldset input[type=radio][name=answer]"), 4);
    assert_eq!(focused(), Some(c.find("h1").into()));

    press(&c, "2");
    tick().await;
    let with_help = c.find("#answer-with-help");
    assert!(with_help
        .clone()
        .unchecked_into::<HtmlInputElement>()
        .checked());
    assert_eq!(
        focused(),
        Some(with_help.into()),
        "focus follows the answer chosen"
    );
    press(&c, "9");
    tick().await;
    assert_eq!(
        c.count(".choice-checked"),
        1,
        "keys past the answers do nothing"
    );

    c.button("Continuer").click();
    tick().await;
    assert_eq!(
        c.text("h1"),
        "Je sais toucher l'écran ou cliquer avec la souris."
    );
    assert_eq!(c.text(".progress"), "Question 10 sur 16 environ");
    assert_eq!(
        c.count(".choice-checked"),
        0,
        "a new question starts unanswered"
    );

    c.button("Retour").click();
    tick().await;
    assert!(
        c.find("#answer-with-help")
            .unchecked_into::<HtmlInputElement>()
            .checked(),
        "going back shows the answer given"
    );
}

#[wasm_bindgen_test]
async fn a_basic_not_yet_skips_the_advanced_questions_of_its_area() {
    let c = Container::new();
    let _app = mount_app(&c).await;
    c.button("Commencer").click();
    tick().await;
    c.find("#need-safety").click();
    c.button("Continuer").click();
    tick().await;
    answer_the_situation(&c).await;
    for _ in 0..3 {
        let before = c.text("h1");
        c.find("#answer-alone").click();
        c.button("Continuer").click();
        wait_for_heading(&c, |h| h != before).await;
    }
    assert_eq!(
        c.text("h1"),
        "Je sais créer un mot de passe solide et le garder secret."
    );
    assert_eq!(
        c.find(".question-picto").get_attribute("alt").as_deref(),
        Some("Un cadenas fermé")
    );
    c.find("#answer-not-yet").click();
    tick().await;
    // The three advanced safety items are gone from the estimate.
    assert_eq!(c.text(".progress"), "Question 12 sur 13 environ");
    c.button("Continuer").click();
    tick().await;
    c.find("#answer-not-understood").click();
    c.button("Continuer").click();
    tick().await;

    assert_eq!(c.text("h1"), "Votre résultat");
    assert!(c
        .text(".results-strengths")
        .contains("Je sais allumer mon téléphone ou mon ordinateur."));
    assert_eq!(
        c.find("[data-area=safety]")
            .get_attribute("data-level")
            .as_deref(),
        Some("Entièrement accompagné")
    );
    assert_eq!(
        c.find("[data-area=device] .level-steps")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Niveau 3 sur 3")
    );
    assert!(c.text(".results-not-understood").contains("pas claires"));
}

/// Answers the app's request for `locales/en.json` as its server does, with the file of
/// the repository (the test runner serves only the test itself).
fn serve_english_catalog() {
    let install = js_sys::Function::new_with_args(
        "json",
        "if (!window.__realFetch) window.__realFetch = window.fetch;\
         window.fetch = (url, init) => String(url).endsWith('locales/en.json')\
           ? Promise.resolve(new Response(json)) : window.__realFetch(url, init);",
    );
    install
        .call1(
            &wasm_bindgen::JsValue::NULL,
            &include_str!("../content/locales/en.json").into(),
        )
        .unwrap();
}

/// Waits until the `h1`'s text passes `done`, for a screen that comes after a fetch or a
/// few turns of the reactive graph; fails with the text it still reads.
async fn wait_for_heading(c: &Container, done: impl Fn(&str) -> bool) {
    for _ in 0..100 {
        let text = c
            .try_find("h1")
            .and_then(|h| h.text_content())
            .unwrap_or_default();
        if done(&text) {
            return;
        }
        sleep(20).await;
    }
    panic!("the heading still reads “{}”", c.text("h1"));
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_word_and_the_page_language() {
    serve_english_catalog();
    let c = Container::new();
    let _app = mount_app(&c).await;
    c.button("English").click();
    wait_for_heading(&c, |h| h == "Welcome to Repère").await;
    assert_eq!(c.text("h1"), "Welcome to Repère");
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        c.find(".language-button[lang=fr]")
            .text_content()
            .as_deref(),
        Some("Français")
    );

    c.button("Start").click();
    tick().await;
    assert_eq!(c.text("h1"), "What would you like to be able to do?");
    c.button("Français").click();
    tick().await;
    assert_eq!(c.text("h1"), "Que voulez-vous réussir à faire\u{a0}?");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("fr"));
}

fn mount_footer(c: &Container, config: Option<LoadedConfig>) -> impl Drop {
    mount_to(c.element(), move || {
        provide_context(I18n::new().unwrap());
        view! { <SiteFooter config=RwSignal::new(config)/> }
    })
}

#[wasm_bindgen_test]
async fn the_footer_names_the_structure_from_the_configuration() {
    let c = Container::new();
    let config = parse_config(
        r#"{"structure":{"name":"Médiathèque de Parthenay","territory":"Gâtine"}}"#,
        &["fr"],
    );
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
    let _footer = mount_footer(
        &c,
        Some(parse_config(r#"{"structure":{"name":["x"]}}"#, &["fr"])),
    );
    assert_eq!(
        c.text(".config-problem"),
        "Le réglage «\u{a0}structure.name\u{a0}» n'est pas valide. Repère utilise la valeur par défaut."
    );
    assert!(!c.text("footer").contains("Proposé par"));

    let c = Container::new();
    let _footer = mount_footer(&c, Some(LoadedConfig::unreadable()));
    assert!(c.text(".config-problem").contains("n'a pas pu être lu"));
}
