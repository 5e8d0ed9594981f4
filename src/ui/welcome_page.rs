//! The welcome screen ("Accueil"): what Repère is, how long it takes, that answers stay
//! on the device, and Start; or, when progress was saved on an earlier visit, when it
//! started and the choice to resume or start again.

use super::advisor::LoadCode;
use super::i18n::{use_i18n, I18n};
use super::journey_handle::use_journey;
use super::page_heading::PageHeading;
use super::persistence::{erase_everything, resume};
use super::session::use_session;
use crate::domain::journey::Journey;
use crate::domain::local_time::{day_word, DayWord};
use crate::domain::mode::Mode;
use crate::platform::clock::{local, now_ms};
use leptos::prelude::*;

#[component]
pub fn WelcomePage() -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let session = use_session();
    let start = move |_| {
        session.notices.set(Vec::new());
        journey.state.update(Journey::start);
    };
    let offer = move || {
        let started_at = session.resume.with(|r| r.as_ref().map(|p| p.started_at))?;
        Some(view! {
            <div class="resume-offer">
                <p class="resume-when">{started_phrase(i18n, started_at)}</p>
                <div class="question-actions">
                    <button type="button" class="button button-primary button-start" on:click=move |_| resume(session, journey)>
                        {i18n.t("welcome.resume")}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| {
                        erase_everything(session, journey, None);
                        journey.state.update(Journey::start);
                    }>
                        {i18n.t("welcome.start_again")}
                    </button>
                </div>
            </div>
        })
    };
    view! {
        <div class="welcome">
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
                    <button type="button" class="button button-primary button-start" on:click=start>
                        {i18n.t("welcome.start")}
                    </button>
                }.into_any(),
            }}
            {move || (session.mode.get() == Mode::Advisor).then(|| view! { <LoadCode/> })}
        </div>
    }
}

/// "Vous avez commencé aujourd'hui à 10 h 12."
fn started_phrase(i18n: I18n, started_at: f64) -> String {
    let now = now_ms();
    let (then, today, yesterday) = (local(started_at), local(now), local(now - 86_400_000.0));
    let time = i18n.format(
        "time.format",
        &[
            ("h", &then.hour.to_string()),
            ("mm", &format!("{:02}", then.minute)),
        ],
    );
    match day_word(&then, &today, &yesterday) {
        DayWord::Today => i18n.format("welcome.started.today", &[("time", &time)]),
        DayWord::Yesterday => i18n.format("welcome.started.yesterday", &[("time", &time)]),
        DayWord::OnDate => {
            let month = i18n.t(&format!("month.{}", then.month));
            let date = i18n.format(
                "date.format",
                &[("day", &then.day.to_string()), ("month", &month)],
            );
            i18n.format(
                "welcome.started.on_date",
                &[("date", &date), ("time", &time)],
            )
        }
    }
}
