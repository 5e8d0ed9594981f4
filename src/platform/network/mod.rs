//! What goes over the network, to the app's own origin only: fetching a file beside the
//! app (and the catalog's four files), and the service worker that keeps the app for
//! offline use.

pub mod catalog_files;
pub mod fetch_text;
pub mod published;
pub mod service_worker;
