//! What goes over the network, to the app's own origin only: fetching a file beside the
//! app, and the service worker that keeps the app for offline use.

pub mod fetch_text;
pub mod service_worker;
