//! Share links in the page: "Share link" puts the whole workspace in a link's fragment
//! (see [`crate::core::share`]) and copies it; a workspace too large for a link is offered
//! as a `.parallax` file instead, which opens when dropped on the page. Opening a page
//! whose address carries `#w=…` opens that workspace, then clears the fragment.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::core::Article;
use crate::core::corrections::Corrections;
use crate::core::share::encode;

/// The longest link offered: browsers accept about 2 MB, but mail and chat tools cut long
/// links, so anything larger becomes a file.
const MAX_LINK: usize = 1_000_000;

/// What "Share link" produced.
#[derive(Clone, PartialEq)]
pub enum Offered {
    /// A link (and whether it is on the clipboard).
    Link(String),
    /// Too large for a link: downloaded as a file of this many bytes.
    File(usize),
}

/// The shared workspace in the page's address, if there is one (and clears it); the
/// worker opens it ([`crate::ui::analyst::open_shared`]).
pub fn from_location() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    let data = hash.strip_prefix("#w=")?.to_string();
    // The workspace is now in the page (and saved): the address goes back to the plain page.
    if let Ok(history) = window.history() {
        let plain = window.location().pathname().unwrap_or_default() + &window.location().search().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&plain));
    }
    Some(data)
}

/// Makes the link for the workspace (copied to the clipboard), or downloads it as a file
/// when it is too long for a link.
pub fn offer(articles: &[Article], dates: &BTreeMap<String, String>, corrections: &Corrections) -> Offered {
    let encoded = encode(articles, dates, corrections);
    let Some(window) = web_sys::window() else { return Offered::File(0) };
    let location = window.location();
    let base = location.href().unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default().to_string();
    let link = format!("{base}#w={encoded}");
    if link.len() > MAX_LINK {
        super::io::download("parallax-workspace.parallax", "application/octet-stream", &encoded);
        return Offered::File(encoded.len());
    }
    let _ = window.navigator().clipboard().write_text(&link);
    Offered::Link(link)
}

/// The share panel: the link, its length, and what to do with it.
pub fn view(offered: &Offered) -> Html {
    match offered {
        Offered::Link(link) => html! {
            <div class="share-panel" role="status">
                <label for="share-link">
                    { format!("Link to this workspace ({} characters, copied to the clipboard). Whoever opens it sees the same articles and dates; nothing is uploaded: the workspace is inside the link.", link.len()) }
                </label>
                <input id="share-link" type="text" readonly=true value={link.clone()} onfocus={Callback::from(|e: FocusEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    input.select();
                })} />
            </div>
        },
        Offered::File(bytes) => html! {
            <div class="share-panel" role="status">
                <p>{ format!("This workspace is too large for a link ({} KB), so it was downloaded as parallax-workspace.parallax. Send that file: dropping it on Parallax opens the same workspace.", bytes / 1024) }</p>
            </div>
        },
    }
}
