//! The analyst: a web worker that does the heavy work (decoding and ingesting files,
//! analysing the workspace, opening shared workspaces) so the page never freezes, and
//! whose code (HTML parser, encoding tables, the statement engine) is not in the page's
//! own download.
//!
//! The page calls [`ingest`], [`analyze`] and [`open_shared`]; each sends one request to
//! the worker and awaits its answer. Messages are binary (bincode); the user's corrections
//! and opened workspaces travel inside them as JSON, since their format leaves out empty
//! fields, which bincode cannot.
//!
//! Article texts cross between the page and the worker once: the worker keeps every
//! article it read or was sent, so an analysis request names the articles it already has
//! (with the user's date) instead of sending them again, and its answer leaves the texts
//! out (the page has them). At a thousand articles that is megabytes less to encode and
//! parse on the page's thread.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

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
    /// Analyse the articles.
    Analyze {
        /// The articles, in order.
        articles: Vec<Input>,
        /// The user's corrections, as JSON.
        corrections: String,
    },
    /// Open a shared workspace (a link's fragment or a `.parallax` file).
    Open(String),
    /// The browser benchmark: ingest, analyse and export each (name, text) alone, as the
    /// native `whole_analysis` benchmark does, timed inside the worker.
    Bench(Vec<(String, String)>),
}

/// One article of an analysis request: its id, the date the user set, and the article
/// itself unless the worker already has it.
#[derive(Serialize, Deserialize)]
pub struct Input {
    /// The article's id.
    pub id: String,
    /// The date the user set (`YYYY-MM-DD`).
    pub date: Option<String>,
    /// The article as loaded, when the worker does not have it yet.
    pub article: Option<Article>,
}

/// What the worker answers.
#[derive(Serialize, Deserialize)]
pub enum Response {
    /// The article, or the message for its failure.
    Ingested(Result<Article, String>),
    /// The analysis, with the articles' texts left out (the page has them).
    Analyzed(Box<Analysis>),
    /// The worker lacks these articles (it was restarted): send them whole.
    Missing(Vec<String>),
    /// The benchmark's time in milliseconds and the statements found.
    Benched(f64, usize),
    /// The workspace (as JSON), or why it could not be opened.
    Opened(Result<String, String>),
}

/// Worker messages in bincode's binary format, carried as a `Uint8Array`.
pub struct Binary;

impl Codec for Binary {
    fn encode<I: Serialize>(input: I) -> JsValue {
        let bytes = bincode::serialize(&input).expect("worker messages serialise");
        js_sys::Uint8Array::from(&bytes[..]).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        let bytes = js_sys::Uint8Array::new(&input).to_vec();
        bincode::deserialize(&bytes).expect("worker messages deserialise")
    }
}

thread_local! {
    /// In the worker: every article it read or was sent, by id.
    static KEPT: RefCell<HashMap<String, Article>> = RefCell::new(HashMap::new());
}

#[oneshot]
async fn Analyst(request: Request) -> Response {
    match request {
        Request::Ingest { name, bytes } => {
            let read = crate::core::ingest(&name, &bytes);
            if let Ok(a) = &read {
                KEPT.with(|k| k.borrow_mut().insert(a.id.clone(), a.clone()));
            }
            Response::Ingested(read.map_err(|e| e.to_string()))
        }
        Request::Analyze { articles, corrections } => {
            let gathered: Result<Vec<Article>, Vec<String>> = KEPT.with(|k| {
                let mut kept = k.borrow_mut();
                let mut missing = Vec::new();
                let mut out = Vec::with_capacity(articles.len());
                for input in articles {
                    if let Some(a) = input.article {
                        kept.insert(input.id.clone(), a);
                    }
                    match kept.get(&input.id) {
                        Some(a) => {
                            let mut a = a.clone();
                            if let Some(d) = &input.date {
                                a.set_user_date(d);
                            }
                            out.push(a);
                        }
                        None => missing.push(input.id),
                    }
                }
                if missing.is_empty() { Ok(out) } else { Err(missing) }
            });
            match gathered {
                Ok(articles) => {
                    let corrections: Corrections = serde_json::from_str(&corrections).unwrap_or_default();
                    let mut analysis = crate::core::analyze_with(articles, &corrections);
                    for a in &mut analysis.articles {
                        a.text = String::new();
                    }
                    Response::Analyzed(Box::new(analysis))
                }
                Err(missing) => Response::Missing(missing),
            }
        }
        Request::Bench(docs) => {
            let start = js_sys::Date::now();
            let mut statements = 0;
            for (name, text) in &docs {
                if let Ok(article) = crate::core::ingest(name, text.as_bytes()) {
                    statements += crate::core::export::document(&crate::core::analyze(vec![article])).statements.len();
                }
            }
            Response::Benched(js_sys::Date::now() - start, statements)
        }
        Request::Open(text) => Response::Opened(
            crate::core::share::decode(&text)
                .map(|shared| serde_json::to_string(&shared).expect("a workspace serialises"))
                .map_err(|e| e.to_string()),
        ),
    }
}

/// Runs in the worker: answers the page's requests.
pub fn register() {
    Analyst::registrar().encoding::<Binary>().register();
}

thread_local! {
    static BRIDGE: RefCell<Option<OneshotBridge<Analyst>>> = const { RefCell::new(None) };
    /// On the page: the ids of the articles the worker has.
    static WORKER_HAS: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

async fn call(request: Request) -> Response {
    let mut bridge = BRIDGE.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                Analyst::spawner().encoding::<Binary>().with_loader(true).as_module(false).spawn("./worker_loader.js")
            })
            .fork()
    });
    bridge.run(request).await
}

/// Reads one file's bytes as an article, in the worker.
pub async fn ingest(name: &str, bytes: Vec<u8>) -> Result<Article, String> {
    match call(Request::Ingest { name: name.to_string(), bytes }).await {
        Response::Ingested(r) => {
            if let Ok(a) = &r {
                WORKER_HAS.with(|w| w.borrow_mut().insert(a.id.clone()));
            }
            r
        }
        _ => Err(format!("{name}: the analysis worker answered out of turn")),
    }
}

/// Analyses the workspace (the articles as loaded, the user's dates by article id), in the
/// worker; the answer's articles carry their texts again.
pub async fn analyze(
    loaded: &[Article],
    dates: &std::collections::BTreeMap<String, String>,
    corrections: Corrections,
) -> Analysis {
    let inputs = |whole: bool| -> Vec<Input> {
        WORKER_HAS.with(|w| {
            let mut has = w.borrow_mut();
            loaded
                .iter()
                .map(|a| {
                    let send = whole || !has.contains(&a.id);
                    has.insert(a.id.clone());
                    Input { id: a.id.clone(), date: dates.get(&a.id).cloned(), article: send.then(|| a.clone()) }
                })
                .collect()
        })
    };
    let corrections = serde_json::to_string(&corrections).expect("corrections serialise");
    let mut answer = call(Request::Analyze { articles: inputs(false), corrections: corrections.clone() }).await;
    if let Response::Missing(_) = answer {
        answer = call(Request::Analyze { articles: inputs(true), corrections }).await;
    }
    match answer {
        Response::Analyzed(a) => {
            let mut analysis = *a;
            let texts: HashMap<&str, &str> = loaded.iter().map(|a| (a.id.as_str(), a.text.as_str())).collect();
            for a in &mut analysis.articles {
                a.text = texts.get(a.id.as_str()).map_or_else(String::new, |t| (*t).to_string());
            }
            analysis
        }
        _ => Analysis::default(),
    }
}

/// Opens a shared workspace, in the worker.
pub async fn open_shared(text: String) -> Result<Shared, String> {
    match call(Request::Open(text)).await {
        Response::Opened(r) => {
            r.and_then(|json| serde_json::from_str(&json).map_err(|e| format!("the workspace could not be read: {e}")))
        }
        _ => Err("the analysis worker answered out of turn".into()),
    }
}

/// Runs the browser benchmark in the worker: (milliseconds, statements).
pub async fn bench(docs: Vec<(String, String)>) -> (f64, usize) {
    match call(Request::Bench(docs)).await {
        Response::Benched(ms, n) => (ms, n),
        _ => (f64::NAN, 0),
    }
}
