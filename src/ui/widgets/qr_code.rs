//! A QR code drawn as one SVG path, from `qrcodegen` (pure Rust, no dependency). The
//! text it holds is also shown beside it, so the picture itself is decorative.

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

#[component]
pub fn QrCodeImage(text: String) -> impl IntoView {
    let Ok(qr) = QrCode::encode_text(&text, QrCodeEcc::Medium) else {
        return ().into_any();
    };
    let size = qr.size();
    let border = 2;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let view_box = format!("0 0 {0} {0}", size + 2 * border);
    view! {
        <svg class="qr-code" viewBox=view_box width="160" height="160" aria-hidden="true" shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff"/>
            <path d=path fill="#000"/>
        </svg>
    }
    .into_any()
}
