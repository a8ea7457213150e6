//! Getting bytes into the page: dropped or picked files, pasted text, and the example story
//! shipped with the app. Every input becomes an article or a [`LoadError`] of its own, so
//! one bad file never stops the others.

use gloo::file::File;
use gloo::net::http::Request;

use super::analyst;
use super::state::LoadError;
use crate::core::{Article, Error, ErrorKind, MAX_FILE_BYTES};

/// Where the example story lives, relative to the page (so the app works from any sub-path).
const EXAMPLE_DIR: &str = "static/examples/security-guarantees";

fn error(file: &str, message: impl Into<String>) -> LoadError {
    LoadError { file: file.to_string(), message: message.into() }
}

/// What a set of files held: articles (or why each could not be read), and the shared
/// workspaces among them (`.parallax` files, as "Share" downloads them).
#[derive(Default)]
pub struct Read {
    /// Each article file, read or refused.
    pub articles: Vec<Result<Article, LoadError>>,
    /// Each workspace file, opened.
    pub workspaces: Vec<crate::core::share::Shared>,
}

/// Reads and ingests files, in order.
pub async fn read_files(files: Vec<web_sys::File>, progress: impl Fn(usize, usize)) -> Read {
    let mut read = Read::default();
    let out = &mut read.articles;
    let total = files.len();
    for (done, f) in files.into_iter().enumerate() {
        // About a hundred steps: each one redraws the page.
        if total > 1 && (total <= 100 || done % (total / 100) == 0) {
            progress(done, total);
        }
        let file = File::from(f);
        let name = file.name();
        if name.to_ascii_lowercase().ends_with(".parallax") {
            let opened = match gloo::file::futures::read_as_bytes(&file).await {
                Ok(bytes) => analyst::open_shared(String::from_utf8_lossy(&bytes).into_owned())
                    .await
                    .map_err(|e| error(&name, format!("{name}: {e}"))),
                Err(e) => Err(error(&name, format!("{name}: the browser could not read this file ({e})"))),
            };
            match opened {
                Ok(shared) => read.workspaces.push(shared),
                Err(e) => out.push(Err(e)),
            }
            continue;
        }
        if file.size() > MAX_FILE_BYTES {
            // Refuse before reading a huge file into memory.
            let too_large = ErrorKind::TooLarge { size: file.size(), limit: MAX_FILE_BYTES };
            out.push(Err(error(&name, Error::new(too_large, &name).to_string())));
            continue;
        }
        let result = match gloo::file::futures::read_as_bytes(&file).await {
            Ok(bytes) => analyst::ingest(&name, bytes).await.map_err(|e| error(&name, e)),
            Err(e) => Err(error(&name, format!("{name}: the browser could not read this file ({e})"))),
        };
        out.push(result);
    }
    read
}

/// Ingests pasted text under a label.
pub async fn read_pasted(label: &str, text: &str) -> Result<Article, LoadError> {
    analyst::ingest(label, text.as_bytes().to_vec()).await.map_err(|e| error(label, e))
}

#[derive(serde::Deserialize)]
struct Manifest {
    files: Vec<String>,
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let response = Request::get(url).send().await.map_err(|e| format!("could not fetch {url}: {e}"))?;
    if !response.ok() {
        return Err(format!("could not fetch {url}: HTTP {}", response.status()));
    }
    response.binary().await.map_err(|e| format!("could not read {url}: {e}"))
}

/// Fetches and ingests the example story's articles.
pub async fn load_example() -> Vec<Result<Article, LoadError>> {
    let manifest_url = format!("{EXAMPLE_DIR}/manifest.json");
    let manifest: Manifest =
        match fetch_bytes(&manifest_url).await.and_then(|b| serde_json::from_slice(&b).map_err(|e| e.to_string())) {
            Ok(m) => m,
            Err(e) => return vec![Err(error("example story", format!("The example story could not be loaded: {e}")))],
        };
    let mut out = Vec::new();
    for name in manifest.files {
        let result = match fetch_bytes(&format!("{EXAMPLE_DIR}/{name}")).await {
            Ok(bytes) => analyst::ingest(&name, bytes).await.map_err(|e| error(&name, e)),
            Err(e) => Err(error(&name, e)),
        };
        out.push(result);
    }
    out
}

/// The article addresses in the page's `?src=` parameters (repeatable), each resolved
/// against the page, or why one cannot be used (only http and https are fetched).
pub fn sources_in_location() -> Vec<Result<String, LoadError>> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let Ok(href) = window.location().href() else { return Vec::new() };
    let Ok(page) = web_sys::Url::new(&href) else { return Vec::new() };
    let params = page.search_params();
    let values = params.get_all("src");
    (0..values.length())
        .filter_map(|i| values.get(i).as_string())
        .map(|src| match web_sys::Url::new_with_base(&src, &href) {
            Ok(url) if matches!(url.protocol().as_str(), "http:" | "https:") => Ok(url.href()),
            Ok(url) => {
                Err(error(&src, format!("{src}: only http and https addresses can be loaded, not {}", url.protocol())))
            }
            Err(_) => Err(error(&src, format!("{src}: not a web address"))),
        })
        .collect()
}

/// Fetches and ingests articles from web addresses. A host that refuses (no CORS
/// permission, offline, not found) gets a message of its own.
pub async fn load_sources(urls: Vec<String>) -> Vec<Result<Article, LoadError>> {
    let mut out = Vec::with_capacity(urls.len());
    for url in urls {
        let name = url
            .rsplit('/')
            .find(|p| !p.is_empty())
            .unwrap_or(&url)
            .split(['?', '#'])
            .next()
            .unwrap_or(&url)
            .to_string();
        let result = match Request::get(&url).send().await {
            Err(_) => Err(error(
                &url,
                format!(
                    "{url}: the host did not let this page read the file. It may not allow other sites to fetch it (CORS), or it is offline. Download the file and drop it here instead."
                ),
            )),
            Ok(r) if !r.ok() => Err(error(&url, format!("{url}: the host answered HTTP {}", r.status()))),
            Ok(r) => match r.binary().await {
                Ok(bytes) if bytes.len() as u64 > MAX_FILE_BYTES => {
                    let too_large = ErrorKind::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES };
                    Err(error(&url, Error::new(too_large, &name).to_string()))
                }
                Ok(bytes) => analyst::ingest(&name, bytes).await.map_err(|e| error(&url, e)),
                Err(e) => Err(error(&url, format!("{url}: could not read the answer ({e})"))),
            },
        };
        out.push(result);
    }
    out
}

/// Offers `content` to the user as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let blob = gloo::file::Blob::new_with_options(content, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The object URL is revoked when `url` drops; the click has started the download.
}
