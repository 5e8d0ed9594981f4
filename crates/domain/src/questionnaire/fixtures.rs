//! Small questionnaires for the domain's tests (test builds only): every module's tests
//! may use them, so that a rule is tested on a few items whose behaviour is plain to see.

use super::Questionnaire;

/// A small questionnaire for the domain's tests: three needs, two situation questions,
/// three areas (`device` always asked), a budget of six skill questions.
pub(crate) fn sample() -> Questionnaire {
    Questionnaire::parse(SAMPLE).unwrap()
}

pub(crate) const SAMPLE: &str = r#"{
  "skill_budget": 6,
  "always_area": "device",
  "needs": [
    {"id": "procedures", "pictogram": "p", "areas": ["procedures"]},
    {"id": "family", "pictogram": "f", "areas": ["email", "procedures"]},
    {"id": "basics", "pictogram": "b", "areas": ["device"]}
  ],
  "situation": [
    {"id": "equipment", "choice": "several", "options": ["phone", "computer", "none"], "exclusive": ["none"]},
    {"id": "travel", "choice": "one", "options": ["yes", "no"]}
  ],
  "areas": [
    {"id": "device", "pictogram": "d", "service": "s", "thematiques": ["t"]},
    {"id": "email", "pictogram": "e", "service": "s", "thematiques": ["t"]},
    {"id": "procedures", "pictogram": "p", "service": "s", "thematiques": ["t"]}
  ],
  "items": [
    {"id": "device-power", "area": "device", "level": "basic", "crcn": ["5.2"], "thematique": "t", "sources": []},
    {"id": "device-type", "area": "device", "level": "basic", "crcn": ["5.2"], "thematique": "t", "sources": []},
    {"id": "device-wifi", "area": "device", "level": "advanced", "crcn": ["5.1"], "thematique": "t", "sources": []},
    {"id": "email-read", "area": "email", "level": "basic", "crcn": ["2.1"], "thematique": "t", "sources": []},
    {"id": "email-attach", "area": "email", "level": "advanced", "crcn": ["2.1"], "thematique": "t", "sources": []},
    {"id": "proc-site", "area": "procedures", "level": "basic", "crcn": ["2.4"], "thematique": "t", "sources": []},
    {"id": "proc-account", "area": "procedures", "level": "advanced", "crcn": ["2.4"], "thematique": "t", "sources": []},
    {"id": "proc-form", "area": "procedures", "level": "advanced", "crcn": ["2.4"], "thematique": "t", "sources": []},
    {"id": "proc-taxes", "area": "procedures", "level": "advanced", "crcn": ["2.4"], "thematique": "t", "sources": []}
  ]
}"#;

/// The sample questionnaire with three hands-on checks after the device's basics: `press`
/// (the mouse or a finger stand for `device-power`, the keyboard for nothing), `type`
/// (`device-type` whatever the means) and `choose` (no evidence).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn sample_with_checks() -> Questionnaire {
    let mut raw: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    raw["checks"] = serde_json::json!({
        "area": "device",
        "list": [
            {"id": "press", "kind": "press", "evidence": {"mouse": "device-power", "touch": "device-power"}},
            {"id": "type", "kind": "type", "evidence": {"mouse": "device-type", "touch": "device-type", "keyboard": "device-type"}},
            {"id": "choose", "kind": "choose"}
        ]
    });
    Questionnaire::parse(&raw.to_string()).unwrap()
}
