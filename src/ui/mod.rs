//! The web app: a thin Yew shell over the core.
//!
//! [`state`] holds the workspace and its reducer, [`analyst`] is the web worker that reads
//! and analyses articles off the page's thread, [`persist`] keeps it in the browser, [`io`]
//! turns files, pasted text and the example story into articles, [`offline`] keeps the
//! page usable without a network, and [`components`] render the page. Nothing here
//! analyses text: that is the core's job.

mod analyst;
mod app;
mod components;
mod io;
mod offline;
mod persist;
mod share;
mod state;

/// Runs the analysis worker (the `worker` binary's entry point).
pub fn register_worker() {
    analyst::register();
}

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
    offline::register();
    bench_hook();
}

/// With `?bench` in the address, `window.parallaxBench(docs)` runs the analysis benchmark
/// in the worker (`docs`: an array of [name, text]) and resolves to
/// `{ms, statements}`: `e2e/bench-wasm.mjs` compares it with the native benchmark.
fn bench_hook() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    let Some(window) = web_sys::window() else { return };
    if !window.location().search().unwrap_or_default().contains("bench") {
        return;
    }
    let run = Closure::<dyn Fn(wasm_bindgen::JsValue) -> js_sys::Promise>::new(|docs: wasm_bindgen::JsValue| {
        let docs: Vec<(String, String)> = js_sys::Array::from(&docs)
            .iter()
            .filter_map(|pair| {
                let pair = js_sys::Array::from(&pair);
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect();
        wasm_bindgen_futures::future_to_promise(async move {
            let (ms, statements) = analyst::bench(docs).await;
            let out = js_sys::Object::new();
            js_sys::Reflect::set(&out, &"ms".into(), &ms.into())?;
            js_sys::Reflect::set(&out, &"statements".into(), &(statements as f64).into())?;
            Ok(out.into())
        })
    });
    let _ = js_sys::Reflect::set(&window, &"parallaxBench".into(), run.as_ref().unchecked_ref());
    run.forget();
}
