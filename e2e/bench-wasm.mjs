// Browser benchmark of the analysis itself in WebAssembly: the same work as the native
// `cargo bench --bench analysis -- whole_analysis` (each PolNeAR article ingested, analysed
// and exported alone), run in the page's analysis worker and timed there, so the two
// figures compare wasm with native on the same machine.
// Usage: node e2e/bench-wasm.mjs [runs]   (build first: trunk build --release)
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, root, sampleFiles } from './harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const polnear = path.join(root, '..', 'shared', 'corpora', 'polnear-train', 'train.jsonl');
const docs = fs.existsSync(polnear)
  ? fs.readFileSync(polnear, 'utf8').split('\n').filter(Boolean).map((l) => { const v = JSON.parse(l); return [v.id, v.text]; })
  : sampleFiles().map((f) => [f.name, Buffer.from(f.bytes).toString('utf8')]);
if (!fs.existsSync(polnear)) console.log(`note: ${polnear} is absent; benchmarking the example story instead`);
const bytes = docs.reduce((n, [, t]) => n + Buffer.byteLength(t, 'utf8'), 0);

const server = await serve();
const context = await launch();
try {
  const page = await openApp(context, `${server.url}?bench`);
  await page.waitForFunction(() => typeof window.parallaxBench === 'function');
  const times = [];
  let statements = 0;
  for (let i = 0; i < runs + 1; i++) {
    const r = await page.evaluate((docs) => window.parallaxBench(docs), docs);
    if (i > 0) times.push(r.ms); // the first run warms the worker up
    statements = r.statements;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`wasm whole analysis: ${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${statements} statements: ` +
    `median ${median.toFixed(0)} ms of ${runs} runs = ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s ` +
    `(fastest ${times[0].toFixed(0)} ms, slowest ${times[times.length - 1].toFixed(0)} ms)`);
  await page.close();
} finally {
  await context.close();
  await server.close();
}
