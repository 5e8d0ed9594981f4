//! The networks of data·inclusion (`reseaux_porteurs`, schema v1) that matter to
//! Repère's next steps, and what each brings to a partner: the démarche the person names
//! (`organisme`, an option of the `procedure` question) and the needs it fits. The
//! thématiques of services that matter, whatever the network.

/// One network Repère orients to.
pub struct Network {
    /// The value of `reseaux_porteurs`.
    pub value: &'static str,
    /// The démarche it handles, as the person names it; empty if none.
    pub organisme: &'static str,
    /// The need ids it fits.
    pub needs: &'static [&'static str],
}

const fn network(
    value: &'static str,
    organisme: &'static str,
    needs: &'static [&'static str],
) -> Network {
    Network {
        value,
        organisme,
        needs,
    }
}

/// The networks whose desks a resident may be sent to, most specific first: a structure
/// in several networks takes the first of this list it is in.
pub const NETWORKS: &[Network] = &[
    network("caf", "caf", &["procedures", "family", "money"]),
    network("cpam", "health", &["health"]),
    network("cnam", "health", &["health"]),
    network("france-travail", "france-travail", &["job"]),
    network("mdph", "disability", &["procedures", "health"]),
    network(
        "maison-departementale-de-lautonomie",
        "disability",
        &["procedures", "health"],
    ),
    network("mutualite-sociale-agricole", "", &["procedures", "health"]),
    network("mission-locale", "", &["job"]),
    network("cap-emploi-reseau-cheops", "", &["job"]),
    network("maisons-de-l-emploi", "", &["job"]),
    network("france-service", "", &["procedures"]),
    network("msap", "", &["procedures"]),
    network("aidants-connect", "", &["procedures"]),
    network("ccas-cias", "", &["procedures", "money"]),
    network("maisons-des-solidarites", "", &["procedures", "family"]),
    network("pimms-mediation", "", &["procedures"]),
    network("points-justice", "", &["procedures"]),
    network("cidff", "", &["procedures", "family"]),
    network("points-conseil-budget", "", &["money"]),
    network("la-poste", "", &["procedures"]),
    network("conseillers-numeriques", "", &["basics"]),
    network("espaces-publics-numeriques", "", &["basics"]),
];

/// The first of [`NETWORKS`] among `values`.
pub fn network_of<'a>(
    values: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<&'static Network> {
    NETWORKS
        .iter()
        .find(|n| values.clone().into_iter().any(|v| v == n.value))
}

/// The thématiques of services that matter to Repère: digital help and help with
/// démarches.
pub fn matters(thematique: &str) -> bool {
    thematique.starts_with("numerique--")
        || thematique.starts_with("difficultes-administratives-ou-juridiques--")
}

/// The needs a service's thématique fits.
pub fn needs_of_thematique(thematique: &str) -> &'static [&'static str] {
    if thematique.starts_with("numerique--") {
        &["basics"]
    } else if thematique.starts_with("difficultes-administratives-ou-juridiques--") {
        &["procedures"]
    } else {
        &[]
    }
}
