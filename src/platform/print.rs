//! Printing: the browser's print dialog, with the print stylesheet of `style/main.css`.

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
