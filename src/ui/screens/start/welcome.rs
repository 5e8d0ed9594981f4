//! The welcome screen ("Accueil"): what Repère is, how long it takes, that answers stay
//! on the device, and Start; or, when progress was saved on an earlier visit, when it
//! started and the choice to resume or start again. In advisor mode, "Charger un code"
//! (`load_code`), which the shell hands in: it lives in a chunk with the reading of codes.

use crate::platform::clock::{local, now_ms};
use crate::ui::state::i18n::use_i18n;
use crate::ui::state::visit::use_visit;
use crate::ui::widgets::languages::switch::LanguageSwitch;
use crate::ui::widgets::page_heading::PageHeading;
use domain::messages::time_words::started_phrase;
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn WelcomePage(
    /// "Charger un code", shown in advisor mode.
    #[prop(into)]
    load_code: ViewFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let visit = use_visit();
    let offer = move || {
        let started_at = visit.resume_offer()?;
        let now = now_ms();
        let (then, today, yesterday) = (local(started_at), local(now), local(now - 86_400_000.0));
        let when = started_phrase(&i18n.messages(), &then, &today, &yesterday);
        Some(view! {
            <div class="resume-offer">
                <p class="resume-when">{when}</p>
                <div class="question-actions">
                    <button type="button" class="button button-primary button-start" on:click=move |_| visit.resume()>
                        {i18n.t("welcome.resume")}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| visit.start_again()>
                        {i18n.t("welcome.start_again")}
                    </button>
                </div>
            </div>
        })
    };
    view! {
        <div class="welcome">
            <LanguageSwitch on_welcome=true/>
            <PageHeading text=i18n.t("welcome.title")/>
            <p class="lead">{i18n.t("welcome.what")}</p>
            <p>{i18n.t("welcome.then")}</p>
            <ul class="reassurances">
                <li class="reassurance reassurance-time">{i18n.t("welcome.duration")}</li>
                <li class="reassurance reassurance-device">{i18n.t("welcome.privacy")}</li>
                <li class="reassurance reassurance-kind">{i18n.t("welcome.no_wrong_answer")}</li>
            </ul>
            {move || match offer() {
                Some(offer) => offer.into_any(),
                None => view! {
                    <button type="button" class="button button-primary button-start" on:click=move |_| visit.start()>
                        {i18n.t("welcome.start")}
                    </button>
                }.into_any(),
            }}
            {move || (visit.mode() == Mode::Advisor).then(|| load_code.run())}
        </div>
    }
}
