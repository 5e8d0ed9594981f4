//! Why a step is suggested: each reason comes from the person's answers or from a field
//! of the catalog, never from a promise the data does not make.

use crate::questionnaire::area::AreaId;
use crate::questionnaire::ids::{ItemId, NeedId, OptionId};
use crate::results::scoring::AutonomyLevel;

/// The options of the `support` question and the national "prise en charge
/// spécifique" values that answer them; "language" is read from the `language`
/// question (any language but French).
pub const SUPPORT_NEEDS: [(&str, &[&str]); 5] = [
    ("hearing", &["Surdité"]),
    ("sight", &["Déficience visuelle"]),
    ("mobility", &["Handicaps moteurs"]),
    (
        "language",
        &[
            "Langues étrangères (anglais)",
            "Langues étrangères (autres)",
        ],
    ),
    ("reading", &["Illettrisme"]),
];

/// Why a step is suggested, in terms of what the person said or what the catalog says.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    Need(NeedId),
    AreaLevel {
        area: AreaId,
        level: AutonomyLevel,
    },
    /// The démarche the person named (an option of `procedure`).
    Demarche(OptionId),
    /// « Faites-la avec moi, cette fois ».
    WantsItDone,
    /// « Avec quelqu'un à côté de moi ».
    WantsSomeoneBeside,
    /// The place is in the Aidants Connect programme, and the démarche comes back.
    AidantsConnect,
    /// Hearing is hard: the organisme's site is a written way in.
    WriteInstead,
    NoEquipment,
    /// Only a phone with buttons: nothing to go on the internet with.
    FeaturePhone,
    /// Only someone else's device.
    BorrowedDevice,
    NoInternet,
    /// A CV is written on a computer; the person has none.
    NeedsComputer,
    /// The place lends a computer and the internet (its national service says so).
    EquipmentPlace,
    /// The place sells equipment at a solidarity price (its national service says so).
    SolidarityEquipment,
    NoEmail,
    ForgottenEmail,
    /// Someone close deals with the person's e-mail.
    RelativeEmail,
    /// No phone of one's own to receive SMS codes.
    NoSms,
    Urgent {
        this_week: bool,
    },
    /// This many questions were not understood.
    NotUnderstood(usize),
    /// An advisor, one to one, at the person's pace.
    OneToOne,
    /// Nobody around the person can help.
    NoHelper,
    /// Someone close helps: they can come along.
    LearnTogether,
    /// Reading or writing is hard.
    Reading,
    /// The language the person speaks best is not French (an option of `language`).
    Language(OptionId),
    /// The place has the specific support for this option of `support` (or
    /// "language"), said in the person's terms.
    Support(&'static str),
    /// Walking is hard: what the data says of the place's access (its Acceslibre sheet),
    /// or « appelez avant ».
    Access {
        sheet: bool,
    },
    CannotTravel,
    /// The place's advisors travel to the communes (`itinerance`).
    Travels,
    /// The place helps remotely (`modalites_accompagnement`).
    Remote,
    /// Within [`super::NEAR_KM`] of the person's commune.
    Near,
    /// An item the person cannot do alone yet.
    Item(ItemId),
    /// The person wants it done with them now: learning can wait.
    Later,
    Fallback,
}

impl Reason {
    /// The key of the reason's words in the message catalogs, for the reasons that say
    /// the same whatever the answers (the others take a placeholder).
    pub fn fixed_key(&self) -> Option<&'static str> {
        Some(match self {
            Self::WantsItDone => "reason.wants.done_with_me",
            Self::WantsSomeoneBeside => "reason.wants.with_someone",
            Self::AidantsConnect => "reason.aidants_connect",
            Self::WriteInstead => "reason.write_instead",
            Self::NoEquipment => "reason.no_equipment",
            Self::FeaturePhone => "reason.feature_phone",
            Self::BorrowedDevice => "reason.borrowed_device",
            Self::NoInternet => "reason.no_internet",
            Self::NeedsComputer => "reason.needs_computer",
            Self::EquipmentPlace => "reason.equipment_place",
            Self::SolidarityEquipment => "reason.solidarity_equipment",
            Self::NoEmail => "reason.no_email",
            Self::ForgottenEmail => "reason.forgotten_email",
            Self::RelativeEmail => "reason.relative_email",
            Self::NoSms => "reason.no_sms",
            Self::Urgent { this_week: true } => "reason.urgent.week",
            Self::Urgent { this_week: false } => "reason.urgent.month",
            Self::OneToOne => "reason.one_to_one",
            Self::NoHelper => "reason.no_helper",
            Self::LearnTogether => "reason.learn_together",
            Self::Reading => "reason.reading",
            Self::Access { sheet: true } => "reason.access.sheet",
            Self::Access { sheet: false } => "reason.access.call",
            Self::CannotTravel => "reason.cannot_travel",
            Self::Travels => "reason.travels",
            Self::Remote => "reason.remote",
            Self::Later => "reason.later",
            Self::Fallback => "reason.fallback",
            Self::Need(_)
            | Self::AreaLevel { .. }
            | Self::Demarche(_)
            | Self::NotUnderstood(_)
            | Self::Language(_)
            | Self::Near
            | Self::Support(_)
            | Self::Item(_) => return None,
        })
    }

    /// Every key a reason can use, to check that each language has them all.
    pub fn all_keys() -> Vec<String> {
        let mut keys: Vec<String> = [
            "reason.need",
            "reason.level.fully_supported",
            "reason.level.partly_autonomous",
            "reason.level.autonomous",
            "reason.demarche",
            "reason.not_understood",
            "reason.language",
            "reason.near",
            "reason.item",
        ]
        .map(str::to_owned)
        .to_vec();
        keys.extend(
            SUPPORT_NEEDS
                .iter()
                .map(|(o, _)| format!("reason.support.{o}")),
        );
        keys.extend(
            [
                Self::WantsItDone,
                Self::WantsSomeoneBeside,
                Self::AidantsConnect,
                Self::WriteInstead,
                Self::NoEquipment,
                Self::FeaturePhone,
                Self::BorrowedDevice,
                Self::NoInternet,
                Self::NeedsComputer,
                Self::EquipmentPlace,
                Self::SolidarityEquipment,
                Self::NoEmail,
                Self::ForgottenEmail,
                Self::RelativeEmail,
                Self::NoSms,
                Self::Urgent { this_week: true },
                Self::Urgent { this_week: false },
                Self::OneToOne,
                Self::NoHelper,
                Self::LearnTogether,
                Self::Reading,
                Self::Access { sheet: true },
                Self::Access { sheet: false },
                Self::CannotTravel,
                Self::Travels,
                Self::Remote,
                Self::Later,
                Self::Fallback,
            ]
            .iter()
            .filter_map(|r| r.fixed_key().map(str::to_owned)),
        );
        keys
    }

    /// Where the reason comes from, for the order a card says them in: 0 the person's
    /// own answers, 1 what the catalog says of the place or the help, 2 « plus tard ».
    pub fn said_by(&self) -> u8 {
        match self {
            Self::AidantsConnect
            | Self::WriteInstead
            | Self::EquipmentPlace
            | Self::SolidarityEquipment
            | Self::OneToOne
            | Self::Support(_)
            | Self::Access { .. }
            | Self::Travels
            | Self::Remote
            | Self::Near
            | Self::Fallback => 1,
            Self::Later => 2,
            _ => 0,
        }
    }
}
