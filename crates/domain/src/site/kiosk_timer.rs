//! The kiosk's inactivity rule: after `idle` seconds without a touch, a full-screen
//! "Vous êtes toujours là ?" counts down `warning` seconds; then everything is reset.

/// Where the kiosk is in its inactivity cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KioskPhase {
    /// Someone is using it.
    Active,
    /// Nobody touched it for a while: ask, with the seconds left before the reset.
    Warning { seconds_left: u32 },
    /// Time is up: erase everything and go back to the welcome screen.
    Reset,
}

/// The phase after `idle_seconds` without activity.
pub fn kiosk_phase(idle_seconds: u32, idle: u32, warning: u32) -> KioskPhase {
    let end = u64::from(idle) + u64::from(warning);
    if idle_seconds < idle {
        KioskPhase::Active
    } else if u64::from(idle_seconds) < end {
        KioskPhase::Warning {
            seconds_left: u32::try_from(end - u64::from(idle_seconds)).unwrap_or(u32::MAX),
        }
    } else {
        KioskPhase::Reset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_then_resets() {
        assert_eq!(kiosk_phase(0, 90, 30), KioskPhase::Active);
        assert_eq!(kiosk_phase(89, 90, 30), KioskPhase::Active);
        assert_eq!(
            kiosk_phase(90, 90, 30),
            KioskPhase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            kiosk_phase(119, 90, 30),
            KioskPhase::Warning { seconds_left: 1 }
        );
        assert_eq!(kiosk_phase(120, 90, 30), KioskPhase::Reset);
        assert_eq!(
            kiosk_phase(u32::MAX, u32::MAX, 30),
            KioskPhase::Warning { seconds_left: 30 }
        );
    }
}
