//! Offline use: registers the service worker (`sw.js`, written into the build by
//! `scripts/sw.mjs`) that keeps the page's files in a versioned cache, so Parallax opens
//! without a network after the first visit. Without service workers (a `file:` page, an
//! old browser, a private window that refuses them) the page simply works online only.

use wasm_bindgen_futures::JsFuture;

/// Registers `./sw.js` relative to the page, so the cache's scope is the page's own
/// sub-path on whatever host serves it.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "https:" && protocol != "http:" {
        return;
    }
    // Not every browser has `navigator.serviceWorker` (it is absent on insecure origins).
    let navigator = window.navigator();
    let has = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !has {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            web_sys::console::warn_2(&"Parallax will not work offline: the service worker was refused:".into(), &e);
        }
    });
}
