//! Component tests in a real headless Chromium (`wasm-bindgen-test`): mount the app or
//! one component, act on it as a person would, and check what the page shows.
//!
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use domain::content;
use domain::journey::observation::ChecksOffer;
use domain::journey::plan::Question;
use domain::journey::{Journey, Stage};
use domain::questionnaire::ids::NeedId;
use domain::questionnaire::skill::SkillAnswer;
use domain::questionnaire::Questionnaire;
use domain::site::config::{parse_config, LoadedConfig};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use repere::ui::app::App;
use repere::ui::state::i18n::I18n;
use repere::ui::state::visit::Visit;
use repere::ui::widgets::site_footer::SiteFooter;
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
        self.try_find(selector).unwrap_or_else(|| {
            panic!(
                "nothing matches `{selector}` on “{}”",
                self.0
                    .query_selector("h1")
                    .ok()
                    .flatten()
                    .and_then(|h| h.text_content())
                    .unwrap_or_default()
            )
        })
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

/// Answers the app's requests for some of its files as its server does, since the test
/// runner serves only the test itself: `(end of the address, body)`. Put back the
/// browser's own `fetch` when dropped, so that no test sees another's files.
struct ServedFiles(js_sys::Function);

impl ServedFiles {
    fn new(files: &[(&str, &str)]) -> Self {
        let routes = js_sys::Array::new();
        for (end, body) in files {
            routes.push(&js_sys::Array::of2(&(*end).into(), &(*body).into()));
        }
        let install = js_sys::Function::new_with_args(
            "routes",
            "const real = window.fetch;\
             window.fetch = (url, init) => {\
               const path = String(url).split('?')[0];\
               const route = routes.find(([end]) => path.endsWith(end));\
               return route ? Promise.resolve(new Response(route[1])) : real(url, init);\
             };\
             return () => { window.fetch = real; };",
        );
        let restore = install
            .call1(&wasm_bindgen::JsValue::NULL, &routes)
            .unwrap()
            .unchecked_into();
        Self(restore)
    }
}

impl Drop for ServedFiles {
    fn drop(&mut self) {
        let _ = self.0.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// The shipped settings file.
const SHIPPED_CONFIG: &str = include_str!("../public/config.json");

/// Mounts the whole app on a clean device (no saved progress) with the shipped settings,
/// and waits until it has read them and shows its first screen.
async fn mount_app(c: &Container) -> impl Sized {
    mount_app_with(c, SHIPPED_CONFIG).await
}

/// The same with the settings file `config`.
async fn mount_app_with(c: &Container, config: &str) -> impl Sized {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let served = ServedFiles::new(&[("config.json", config)]);
    let handle = mount_to(c.element(), App);
    for _ in 0..100 {
        if c.try_find("h1").is_some() {
            return (handle, served);
        }
        sleep(20).await;
    }
    panic!("the app never showed its first screen");
}

/// The shipped questionnaire, from `content/`.
fn questionnaire() -> Questionnaire {
    content::questionnaire()
}

/// "Question 9 sur 16 environ" for the journey `moves` leads to, as the domain counts
/// it from the shipped content.
fn progress_after(moves: impl FnOnce(&mut Journey, &Questionnaire)) -> String {
    let q = questionnaire();
    let mut journey = Journey::default();
    journey.start();
    moves(&mut journey, &q);
    let p = journey.progress(&q).expect("on a question");
    format!("Question {} sur {} environ", p.position, p.estimated_total)
}

/// Chooses `need`, then the first option of every situation question, as
/// `answer_the_situation` does on screen.
fn need_then_situation(journey: &mut Journey, q: &Questionnaire, need: &str) {
    journey.toggle_need(q, &NeedId::new(need));
    journey.advance(q).unwrap();
    while let Stage::Question(Question::Situation(id)) = journey.stage().clone() {
        let first = q.situation_question(&id).unwrap().options[0].clone();
        journey.choose_option(q, &id, &first);
        journey.advance(q).unwrap();
    }
}

/// Chooses `answer` for the skill item on screen, without moving on.
fn choose(journey: &mut Journey, q: &Questionnaire, answer: SkillAnswer) {
    if let Stage::Question(Question::Skill(id)) = journey.stage().clone() {
        journey.answer_skill(q, &id, answer);
    }
}

/// Chooses `answer` for the skill item on screen and moves on.
fn answer(journey: &mut Journey, q: &Questionnaire, answer: SkillAnswer) {
    choose(journey, q, answer);
    journey.advance(q).unwrap();
}

/// "Me protéger sur internet", the situation, and the three device basics answered
/// "Oui, sans aide", the hands-on checks declined: the first safety item is on screen.
fn safety_after_the_device_basics(journey: &mut Journey, q: &Questionnaire) {
    need_then_situation(journey, q, "safety");
    for _ in 0..3 {
        answer(journey, q, SkillAnswer::Alone);
    }
    journey.answer_checks_offer(q, ChecksOffer::Declined);
    journey.advance(q).unwrap();
}

fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn start_leads_to_the_needs_question_and_moves_focus_to_it() {
    let c = Container::new();
    let _app = mount_app(&c).await;
    assert_eq!(c.text("h1"), "Bienvenue sur Repère");
    assert!(c.text("main").contains("5 à 10 minutes"));
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
    let needs = questionnaire().needs().len() as u32;
    assert_eq!(c.count("fieldset input[type=checkbox]"), needs);
    assert_eq!(
        c.count("fieldset label.choice input[type=checkbox]"),
        needs,
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

    // The needs, every situation question, then the device basics and the safety items.
    let first_skill = progress_after(|j, q| need_then_situation(j, q, "safety"));
    assert_eq!(c.text(".progress"), first_skill);
    assert_eq!(c.text(".question-caption"), "Utiliser un appareil");
    assert_eq!(
        c.text("h1"),
        "Je sais allumer un téléphone ou un ordinateur."
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
        "Je sais toucher l'écran pour ouvrir quelque chose."
    );
    let second_skill = progress_after(|j, q| {
        need_then_situation(j, q, "safety");
        answer(j, q, SkillAnswer::WithHelp);
    });
    assert_eq!(c.text(".progress"), second_skill);
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
    // The hands-on checks are offered after the device's basics; « Non, je passe ».
    assert_eq!(c.text("h1"), "Voulez-vous essayer\u{a0}?");
    c.find("#checks-offer-no").click();
    c.button("Continuer").click();
    wait_for_heading(&c, |h| !h.starts_with("Voulez-vous")).await;
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
    // The advanced safety items are gone from the estimate.
    let after_not_yet = progress_after(|j, q| {
        safety_after_the_device_basics(j, q);
        choose(j, q, SkillAnswer::NotYet);
    });
    assert_eq!(c.text(".progress"), after_not_yet);
    assert_ne!(
        after_not_yet,
        progress_after(safety_after_the_device_basics),
        "the estimate shrinks"
    );
    c.button("Continuer").click();
    tick().await;
    c.find("#answer-not-understood").click();
    c.button("Continuer").click();
    tick().await;

    assert_eq!(c.text("h1"), "Votre résultat");
    assert!(c.text(".results-strengths").contains("Allumer un appareil"));
    assert_eq!(
        c.find("[data-area=safety]")
            .get_attribute("data-level")
            .as_deref(),
        Some("Avec guidage")
    );
    // The picture says it in steps; the words beside it say it to everyone, so the
    // picture is hidden from screen readers (« Niveau 3 sur 3 » sounded like a mark).
    let picture = c.find("[data-area=device] .level-steps");
    assert_eq!(picture.get_attribute("data-steps").as_deref(), Some("3"));
    assert_eq!(
        picture.get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    assert!(c.text(".results-not-understood").contains("pas claires"));
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
    let _english = ServedFiles::new(&[(
        "locales/en.json",
        include_str!("../content/locales/en.json"),
    )]);
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

/// Mounts the footer of a visit opened with `config`.
fn mount_footer(c: &Container, config: LoadedConfig) -> impl Drop {
    mount_to(c.element(), move || {
        let i18n = I18n::in_default_language();
        provide_context(i18n);
        provide_context(Visit::open(config, questionnaire(), i18n));
        view! { <SiteFooter/> }
    })
}

#[wasm_bindgen_test]
async fn the_footer_names_the_structure_from_the_configuration() {
    let c = Container::new();
    let config = parse_config(
        r#"{"structure":{"name":"Médiathèque de Parthenay","territory":"Gâtine"}}"#,
        &["fr"],
    );
    let _footer = mount_footer(&c, config);
    assert!(c
        .text("footer")
        .contains("Proposé par\u{a0}: Médiathèque de Parthenay – Gâtine"));
    assert!(c.text("footer").contains("Rien n'est envoyé sur internet."));
    assert_eq!(c.count(".config-problem"), 0);
}

#[wasm_bindgen_test]
async fn the_footer_names_a_broken_setting_in_plain_words() {
    let c = Container::new();
    let _footer = mount_footer(&c, parse_config(r#"{"structure":{"name":["x"]}}"#, &["fr"]));
    assert_eq!(
        c.text(".config-problem"),
        "Le réglage «\u{a0}structure.name\u{a0}» n'est pas valide. Repère utilise la valeur par défaut."
    );
    assert!(!c.text("footer").contains("Proposé par"));

    let c = Container::new();
    let _footer = mount_footer(&c, LoadedConfig::unreadable());
    assert!(c.text(".config-problem").contains("n'a pas pu être lu"));
}

#[wasm_bindgen_test]
async fn the_app_runs_with_the_shipped_settings_and_names_the_structure() {
    let c = Container::new();
    let _app = mount_app(&c).await;
    assert!(c
        .text("footer")
        .contains("Proposé par\u{a0}: Communauté de communes de Parthenay-Gâtine"));
    assert_eq!(
        c.count(".config-problem"),
        0,
        "the shipped settings are read"
    );
}

#[wasm_bindgen_test]
async fn the_language_switch_offers_only_the_languages_of_the_settings() {
    let c = Container::new();
    let _app = mount_app_with(&c, r#"{"languages":["fr"]}"#).await;
    assert_eq!(c.count(".language-button"), 0, "French only: no switch");
    drop(_app);

    let c = Container::new();
    let _app = mount_app_with(&c, r#"{"languages":["fr","en"]}"#).await;
    assert_eq!(
        c.find(".language-button[lang=en]")
            .text_content()
            .as_deref(),
        Some("English")
    );
}

/// A part fetched with `load`, mounted with the French texts.
#[cfg(not(feature = "split"))]
fn mount_part(c: &Container, load: repere::ui::chunks::lazy_view::LoadView) -> impl Drop {
    mount_to(c.element(), move || {
        provide_context(I18n::in_default_language());
        repere::ui::chunks::lazy_view::lazy_view(load)
    })
}

#[cfg(not(feature = "split"))]
#[wasm_bindgen_test]
async fn a_part_that_cannot_be_fetched_says_so_and_opens_on_retry() {
    use repere::ui::chunks::ChunkMissing;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;
    let c = Container::new();
    let attempts = Arc::new(AtomicU32::new(0));
    let counted = attempts.clone();
    let _part = mount_part(
        &c,
        Arc::new(move || {
            let failed_before = counted.fetch_add(1, Ordering::SeqCst) > 0;
            Box::pin(async move {
                if !failed_before {
                    return Err(ChunkMissing);
                }
                // Fetched again over the network: it takes a moment.
                sleep(30).await;
                Ok(view! { <h1>"La suite"</h1> }.into_any())
            })
        }),
    );
    tick().await;
    assert_eq!(c.text("h1"), "Cette page n'a pas pu s'ouvrir");
    assert!(c
        .text("[role=alert]")
        .contains("Vos réponses sont gardées."));
    c.button("Réessayer").click();
    wait_for_heading(&c, |h| h == "La suite").await;
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
}

#[cfg(not(feature = "split"))]
#[wasm_bindgen_test]
async fn a_part_on_its_way_says_it_is_loading_then_shows() {
    use futures::channel::oneshot;
    use std::sync::{Arc, Mutex};
    let c = Container::new();
    let (arrive, arrival) = oneshot::channel::<()>();
    let arrival = Arc::new(Mutex::new(Some(arrival)));
    let _part = mount_part(
        &c,
        Arc::new(move || {
            let arrival = arrival.lock().unwrap().take();
            Box::pin(async move {
                if let Some(arrival) = arrival {
                    let _ = arrival.await;
                }
                Ok(view! { <h1>"La suite"</h1> }.into_any())
            })
        }),
    );
    tick().await;
    assert_eq!(c.text("[role=status]"), "Chargement…");
    assert_eq!(c.count("h1"), 0);
    arrive.send(()).unwrap();
    wait_for_heading(&c, |h| h == "La suite").await;
    assert_eq!(c.count(".chunk-loading"), 0);
}

// The hands-on checks: each one done, retried, passed, and done from the keyboard.

/// Mounts the app with saved progress on `journey` (a clean device otherwise), and
/// resumes it: the journey's screen is on show.
async fn mount_app_at(c: &Container, journey: Journey) -> impl Sized {
    use domain::codes::saved_progress::SavedProgress;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let now = js_sys::Date::now();
    storage
        .set_item(
            "repere:progress",
            &SavedProgress::new(journey, now, now).encode(),
        )
        .unwrap();
    let served = ServedFiles::new(&[("config.json", SHIPPED_CONFIG)]);
    let handle = mount_to(c.element(), App);
    for _ in 0..100 {
        if c.try_find("h1").is_some() {
            break;
        }
        sleep(20).await;
    }
    c.button("Reprendre").click();
    for _ in 0..100 {
        if c.try_find(".check").is_some() {
            return (handle, served);
        }
        sleep(20).await;
    }
    panic!("the check's screen never showed");
}

/// The journey of « Me protéger sur internet » on the check `id`: the device basics
/// answered « Oui, sans aide », the checks accepted, the checks before `id` passed.
fn on_the_check(id: &str) -> Journey {
    use domain::journey::observation::Observation;
    let q = questionnaire();
    let mut journey = Journey::default();
    journey.start();
    need_then_situation(&mut journey, &q, "safety");
    for _ in 0..3 {
        answer(&mut journey, &q, SkillAnswer::Alone);
    }
    journey.answer_checks_offer(&q, ChecksOffer::Accepted);
    journey.advance(&q).unwrap();
    while let Stage::Question(Question::Check(on)) = journey.stage().clone() {
        if on.as_str() == id {
            return journey;
        }
        journey.observe(&q, &on, Observation::Skipped);
        journey.advance(&q).unwrap();
    }
    panic!("no check `{id}` after the device's basics");
}

/// What the saved progress holds of the check `id`, once saved (after a paint).
async fn saved_check(id: &str) -> serde_json::Value {
    sleep(100).await;
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("repere:progress")
        .unwrap()
        .unwrap_or_default();
    let document: serde_json::Value = serde_json::from_str(&stored).unwrap();
    document["journey"]["answers"]["checks"][id].clone()
}

/// A pointer going down on `element`, as a mouse or a finger does (`kind`).
fn pointer_down(element: &HtmlElement, kind: &str) {
    let init = web_sys::PointerEventInit::new();
    init.set_pointer_type(kind);
    init.set_bubbles(true);
    let event = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

/// A click made by a pointer (a `detail` of 1), after its pointer went down.
fn pointer_click(element: &HtmlElement, kind: &str) {
    pointer_down(element, kind);
    let init = web_sys::MouseEventInit::new();
    init.set_detail(1);
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn the_press_check_counts_a_press_beside_the_button_as_a_try() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("press")).await;
    assert_eq!(c.text("h1"), "Appuyez sur le bouton «\u{a0}Ici\u{a0}».");
    assert_eq!(c.text(".question-caption"), "Petits essais");
    assert!(
        c.try_find("#check-continue").is_none(),
        "nothing to continue to yet"
    );
    pointer_down(&c.find(".check-press-zone"), "mouse");
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Pas tout à fait. Vous pouvez réessayer."
    );
    pointer_click(&c.find(".check-target"), "mouse");
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Bravo\u{a0}! Vous avez réussi à appuyer sur le bouton."
    );
    sleep(50).await;
    assert_eq!(
        focused(),
        Some(c.find("#check-continue").into()),
        "focus goes to « Continuer »"
    );
    let saved = saved_check("press").await;
    assert_eq!(saved["outcome"], "done");
    assert_eq!(saved["tries"], 2);
    assert_eq!(saved["means"], "mouse");
    c.button("Continuer").click();
    wait_for_heading(&c, |h| h.starts_with("Descendez")).await;
}

#[wasm_bindgen_test]
async fn the_press_check_done_from_the_keyboard_is_the_keyboards() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("press")).await;
    // A click with no pointer (the Enter key, a screen reader): the first try.
    c.find(".check-target").click();
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Bravo\u{a0}! Vous avez réussi à appuyer sur le bouton du premier coup."
    );
    let saved = saved_check("press").await;
    assert_eq!(
        (saved["tries"].clone(), saved["means"].clone()),
        (1.into(), "keyboard".into())
    );
}

#[wasm_bindgen_test]
async fn the_scroll_check_can_be_passed_and_its_frame_takes_focus() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("scroll")).await;
    let frame = c.find(".check-scroll-frame");
    assert_eq!(
        frame.get_attribute("tabindex").as_deref(),
        Some("0"),
        "the arrow keys can move it"
    );
    assert_eq!(frame.get_attribute("role").as_deref(), Some("region"));
    c.button("Passer cet essai").click();
    wait_for_heading(&c, |h| h.starts_with("Dans la liste")).await;
    assert_eq!(saved_check("scroll").await["outcome"], "skipped");
}

#[wasm_bindgen_test]
async fn the_scroll_check_is_done_by_pressing_the_button_below() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("scroll")).await;
    let frame = c.find(".check-scroll-frame");
    frame.set_scroll_top(frame.scroll_height());
    pointer_click(&c.button("Trouvé"), "touch");
    tick().await;
    assert!(c
        .text(".check-feedback")
        .contains("trouvé le bouton du premier coup"));
    assert_eq!(saved_check("scroll").await["means"], "touch");
}

#[wasm_bindgen_test]
async fn the_list_check_says_try_again_on_another_choice() {
    use web_sys::HtmlSelectElement;
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("choose")).await;
    let list: HtmlSelectElement = c.find("select").unchecked_into();
    assert_eq!(list.length(), 6, "a placeholder and five days");
    let choose = |value: &str| {
        pointer_down(&list.clone().unchecked_into(), "mouse");
        list.set_value(value);
        list.dispatch_event(&web_sys::Event::new("change").unwrap())
            .unwrap();
    };
    choose("0"); // lundi
    c.button("Valider").click();
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Pas tout à fait. Vous pouvez réessayer."
    );
    choose("1"); // mardi
    c.button("Valider").click();
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Bravo\u{a0}! Vous avez réussi à choisir dans la liste."
    );
    let saved = saved_check("choose").await;
    assert_eq!(
        (saved["tries"].clone(), saved["means"].clone()),
        (2.into(), "mouse".into())
    );
}

#[wasm_bindgen_test]
async fn the_word_check_ignores_capitals_and_is_the_last() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("type")).await;
    let field: HtmlInputElement = c.find("input.check-field").unchecked_into();
    field.set_value("Pomme ");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    c.button("Valider").click();
    tick().await;
    assert_eq!(
        c.text(".check-feedback"),
        "Bravo\u{a0}! Vous avez réussi à taper le mot du premier coup."
    );
    assert!(
        c.try_find(".check-stop").is_none(),
        "after the last check, « Continuer » is all there is"
    );
    c.button("Continuer").click();
    wait_for_heading(&c, |h| h.starts_with("Je sais créer un mot de passe")).await;
    assert_eq!(saved_check("type").await["outcome"], "done");
}

#[wasm_bindgen_test]
async fn stopping_the_checks_passes_the_rest_and_goes_on_with_the_questions() {
    let c = Container::new();
    let _app = mount_app_at(&c, on_the_check("press")).await;
    pointer_down(&c.find(".check-press-zone"), "touch");
    tick().await;
    c.button("Arrêter les essais").click();
    wait_for_heading(&c, |h| h.starts_with("Je sais créer un mot de passe")).await;
    let press = saved_check("press").await;
    assert_eq!(
        (press["outcome"].clone(), press["tries"].clone()),
        ("not-done".into(), 1.into())
    );
    assert_eq!(saved_check("choose").await["outcome"], "skipped");
}
