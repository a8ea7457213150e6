// Shared helpers for the browser tests and the browser benchmark: a static server for
// dist/, a headless Chromium (Debian's, driven by playwright-core), and a real file drop.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = path.join(root, 'dist');
export const artifacts = path.join(root, 'e2e', 'artifacts');
export const samples = path.join(root, 'static', 'examples', 'security-guarantees');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close }. */
export function serve(dir = dist) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the app first (trunk build --release)`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      // Closing also drops the browser's idle keep-alive connections, so the page really
      // loses its server (the offline test relies on it).
      const close = () => new Promise((r) => { server.close(r); server.closeAllConnections(); });
      resolve({ url: `http://127.0.0.1:${port}/`, close });
    });
  });
}

/** Launches headless Chromium with a fresh profile. */
export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1200, height: 900 },
  });
}

/** Opens the app and waits until it has rendered. The page starts with an empty saved
 *  workspace (tests share a browser profile); reloads in the same tab keep what it saved.
 *  `before(page)` runs first, e.g. to plant a saved workspace. */
export async function openApp(context, url, before) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-fresh')) {
      localStorage.clear();
      sessionStorage.setItem('e2e-fresh', '1');
    }
  });
  if (before) await before(page);
  await page.goto(url);
  await page.waitForSelector('#drop-zone');
  page.jsErrors = errors;
  return page;
}

/** Drops files on the page through a real `drop` event with a DataTransfer of Files.
 *  `files` is a list of { name, bytes (number[]), type }. */
export async function dropFiles(page, files) {
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? '' }));
    return dt;
  }, files);
  await page.dispatchEvent('.app', 'dragover', { dataTransfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer });
}

/** The sample story's files as drop inputs. */
export function sampleFiles() {
  return fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((name) => ({
    name, bytes: [...fs.readFileSync(path.join(samples, name))], type: 'text/plain',
  }));
}

export function screenshotPath(name) {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, name);
}

/** Loads the example story with its button and waits for its five articles. */
export async function loadExample(page) {
  await page.click('#load-example');
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
}

/** Sets the date of the article card whose text names `file`, as a user would. */
export async function setDate(page, file, date) {
  const input = page.locator('.article-card').filter({ hasText: file }).locator('input[type=date]');
  await input.fill(date);
  await input.dispatchEvent('change');
}
