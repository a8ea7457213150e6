// The README's screenshots: the example story with two dates set, each view in the light
// and the dark theme. Usage: node e2e/screens.mjs   (build first: trunk build --release)
import path from 'node:path';
import { serve, launch, openApp, root, loadExample, setDate } from './harness.mjs';

const out = path.join(root, 'docs', 'screenshots');
const server = await serve();
const context = await launch();
try {
  for (const scheme of ['light', 'dark']) {
    const page = await openApp(context, server.url);
    await page.emulateMedia({ colorScheme: scheme });
    await loadExample(page);
    for (const [file, date] of [['002_72a3ff669605c644.txt', '2026-01-07'], ['001_e58eace3535698ab.txt', '2026-01-05'], ['004_7a67eb502e32b0b8.txt', '2026-01-06']]) {
      await setDate(page, file, date);
    }
    await page.screenshot({ path: path.join(out, `articles-${scheme}.png`) });
    await page.click('#tab-timeline');
    await page.waitForSelector('.timeline');
    await page.screenshot({ path: path.join(out, `timeline-${scheme}.png`) });
    await page.locator('.tl-card', { hasText: 'I am asking this very question' }).click();
    await page.waitForSelector('.source-panel mark');
    await page.screenshot({ path: path.join(out, `source-${scheme}.png`) });
    await page.keyboard.press('Escape');
    await page.click('#tab-compare');
    await page.waitForSelector('.compare-view');
    await page.screenshot({ path: path.join(out, `compare-${scheme}.png`) });
    // Further down: the similarity heat map, who is quoted where, people and spellings.
    await page.locator('h2', { hasText: 'How alike the articles are' }).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10));
    await page.screenshot({ path: path.join(out, `compare-maps-${scheme}.png`) });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(out, `compare-phone-${scheme}.png`) });
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
