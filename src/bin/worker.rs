//! The web worker's entry point: Trunk builds this binary for wasm32 (`data-bin="worker"`,
//! `data-type="worker"`). It reads and analyses articles for the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::register_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the `worker` binary is the web app's worker: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
