//! The web app's entry point: Trunk builds this binary for wasm32 (`data-bin="app"`).

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the `app` binary is the web app: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}
