//! « Vos petits essais »: what each hands-on check saw, in plain words (« Appuyer sur un
//! bouton : réussi du premier coup, à la souris. »), and for each item a check observed,
//! what was said beside what was seen (« Utiliser la souris — déclaré : sans aide ·
//! observé : avec des essais »). The time each check took is for the advisor only, on
//! screen. Shown only when the checks were accepted; printed with the sheet.

use crate::ui::state::i18n::{use_i18n, I18n};
use crate::ui::state::journey_handle::use_journey;
use crate::ui::state::visit::use_visit;
use domain::journey::observation::{Observation, Span};
use domain::questionnaire::skill::SkillAnswer;
use domain::results::scoring::Profile;
use domain::site::mode::Mode;
use leptos::prelude::*;

#[component]
pub fn ChecksSeen(profile: Memo<Profile>) -> impl IntoView {
    let i18n = use_i18n();
    let journey = use_journey();
    let visit = use_visit();
    let lines = move || {
        let with_time = visit.mode() == Mode::Advisor;
        profile.with(|p| {
            journey.with_questionnaire(|q| {
                p.checks
                    .iter()
                    .filter_map(|(id, o)| {
                        let short = i18n.t(&q.check(id)?.short_key());
                        let (words, time) = outcome_words(&i18n, o);
                        Some((
                            format!("{short}\u{a0}: {words}"),
                            time.filter(|_| with_time),
                        ))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let versus = move || {
        profile.with(|p| {
            journey.with_questionnaire(|q| {
                p.observed
                    .iter()
                    .filter_map(|seen| {
                        let short = i18n.t(&q.item(&seen.item)?.short_key());
                        let both = i18n.format(
                            "observed.versus",
                            &[
                                ("declared", &i18n.t(declared_key(seen.declared))),
                                ("observed", &i18n.t(seen.observed.label_key())),
                            ],
                        );
                        Some((format!("{short} — {both}"), seen.disagrees()))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    move || {
        let lines = lines();
        (!lines.is_empty()).then(|| {
            let versus = versus();
            view! {
                <section class="results-section results-checks" aria-labelledby="checks-title">
                    <h2 id="checks-title">{i18n.t("results.checks.title")}</h2>
                    <ul class="item-list check-lines">
                        {lines.into_iter().map(|(words, time)| view! {
                            <li>
                                {words}
                                {time.map(|t| view! { <span class="check-time">{format!(", {t}")}</span> })}
                                "."
                            </li>
                        }).collect_view()}
                    </ul>
                    {(!versus.is_empty()).then(|| view! {
                        <p class="checks-versus-intro">{i18n.t("results.checks.versus")}</p>
                        <ul class="item-list checks-versus">
                            {versus.into_iter().map(|(l, differs)| view! {
                                <li class:checks-differ=differs>{l}</li>
                            }).collect_view()}
                        </ul>
                    })}
                </section>
            }
        })
    }
}

/// « réussi au 2e essai, à la souris », and the time it took (« en moins de 10
/// secondes »), for the advisor.
fn outcome_words(i18n: &I18n, observation: &Observation) -> (String, Option<String>) {
    let Some(attempt) = observation.attempt() else {
        return (i18n.t("check.line.skipped"), None);
    };
    let tries = attempt.tries.to_string();
    let outcome = match observation {
        Observation::Done(a) if a.tries <= 1 => i18n.t("check.line.done_first"),
        Observation::Done(_) => i18n.format("check.line.done_later", &[("n", &tries)]),
        _ => i18n.format("check.line.not_done", &[("n", &tries)]),
    };
    (
        format!("{outcome}, {}", i18n.t(attempt.means.label_key())),
        Some(i18n.t(Span::of(attempt.seconds).label_key())),
    )
}

fn declared_key(answer: Option<SkillAnswer>) -> &'static str {
    match answer {
        None => "declared.none",
        Some(SkillAnswer::Alone) => "declared.alone",
        Some(SkillAnswer::WithHelp) => "declared.with_help",
        Some(SkillAnswer::NotYet) => "declared.not_yet",
        Some(SkillAnswer::NotUnderstood) => "declared.not_understood",
    }
}
