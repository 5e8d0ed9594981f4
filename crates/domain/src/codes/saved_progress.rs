//! The saved-progress document: a person's journey as kept on the device between two
//! visits, versioned so that a newer Repère can read what an older one saved.
//!
//! The stored text comes from outside the app (another version, another tab, a person
//! with the developer tools, a full disk), so loading never trusts it: every failure
//! becomes a plain problem and a usable state, never a panic.
//!
//! Version history (each version keeps a stored sample in `tests/samples/` that must
//! load forever):
//! - 1: `{"version":1,"started_at":ms,"saved_at":ms,"journey":{…}}`.

use crate::journey::{Journey, Stage};
use crate::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};

/// The version this build writes.
pub const CURRENT_VERSION: u32 = 1;

/// Clock drift tolerated before a document "saved in the future" is treated as stale.
const FUTURE_TOLERANCE_MS: f64 = 5.0 * 60.0 * 1000.0;

/// Saved progress, as this version writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedProgress {
    pub version: u32,
    /// When the journey started (milliseconds since 1970, UTC).
    pub started_at: f64,
    /// When it was last saved.
    pub saved_at: f64,
    pub journey: Journey,
}

impl SavedProgress {
    pub fn new(journey: Journey, started_at: f64, saved_at: f64) -> Self {
        Self {
            version: CURRENT_VERSION,
            started_at,
            saved_at,
            journey,
        }
    }

    pub fn encode(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why saved progress could not be resumed as it was. Each has a plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not a document Repère wrote, or damaged: erased.
    Damaged,
    /// Written by a newer Repère: kept, but cannot be resumed here.
    FromNewerVersion,
    /// Some answers were for questions that no longer exist: they were removed.
    PartlyOutdated,
}

impl LoadProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Damaged => "storage.damaged",
            Self::FromNewerVersion => "storage.newer_version",
            Self::PartlyOutdated => "storage.partly_outdated",
        }
    }
}

/// What loading found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// Progress to offer to resume.
    pub progress: Option<SavedProgress>,
    /// Something to tell the person.
    pub problem: Option<LoadProblem>,
    /// Whether the stored document should be erased (damaged or expired).
    pub erase: bool,
}

#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// Reads stored progress. `keep_ms` is how long progress may be kept; older progress is
/// erased without a word (that is the promise, not a problem).
pub fn load(
    stored: Option<&str>,
    now_ms: f64,
    keep_ms: f64,
    questionnaire: &Questionnaire,
) -> Loaded {
    let Some(text) = stored else {
        return Loaded::default();
    };
    let damaged = Loaded {
        progress: None,
        problem: Some(LoadProblem::Damaged),
        erase: true,
    };
    let Ok(probe) = serde_json::from_str::<VersionProbe>(text) else {
        return damaged;
    };
    if probe.version > CURRENT_VERSION {
        return Loaded {
            problem: Some(LoadProblem::FromNewerVersion),
            ..Loaded::default()
        };
    }
    let Some(mut progress) = migrate(probe.version, text) else {
        return damaged;
    };
    let age = now_ms - progress.saved_at;
    let stale = !progress.saved_at.is_finite()
        || !progress.started_at.is_finite()
        || age > keep_ms
        || age < -FUTURE_TOLERANCE_MS;
    if stale {
        return Loaded {
            erase: true,
            ..Loaded::default()
        };
    }
    let before = progress.journey.clone();
    progress.journey.repair(questionnaire);
    let problem =
        (progress.journey.answers() != before.answers()).then_some(LoadProblem::PartlyOutdated);
    if progress.journey == Journey::default() {
        return Loaded {
            problem,
            erase: true,
            ..Loaded::default()
        };
    }
    // A journey saved on the welcome screen is resumed at its first question.
    if progress.journey.stage() == &Stage::Welcome {
        progress.journey.start();
        progress.journey.repair(questionnaire);
    }
    Loaded {
        progress: Some(progress),
        problem,
        erase: false,
    }
}

/// Reads a document of `version` into the current shape.
fn migrate(version: u32, text: &str) -> Option<SavedProgress> {
    match version {
        1 => serde_json::from_str(text).ok(),
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::questionnaire::fixtures::sample;
    use crate::questionnaire::ids::{ItemId, NeedId};
    use crate::questionnaire::skill::SkillAnswer;
    use proptest::prelude::*;

    const HOUR: f64 = 3_600_000.0;
    const NOW: f64 = 1_800_000_000_000.0;

    fn journey() -> Journey {
        let q = sample();
        let mut j = Journey::default();
        j.start();
        j.toggle_need(&q, &NeedId::new("procedures"));
        j
    }

    fn stored(journey: Journey, saved_at: f64) -> String {
        SavedProgress::new(journey, saved_at - HOUR, saved_at).encode()
    }

    #[test]
    fn resumes_what_was_saved() {
        let text = stored(journey(), NOW - HOUR);
        let loaded = load(Some(&text), NOW, 24.0 * HOUR, &sample());
        assert_eq!(loaded.problem, None);
        assert!(!loaded.erase);
        assert_eq!(loaded.progress.unwrap().journey, journey());
    }

    #[test]
    fn nothing_stored_is_nothing_to_say() {
        assert_eq!(load(None, NOW, HOUR, &sample()), Loaded::default());
    }

    #[test]
    fn erases_expired_progress_silently() {
        let text = stored(journey(), NOW - 25.0 * HOUR);
        let loaded = load(Some(&text), NOW, 24.0 * HOUR, &sample());
        assert_eq!(
            loaded,
            Loaded {
                erase: true,
                ..Loaded::default()
            }
        );
        // Kept for no time at all (kiosks): erased at once.
        let text = stored(journey(), NOW);
        assert!(load(Some(&text), NOW + 1.0, 0.0, &sample()).erase);
        // Saved "tomorrow" by a clock that was wrong: not trusted.
        let text = stored(journey(), NOW + 24.0 * HOUR);
        assert!(load(Some(&text), NOW, 24.0 * HOUR, &sample()).erase);
    }

    #[test]
    fn damaged_documents_are_erased_with_a_plain_word() {
        for text in [
            "",
            "{not json",
            "null",
            "[]",
            r#"{"version":"1"}"#,
            r#"{"version":1}"#,
            r#"{"version":1,"started_at":0,"saved_at":0,"journey":{"step":42}}"#,
            r#"{"version":0,"started_at":0,"saved_at":0,"journey":{}}"#,
        ] {
            let loaded = load(Some(text), NOW, HOUR, &sample());
            assert_eq!(loaded.problem, Some(LoadProblem::Damaged), "{text}");
            assert!(loaded.erase && loaded.progress.is_none(), "{text}");
        }
    }

    #[test]
    fn a_newer_version_is_kept_but_not_resumed() {
        let text = stored(journey(), NOW).replace("\"version\":1", "\"version\":7");
        let loaded = load(Some(&text), NOW, HOUR, &sample());
        assert_eq!(loaded.problem, Some(LoadProblem::FromNewerVersion));
        assert!(!loaded.erase && loaded.progress.is_none());
    }

    #[test]
    fn answers_to_questions_that_are_gone_are_dropped_and_said() {
        let text = stored(journey(), NOW).replace(
            "\"needs\":[\"procedures\"]",
            "\"needs\":[\"procedures\",\"gone\"]",
        );
        let loaded = load(Some(&text), NOW, HOUR, &sample());
        assert_eq!(loaded.problem, Some(LoadProblem::PartlyOutdated));
        assert_eq!(loaded.progress.unwrap().journey, journey());
    }

    /// The stored sample of version 1 must load in every later version.
    #[test]
    fn the_version_1_sample_loads() {
        let text = include_str!("../../../../tests/samples/progress-v1.json");
        let saved_at = serde_json::from_str::<SavedProgress>(text)
            .unwrap()
            .saved_at;
        let q = crate::content::questionnaire();
        let loaded = load(Some(text), saved_at + HOUR, 24.0 * HOUR, &q);
        // The content changed since (December 2026: the travel and reading questions
        // were folded into `support`): those answers are dropped, and the person is told.
        assert!(
            matches!(loaded.problem, None | Some(LoadProblem::PartlyOutdated)),
            "{:?}",
            loaded.problem
        );
        let journey = loaded.progress.unwrap().journey;
        assert!(journey.has_need(&NeedId::new("procedures")));
        assert_eq!(
            journey.answers().skill(&ItemId::new("device-power")),
            Some(SkillAnswer::WithHelp)
        );
    }

    /// Applies one mutation to a valid document's text.
    fn mutate(text: &str, kind: u8, at: usize, byte: u8) -> String {
        let mut bytes = text.as_bytes().to_vec();
        if bytes.is_empty() {
            return String::new();
        }
        let at = at % bytes.len();
        match kind % 4 {
            0 => bytes.truncate(at),
            1 => bytes[at] = byte,
            2 => {
                bytes.insert(at, byte);
            }
            _ => {
                bytes.remove(at);
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Random bytes never panic the loader, and anything it offers is a valid journey.
        #[test]
        fn random_bytes_never_panic_the_loader(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            let q = sample();
            let text = String::from_utf8_lossy(&bytes);
            let loaded = load(Some(&text), NOW, HOUR, &q);
            if let Some(progress) = loaded.progress {
                let mut repaired = progress.journey.clone();
                repaired.repair(&q);
                prop_assert_eq!(repaired, progress.journey);
            }
        }

        /// Mutated valid documents never panic the loader and always give a usable state.
        #[test]
        fn mutated_documents_never_panic_the_loader(
            mutations in prop::collection::vec((any::<u8>(), any::<usize>(), any::<u8>()), 1..4),
            answered in 0usize..9,
        ) {
            let q = sample();
            let mut j = journey();
            for item in q.items().iter().take(answered) {
                j.answer_skill(&q, &item.id, SkillAnswer::Alone);
            }
            let mut text = stored(j, NOW);
            for (kind, at, byte) in mutations {
                text = mutate(&text, kind, at, byte);
            }
            let loaded = load(Some(&text), NOW, HOUR, &q);
            if let Some(progress) = loaded.progress {
                let mut repaired = progress.journey.clone();
                repaired.repair(&q);
                prop_assert_eq!(repaired, progress.journey);
                prop_assert!(!loaded.erase);
            }
        }
    }
}
