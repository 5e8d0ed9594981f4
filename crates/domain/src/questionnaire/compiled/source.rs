//! Writes `data.rs`: the questionnaire, once parsed and validated from
//! `content/questionnaire.json`, as the static tables of `compiled`. The test below
//! writes it again when it differs and fails, so that a change of the content cannot
//! reach the app unseen (run the tests once more, then commit `data.rs`).

use crate::questionnaire::area::Area;
use crate::questionnaire::check::{Check, CheckKind, HandsOnChecks, Means};
use crate::questionnaire::ids::{AreaId, CheckId, ItemId, NeedId, OptionId, SituationId};
use crate::questionnaire::need::Need;
use crate::questionnaire::situation::{Choice, SituationQuestion, SituationWhen};
use crate::questionnaire::skill::{AskedWhen, ItemLevel, SkillItem};
use crate::questionnaire::Questionnaire;
use std::collections::BTreeMap;

/// A value as the Rust of its static table.
trait ToRust {
    fn to_rust(&self) -> String;
}

/// `Name { field: value, … }` of `fields`.
fn literal(name: &str, fields: &[(&str, &dyn ToRust)]) -> String {
    let fields: Vec<String> = fields
        .iter()
        .map(|(f, v)| format!("{f}: {}", v.to_rust()))
        .collect();
    format!("{name} {{ {} }}", fields.join(", "))
}

impl ToRust for String {
    fn to_rust(&self) -> String {
        format!("{self:?}")
    }
}

impl ToRust for bool {
    fn to_rust(&self) -> String {
        self.to_string()
    }
}

impl ToRust for usize {
    fn to_rust(&self) -> String {
        self.to_string()
    }
}

impl<T: ToRust> ToRust for Vec<T> {
    fn to_rust(&self) -> String {
        let items: Vec<String> = self.iter().map(ToRust::to_rust).collect();
        format!("&[{}]", items.join(", "))
    }
}

impl<T: ToRust> ToRust for Option<T> {
    fn to_rust(&self) -> String {
        self.as_ref()
            .map_or_else(|| "None".into(), |v| format!("Some({})", v.to_rust()))
    }
}

impl<K: ToRust, V: ToRust> ToRust for BTreeMap<K, V> {
    fn to_rust(&self) -> String {
        let pairs: Vec<String> = self
            .iter()
            .map(|(k, v)| format!("({}, {})", k.to_rust(), v.to_rust()))
            .collect();
        format!("&[{}]", pairs.join(", "))
    }
}

/// Ids as their text; enums without data as their variant's path.
macro_rules! to_rust_by_name {
    (ids: $($id:ident),*; enums: $($enum:ident),*) => {
        $(impl ToRust for $id {
            fn to_rust(&self) -> String {
                format!("{:?}", self.as_str())
            }
        })*
        $(impl ToRust for $enum {
            fn to_rust(&self) -> String {
                format!("{}::{self:?}", stringify!($enum))
            }
        })*
    };
}
to_rust_by_name!(
    ids: AreaId, CheckId, ItemId, NeedId, OptionId, SituationId;
    enums: CheckKind, Choice, ItemLevel, Means
);

impl ToRust for Need {
    fn to_rust(&self) -> String {
        literal(
            "StaticNeed",
            &[
                ("id", &self.id),
                ("pictogram", &self.pictogram),
                ("areas", &self.areas),
            ],
        )
    }
}

impl ToRust for Area {
    fn to_rust(&self) -> String {
        literal(
            "StaticArea",
            &[
                ("id", &self.id),
                ("pictogram", &self.pictogram),
                ("service", &self.service),
                ("thematiques", &self.thematiques),
            ],
        )
    }
}

impl ToRust for SituationQuestion {
    fn to_rust(&self) -> String {
        literal(
            "StaticSituationQuestion",
            &[
                ("id", &self.id),
                ("choice", &self.choice),
                ("options", &self.options),
                ("exclusive", &self.exclusive),
                ("when", &self.when),
                ("later_if_urgent", &self.later_if_urgent),
            ],
        )
    }
}

impl ToRust for SituationWhen {
    fn to_rust(&self) -> String {
        literal(
            "StaticSituationWhen",
            &[
                ("needs", &self.needs),
                ("question", &self.question),
                ("options", &self.options),
            ],
        )
    }
}

impl ToRust for SkillItem {
    fn to_rust(&self) -> String {
        literal(
            "StaticSkillItem",
            &[
                ("id", &self.id),
                ("area", &self.area),
                ("level", &self.level),
                ("crcn", &self.crcn),
                ("thematique", &self.thematique),
                ("sources", &self.sources),
                ("pictogram", &self.pictogram),
                ("when", &self.when),
            ],
        )
    }
}

impl ToRust for AskedWhen {
    fn to_rust(&self) -> String {
        literal(
            "StaticAskedWhen",
            &[("question", &self.question), ("options", &self.options)],
        )
    }
}

impl ToRust for HandsOnChecks {
    fn to_rust(&self) -> String {
        literal(
            "StaticHandsOnChecks",
            &[("area", &self.area), ("list", &self.list)],
        )
    }
}

impl ToRust for Check {
    fn to_rust(&self) -> String {
        literal(
            "StaticCheck",
            &[
                ("id", &self.id),
                ("kind", &self.kind),
                ("evidence", &self.evidence),
            ],
        )
    }
}

/// The whole of `data.rs` for `q`: one line per need, question, area, item and check, so
/// that a change of the content is a readable diff.
fn data_rs(q: &Questionnaire) -> String {
    let list = |name: &str, rows: Vec<String>| -> String {
        let rows: String = rows.iter().map(|r| format!("        {r},\n")).collect();
        format!("    {name}: &[\n{rows}    ],\n")
    };
    let mut out = String::from(
        "//! @generated from `content/questionnaire.json` by `compiled/source.rs`: do not edit\n\
         //! (`cargo test -p repere-domain compiled_questionnaire` writes it again).\n\n\
         use super::*;\n\n\
         pub(super) static QUESTIONNAIRE: StaticQuestionnaire = StaticQuestionnaire {\n",
    );
    out.push_str(&format!(
        "    skill_budget: {},\n",
        q.skill_budget.to_rust()
    ));
    out.push_str(&format!("    always_area: {},\n", q.always_area.to_rust()));
    out.push_str(&list(
        "needs",
        q.needs.iter().map(ToRust::to_rust).collect(),
    ));
    out.push_str(&list(
        "situation",
        q.situation.iter().map(ToRust::to_rust).collect(),
    ));
    out.push_str(&list(
        "areas",
        q.areas.iter().map(ToRust::to_rust).collect(),
    ));
    out.push_str(&list(
        "items",
        q.items.iter().map(ToRust::to_rust).collect(),
    ));
    out.push_str(&format!("    checks: {},\n}};\n", q.checks.to_rust()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA_RS: &str = "src/questionnaire/compiled/data.rs";

    #[test]
    fn compiled_questionnaire_is_written_from_the_content_file() {
        let parsed =
            Questionnaire::parse(include_str!("../../../../../content/questionnaire.json"))
                .unwrap_or_else(|e| panic!("content/questionnaire.json: {e}"));
        let wanted = data_rs(&parsed);
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA_RS);
        let found = std::fs::read_to_string(&path).unwrap_or_default();
        if found != wanted {
            std::fs::write(&path, &wanted).expect("write data.rs");
            panic!("{DATA_RS} was out of date and has been written again: run the tests once more, then commit it");
        }
        // What the app builds from the tables is what the file says.
        assert_eq!(super::super::questionnaire(), parsed);
    }
}
