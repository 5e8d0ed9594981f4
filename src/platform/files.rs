//! Files in and out of the structure's space: the bytes of a file the person picked
//! (`<input type="file">`), and a download made in the page (a `Blob` and an
//! `<a download>`), so that nothing goes through a server.

use wasm_bindgen::JsCast;

/// The file input a `change` event came from (`None` from anything else).
pub fn file_input_of(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()
}

/// The name and bytes of the first file picked in `input`, `None` when none is.
pub async fn picked_file(input: &web_sys::HtmlInputElement) -> Option<(String, Vec<u8>)> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// The name and bytes of every file picked in `input`, in the order given.
pub async fn picked_files(input: &web_sys::HtmlInputElement) -> Vec<(String, Vec<u8>)> {
    let mut picked = Vec::new();
    let Some(files) = input.files() else {
        return picked;
    };
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        if let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            picked.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    }
    picked
}

/// Offers `bytes` as a download named `name`.
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    // The browser has the file by now; the address can go.
    let _ = web_sys::Url::revoke_object_url(&url);
}
