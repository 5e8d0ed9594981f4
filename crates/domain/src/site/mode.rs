//! The three ways Repère runs: for a resident alone (personne), for an advisor at
//! intake (conseiller), on a touch kiosk (borne). The configuration names the default
//! and the modes a `?mode=` URL parameter may ask for.

/// How the app runs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    /// A resident alone, on a shared PC or their own device.
    #[default]
    Resident,
    /// An advisor and a resident together, at intake.
    Advisor,
    /// A touch kiosk: reset after inactivity, nothing kept after the visit.
    Kiosk,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Self::Resident, Self::Advisor, Self::Kiosk];

    /// The mode's name in the configuration and the URL (French, as the staff say it).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Resident => "personne",
            Self::Advisor => "conseiller",
            Self::Kiosk => "borne",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == name.trim())
    }
}

/// The mode to run in: the one the URL asks for if the configuration allows it,
/// otherwise the configured default. The second value is true when the URL asked for a
/// mode that was refused, so that the app can say so.
pub fn choose_mode(default: Mode, allowed: &[Mode], requested: Option<&str>) -> (Mode, bool) {
    match requested {
        None => (default, false),
        Some(name) => match Mode::parse(name) {
            Some(mode) if mode == default || allowed.contains(&mode) => (mode, false),
            _ => (default, true),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_allowed_modes_from_the_url() {
        let allowed = [Mode::Resident, Mode::Kiosk];
        assert_eq!(
            choose_mode(Mode::Resident, &allowed, None),
            (Mode::Resident, false)
        );
        assert_eq!(
            choose_mode(Mode::Resident, &allowed, Some("borne")),
            (Mode::Kiosk, false)
        );
        assert_eq!(
            choose_mode(Mode::Resident, &allowed, Some("conseiller")),
            (Mode::Resident, true)
        );
        assert_eq!(
            choose_mode(Mode::Kiosk, &[], Some("borne")),
            (Mode::Kiosk, false)
        );
        assert_eq!(
            choose_mode(Mode::Resident, &allowed, Some("<script>")),
            (Mode::Resident, true)
        );
    }
}
