//! The analyst: a web worker that does the heavy work (decoding and ingesting files,
//! analysing the workspace, opening shared workspaces) so the page never freezes, and
//! whose code (HTML parser, encoding tables, the statement engine) is not in the page's
//! own download.
//!
//! The page calls [`ingest`], [`analyze`] and [`open_shared`]; each sends one request to
//! the worker and awaits its answer. Messages are JSON.

use std::cell::RefCell;

use gloo::worker::oneshot::{OneshotBridge, oneshot};
use gloo::worker::{Codec, Registrable, Spawnable};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::core::corrections::Corrections;
use crate::core::share::Shared;
use crate::core::{Analysis, Article};

/// What the page asks of the worker.
#[derive(Serialize, Deserialize)]
pub enum Request {
    /// Read one file's bytes as an article.
    Ingest {
        /// The file's name.
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// Analyse the articles (with the user's dates already applied).
    Analyze {
        /// The articles.
        articles: Vec<Article>,
        /// The user's corrections.
        corrections: Corrections,
    },
    /// Open a shared workspace (a link's fragment or a `.parallax` file).
    Open(String),
}

/// What the worker answers.
#[derive(Serialize, Deserialize)]
pub enum Response {
    /// The article, or the message for its failure.
    Ingested(Result<Article, String>),
    /// The analysis.
    Analyzed(Box<Analysis>),
    /// The workspace, or why it could not be opened.
    Opened(Result<Shared, String>),
}

/// Worker messages as JSON.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        JsValue::from_str(&serde_json::to_string(&input).expect("worker messages serialise"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        serde_json::from_str(&input.as_string().unwrap_or_default()).expect("worker messages deserialise")
    }
}

#[oneshot]
async fn Analyst(request: Request) -> Response {
    match request {
        Request::Ingest { name, bytes } => {
            Response::Ingested(crate::core::ingest(&name, &bytes).map_err(|e| e.to_string()))
        }
        Request::Analyze { articles, corrections } => {
            Response::Analyzed(Box::new(crate::core::analyze_with(articles, &corrections)))
        }
        Request::Open(text) => Response::Opened(crate::core::share::decode(&text).map_err(|e| e.to_string())),
    }
}

/// Runs in the worker: answers the page's requests.
pub fn register() {
    Analyst::registrar().encoding::<Json>().register();
}

thread_local! {
    static BRIDGE: RefCell<Option<OneshotBridge<Analyst>>> = const { RefCell::new(None) };
}

async fn call(request: Request) -> Response {
    let mut bridge = BRIDGE.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                Analyst::spawner().encoding::<Json>().with_loader(true).as_module(false).spawn("./worker_loader.js")
            })
            .fork()
    });
    bridge.run(request).await
}

/// Reads one file's bytes as an article, in the worker.
pub async fn ingest(name: &str, bytes: Vec<u8>) -> Result<Article, String> {
    match call(Request::Ingest { name: name.to_string(), bytes }).await {
        Response::Ingested(r) => r,
        _ => Err(format!("{name}: the analysis worker answered out of turn")),
    }
}

/// Analyses the workspace, in the worker.
pub async fn analyze(articles: Vec<Article>, corrections: Corrections) -> Analysis {
    match call(Request::Analyze { articles, corrections }).await {
        Response::Analyzed(a) => *a,
        _ => Analysis::default(),
    }
}

/// Opens a shared workspace, in the worker.
pub async fn open_shared(text: String) -> Result<Shared, String> {
    match call(Request::Open(text)).await {
        Response::Opened(r) => r,
        _ => Err("the analysis worker answered out of turn".into()),
    }
}
