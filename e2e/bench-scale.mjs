// Browser benchmark at scale: drop N articles at once and measure the time to the rendered
// list and the longest main-thread task meanwhile (PerformanceObserver "longtask": the
// analysis runs in a worker, so the page's own tasks should stay short).
// Articles come from PolNeAR (../shared/corpora, when present) or the example story, each
// made distinct by a line of its own.
// Usage: node e2e/bench-scale.mjs [N...]   (default: 5 200 1000; build first: trunk build --release)
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, dropFiles, root, sampleFiles } from './harness.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const polnear = path.join(root, '..', 'shared', 'corpora', 'polnear-train', 'train.jsonl');
const source = fs.existsSync(polnear)
  ? fs.readFileSync(polnear, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text)
  : sampleFiles().map((f) => Buffer.from(f.bytes).toString('utf8'));
const enc = (s) => [...Buffer.from(s, 'utf8')];

const server = await serve();
const context = await launch();
try {
  for (const n of sizes.length ? sizes : [5, 200, 1000]) {
    const page = await openApp(context, server.url);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const files = Array.from({ length: n }, (_, i) => ({ name: `a${i}.txt`, bytes: enc(`${source[i % source.length]}\nArticle ${i}.\n`) }));
    const t0 = Date.now();
    await dropFiles(page, files);
    // All n analysed (the list draws the first cards; the status counts them all).
    await page.waitForFunction((n) => {
      const s = document.querySelector('.status');
      return s && Number(s.dataset.articles) === n && s.dataset.generation === s.dataset.analyzed && s.hasAttribute('data-load-ms');
    }, n, { timeout: 600_000 });
    const wall = Date.now() - t0;
    const ms = Number(await page.getAttribute('.status', 'data-load-ms'));
    const longest = await page.evaluate(() => window.__longest);
    console.log(`${n} articles: drop → rendered list ${ms.toFixed(0)} ms (wall ${wall} ms), longest main-thread task ${longest.toFixed(0)} ms`);
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
