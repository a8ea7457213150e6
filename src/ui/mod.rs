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
}
