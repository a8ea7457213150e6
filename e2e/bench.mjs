// Browser benchmark: time from dropping the five sample articles to their rendered list,
// as the page itself records it (performance.now at the drop, then after the render).
// Usage: node e2e/bench.mjs [runs]   (build first: trunk build --release)
import { serve, launch, openApp, dropFiles, sampleFiles } from './harness.mjs';

const runs = Number(process.argv[2] ?? 15);
const server = await serve();
const context = await launch();
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await openApp(context, server.url);
    await dropFiles(page, sampleFiles());
    await page.waitForFunction(() => document.querySelector('.status')?.hasAttribute('data-load-ms'));
    times.push(Number(await page.getAttribute('.status', 'data-load-ms')));
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`drop of 5 sample articles → rendered list, ${runs} runs: median ${at(0.5).toFixed(1)} ms, ` +
  `p90 ${at(0.9).toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
