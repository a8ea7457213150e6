// Browser tests: the built page (dist/) in headless Chromium, driven like a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openApp, dropFiles, sampleFiles, screenshotPath, loadExample, setDate } from './harness.mjs';

let server, context;
before(async () => { server = await serve(); context = await launch(); });
after(async () => { await context?.close(); await server?.close(); });

/** The text marked in the source panel (one passage, drawn in pieces around other marks). */
const markedText = async (page) => (await page.locator('.source-panel mark.statement-mark').allTextContents()).join('');

const titles = () => async (page) => page.$$eval('.article-card .title', (els) => els.map((e) => e.textContent));

test('dropping the five sample files lists them with titles and quotes', async () => {
  const page = await openApp(context, server.url);
  await dropFiles(page, sampleFiles());
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
  const got = await titles()(page);
  assert.equal(got.length, 5);
  assert.ok(got.includes('Zelensky Says Allies Have Yet to Offer Clear Security Guarantees for Ukraine'), got.join('\n'));
  assert.ok(got.includes('Zelenskyy’s Call for Guaranteed Security: A Turning Point for Ukraine?'), got.join('\n'));
  // The article with no headline gets a fallback that says so.
  assert.ok(got.some((t) => t.startsWith('President Volodymyr Volodymyr Zelenskyy') && t.includes('no headline found')), got.join('\n'));
  // Sections are detected.
  const sections = await page.$$eval('.article-card .section', (els) => els.map((e) => e.textContent));
  assert.deepEqual(sections.sort(), ['Breaking News', 'News', 'World', 'World Defense']);
  // A known quote is listed with its speaker.
  const quote = page.locator('.statement', { hasText: 'I am asking this very question to all our partners' });
  await assert.doesNotReject(quote.waitFor());
  assert.match(await quote.locator('.speaker').textContent(), /Zelensky/);
  const ms = Number(await page.getAttribute('.status', 'data-load-ms'));
  assert.ok(ms > 0, 'the page records how long the drop took to render');
  console.log(`# drop of 5 sample articles to rendered list: ${ms.toFixed(1)} ms`);
  await page.screenshot({ path: screenshotPath('samples-dropped.png'), fullPage: false });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('a binary file gets its own message and the other files still load', async () => {
  const page = await openApp(context, server.url);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
  const good = sampleFiles()[2];
  await dropFiles(page, [{ name: 'photo.png', bytes: png, type: 'image/png' }, good, { name: 'empty.txt', bytes: [] }]);
  await page.waitForSelector('.article-card');
  const errors = await page.$$eval('.error-message', (els) => els.map((e) => e.textContent));
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors[0], /^photo\.png: this is a PNG image, not an article/);
  assert.match(errors[1], /^empty\.txt: the file is empty/);
  assert.equal(await page.locator('.article-card').count(), 1);
  await page.screenshot({ path: screenshotPath('binary-dropped.png') });
  // Dismissing one message keeps the other and the article.
  await page.click('.error[data-file="photo.png"] .dismiss');
  assert.equal(await page.locator('.error').count(), 1);
  assert.equal(await page.locator('.article-card').count(), 1);
  await page.close();
});

test('the example story loads with one click, and dates can be edited', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  const card = page.locator('.article-card').first();
  assert.equal(await card.locator('.date-source').textContent(), 'unknown: set it');
  await card.locator('input[type=date]').fill('2026-01-07');
  await card.locator('input[type=date]').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('.article-card .date-source').textContent === 'set by you');
  assert.equal(await card.locator('input[type=date]').inputValue(), '2026-01-07');
  // Dropping the same files again is reported, not duplicated.
  await dropFiles(page, sampleFiles().slice(0, 1));
  await page.waitForSelector('.error');
  assert.match(await page.locator('.error-message').first().textContent(), /already loaded/);
  assert.equal(await page.locator('.article-card').count(), 5);
  await page.close();
});

test('pasted text becomes an article', async () => {
  const page = await openApp(context, server.url);
  await page.click('text=Paste text');
  await page.fill('#paste-text', 'Talks Resume in Geneva\n\n“We are ready to sign,” said Maria Lopez, the negotiator.\n');
  await page.click('text=Add this article');
  await page.waitForSelector('.article-card');
  assert.equal(await page.locator('.article-card .title').textContent(), 'Talks Resume in Geneva');
  assert.match(await page.locator('.statement .speaker').textContent(), /Maria Lopez/);
  await page.close();
});

test('the JSON export is the CLI schema', async () => {
  const page = await openApp(context, server.url);
  await dropFiles(page, sampleFiles());
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'parallax-analysis.json');
  const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.version, 1);
  assert.equal(doc.articles.length, 5);
  for (const key of ['id', 'file', 'title', 'section', 'byline', 'published', 'text']) {
    assert.ok(key in doc.articles[0], `articles[].${key}`);
  }
  const quote = doc.statements.find((s) => s.content.startsWith('I am asking this very question'));
  assert.equal(quote.speaker.text, 'Zelensky');
  const text = [...doc.articles.find((a) => a.id === quote.article).text];
  assert.ok(text.slice(quote.start, quote.end).join('').includes(quote.content), 'code point offsets');
  assert.ok(doc.discrepancies.some((d) => d.kind === 'role'), 'differences are exported');
  // The other exports: a CSV row per statement, a Markdown report, a TimelineJS document.
  const fetch = async (id) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return { name: d.suggestedFilename(), body: fs.readFileSync(await d.path(), 'utf8') };
  };
  const csv = await fetch('#export-csv');
  assert.equal(csv.name, 'parallax-statements.csv');
  const header = csv.body.split('\r\n')[0].split(',');
  assert.deepEqual(header.slice(0, 6), ['id', 'article', 'file', 'title', 'kind', 'speaker']);
  assert.ok(csv.body.includes('I am asking this very question'));
  const rows = csv.body.split('\r\n').filter((l) => /^a[0-9a-f]{12}\.s\d+,/.test(l));
  assert.equal(rows.length, doc.statements.length);
  const md = await fetch('#export-markdown');
  assert.equal(md.name, 'parallax-report.md');
  assert.match(md.body, /^# Parallax report/);
  assert.match(md.body, /## Where the articles differ[\s\S]*former U\.S\. President Donald Trump/);
  const tl = await fetch('#export-timelinejs');
  const timeline = JSON.parse(tl.body);
  assert.ok(Array.isArray(timeline.events) && timeline.title.text.headline);
  await page.close();
});

test('reported speech is not shown as a quotation', async () => {
  const page = await openApp(context, server.url);
  await dropFiles(page, sampleFiles().slice(2, 3));
  const reported = page.locator('.statement[data-kind="reported"]', { hasText: 'the document outlines political intent' });
  await reported.waitFor();
  const shown = await reported.locator('.reported-content').textContent();
  assert.ok(!shown.startsWith('“') && !shown.endsWith('”'), shown);
  assert.match(await reported.locator('.speaker').textContent(), /Officials familiar with the talks/);
  await page.close();
});

test('the timeline lists every statement in date order, switches lanes, filters and opens a source', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  // Date two articles (2026-01-07 is a Wednesday: "on Wednesday" in that article is that day).
  await setDate(page, '002_72a3ff669605c644.txt', '2026-01-07');
  await setDate(page, '001_e58eace3535698ab.txt', '2026-01-05');
  const total = Number((await page.textContent('.status')).match(/(\d+) statements/)[1]);
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline');
  // Every statement is on the timeline, once: a statement two articles report (Zelensky's
  // deadline, "7 to 10 days" / "a week to week-and-a-half") is one card with its count and
  // a link to the other article's version.
  const twice = page.locator('.tl-item', { has: page.locator('.tl-count') });
  assert.equal(await twice.count(), 1);
  assert.equal(await twice.locator('.tl-count').textContent(), 'reported by 2 articles');
  assert.equal(await page.locator('.tl-card').count() + await page.locator('.tl-also-link').count(), total);
  await twice.locator('.tl-also-link').click();
  await page.waitForSelector('.source-panel mark.statement-mark');
  assert.match(await markedText(page), /7 to 10 days|week-and-a-half/);
  await page.keyboard.press('Escape');
  // Rows in date order, undated last.
  const rows = await page.$$eval('.tl-row:not(.tl-head) .tl-date time', (els) => els.map((e) => e.getAttribute('datetime')));
  const dated = rows.filter((r) => r !== '');
  assert.deepEqual(dated, [...dated].sort(), rows.join(' '));
  assert.equal(rows.at(-1), '', 'undated statements come last');
  assert.ok(rows.includes('2025-09'), '"in September 2025 he declared:" is its own row');
  assert.match(await page.textContent('.tl-hint'), /undated/);
  // The statement said "on Wednesday" sits in the 2026-01-07 row and says so.
  const wed = page.locator('.tl-card', { hasText: 'he has repeatedly raised the issue' });
  assert.match(await wed.locator('.tl-when').textContent(), /Wednesday/);
  // Lanes: by speaker first (Zelensky has the most statements), then by article.
  const lanes = await page.$$eval('.tl-lane', (els) => els.map((e) => e.textContent));
  assert.match(lanes[0], /Zelensky/);
  await page.click('.segmented label:nth-of-type(2)');
  await page.waitForFunction(() => document.querySelectorAll('.tl-lane').length === 5);
  await page.click('.segmented label:nth-of-type(1)');
  // Filters: free text, then kind.
  await page.fill('#tl-search', 'military leverage');
  await page.waitForFunction(() => document.querySelectorAll('.tl-card').length === 1);
  await page.fill('#tl-search', '');
  await page.selectOption('#tl-kind', 'indirect');
  const kinds = await page.$$eval('.tl-card', (els) => [...new Set(els.map((e) => e.dataset.kind))]);
  assert.deepEqual(kinds, ['reported']);
  await page.selectOption('#tl-kind', 'all');
  // Open a statement's source: its article, with the statement marked.
  await page.locator('.tl-card', { hasText: 'I am asking this very question' }).click();
  const mark = page.locator('.source-panel mark.statement-mark');
  await assert.doesNotReject(mark.first().waitFor());
  assert.match(await markedText(page), /I am asking this very question/);
  assert.match(await page.textContent('#source-title'), /Zelensky Says Allies Have Yet/);
  await page.screenshot({ path: screenshotPath('timeline-source.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.source-panel').count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the comparison view shows the spelling and title differences with their evidence, and shared claims', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await page.click('#tab-compare');
  await page.waitForSelector('.compare-view');
  const role = page.locator('.discrepancy[data-kind="role"]');
  assert.equal(await role.count(), 1);
  assert.match(await role.locator('.note').textContent(), /Donald Trump is “President” in .* but “former U\.S\. President”/);
  const spelling = page.locator('.discrepancy[data-kind="name-spelling"]');
  const spellings = await spelling.locator('.evidence-text').allTextContents();
  assert.ok(spellings.includes('Zelensky') && spellings.includes('Zelenskyy'), spellings.join(', '));
  // The collective-defence claim is a row, with an empty cell for articles that lack it.
  const row = page.locator('.claims-row[data-claim]', { hasText: 'attack on one' });
  assert.equal(await row.locator('.claim-member').count(), 2);
  assert.equal(await row.locator('.claims-cell.absent').count(), 3);
  // Word-level differences are highlighted: "treated" in one, "considered" in the other.
  const diffs = (await row.locator('mark.word-diff').allTextContents()).join(' | ');
  assert.match(diffs, /treated/);
  assert.match(diffs, /considered/);
  // Heat maps: a 5 x 5 similarity matrix, and speakers by article with Zelensky's row.
  assert.equal(await page.locator('.heatmap').first().locator('.heat-cell').count(), 25);
  const zelensky = page.locator('.speakers-map .heat-row', { hasText: 'Zelensky' });
  assert.equal(await zelensky.count(), 1);
  assert.match(await page.locator('.compare-view').textContent(), /of \d+ statements are in no other article/);
  // Evidence opens its source, marked.
  await role.locator('.evidence-item').nth(1).click();
  const mark = page.locator('.source-panel mark.statement-mark');
  await assert.doesNotReject(mark.first().waitFor());
  assert.equal(await markedText(page), 'former U.S. President Donald Trump');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: screenshotPath('compare.png'), fullPage: true });
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the workspace survives a reload, and an unreadable saved workspace is set aside with a message', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await setDate(page, '002_72a3ff669605c644.txt', '2026-01-07');
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
  const restored = page.locator('.article-card').filter({ hasText: '002_72a3ff669605c644.txt' });
  assert.equal(await restored.locator('input[type=date]').inputValue(), '2026-01-07');
  assert.match(await restored.locator('.date-source').textContent(), /set by you/);
  await page.close();

  // A damaged saved workspace: the page starts empty, says so, and keeps the damaged copy.
  const broken = await openApp(context, server.url, async (p) => {
    await p.addInitScript(() => {
      if (!sessionStorage.getItem('e2e-planted')) {
        localStorage.setItem('parallax.workspace', '{"version": 1, "articles": [tru');
        sessionStorage.setItem('e2e-planted', '1');
      }
    });
  });
  const message = await broken.locator('.error-message').first().textContent();
  assert.match(message, /could not be read/);
  assert.equal(await broken.locator('.article-card').count(), 0);
  assert.equal(await broken.evaluate(() => localStorage.getItem('parallax.workspace.unreadable')), '{"version": 1, "articles": [tru');
  // Loading articles still works.
  await loadExample(broken);
  await broken.close();
});

test('a share link reopens the workspace in a fresh browser; a damaged link says so and changes nothing', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await setDate(page, '002_72a3ff669605c644.txt', '2026-01-07');
  await page.click('#share');
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /#w=1\.[A-Za-z0-9_-]+$/);
  assert.match(await page.textContent('.share-panel'), new RegExp(`${link.length} characters`));
  console.log(`# share link of the five sample articles: ${link.length} characters`);
  await page.close();

  // A fresh profile: nothing saved, everything comes from the link.
  const other = await launch();
  try {
    const fresh = await openApp(other, link);
    await fresh.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
    const restored = fresh.locator('.article-card').filter({ hasText: '002_72a3ff669605c644.txt' });
    assert.equal(await restored.locator('input[type=date]').inputValue(), '2026-01-07');
    const titles = await fresh.$$eval('.article-card .title', (els) => els.map((e) => e.textContent));
    assert.ok(titles.includes('Zelensky Says Allies Have Yet to Offer Clear Security Guarantees for Ukraine'));
    assert.equal(new URL(fresh.url()).hash, '', 'the fragment is cleared once opened');
    assert.deepEqual(fresh.jsErrors, []);
  } finally {
    await other.close();
  }

  // A damaged link over an open workspace: an error, and the workspace stays.
  const third = await openApp(context, server.url);
  await loadExample(third);
  await third.goto(link.slice(0, link.length - 40));
  await third.reload();
  await third.waitForSelector('.error-message');
  assert.match(await third.locator('.error-message').first().textContent(), /could not be opened: .*damaged or was cut short/);
  // The saved workspace is analysed again (in the worker) and all five articles are back.
  await third.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
  await third.waitForTimeout(200);
  assert.equal(await third.locator('.article-card').count(), 5);
  await third.close();
});

test('?src= loads articles from web addresses; a host that refuses and a bad address get their own messages', async () => {
  const other = await serve(); // another origin: it sends no CORS permission
  try {
    const dir = 'static/examples/security-guarantees';
    const url = `${server.url}?src=${dir}/002_72a3ff669605c644.txt&src=${encodeURIComponent(`${server.url}${dir}/003_7b25e7083ed971ed.txt`)}` +
      `&src=${encodeURIComponent(`${other.url}${dir}/000_95f3302524994cca.txt`)}&src=${encodeURIComponent('javascript:alert(1)')}`;
    const page = await openApp(context, url);
    await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 2);
    await page.waitForFunction(() => document.querySelectorAll('.error-message').length === 2);
    const errors = await page.$$eval('.error-message', (els) => els.map((e) => e.textContent));
    assert.ok(errors.some((e) => /did not let this page read the file.*CORS/.test(e)), errors.join('\n'));
    assert.ok(errors.some((e) => /only http and https addresses/.test(e)), errors.join('\n'));
    assert.deepEqual(page.jsErrors, []);
    // A reload keeps the two articles once (they are saved, and join quietly).
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 2);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.article-card').count(), 2);
    await page.close();
  } finally {
    await other.close();
  }
});

test('article content is only ever text: HTML and script payloads do not run', async () => {
  const page = await openApp(context, server.url);
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const txt = `World\n${payload} Headline Of The Day\n\n“We will not <b>run</b> ${payload},” Ana Ruiz said on Monday.\n`;
  const html = `<!DOCTYPE html><html><head><title>Talks ${payload}</title><meta name="author" content="${payload.replace(/"/g, '&quot;')}"></head><body><article><h1>Talks resume</h1>` +
    `<p>The talks resumed on Monday in Geneva, where the delegations met for the first time in months, officials said after the meeting ended late.</p>` +
    `<script>window.__xss=3</script><p onclick="window.__xss=4">“We are ready to sign the text as it stands,” the minister said, adding that details remained to be settled in the coming weeks by the teams.</p>` +
    `<a href="javascript:window.__xss=5">more</a></article></body></html>`;
  const enc = (s) => [...new TextEncoder().encode(s)];
  await dropFiles(page, [
    { name: `x${payload}.txt`, bytes: enc(txt) },
    { name: 'page.html', bytes: enc(html) },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 2);
  // The payload is shown as the characters it is made of.
  assert.ok((await page.textContent('.articles')).includes('<img src=x onerror="window.__xss=1">'));
  await page.click('#tab-timeline');
  await page.locator('.tl-card').first().click();
  await page.waitForSelector('.source-panel');
  await page.click('#tab-compare');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('.articles img, .source-panel img, .timeline-view img').count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('corrections: drop a false statement and reassign a speaker; they survive a reload and can be undone', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  const total = async () => Number((await page.textContent('.status')).match(/(\d+) statements/)[1]);
  const before = await total();
  // "military leverage" is a phrase the article quotes, not a statement: drop it.
  await page.locator('.statement', { hasText: 'military leverage' }).locator('.drop').click();
  await page.waitForFunction((n) => document.querySelector('.status').textContent.includes(`${n} statements`), before - 1);
  assert.equal(await page.locator('.statement', { hasText: 'military leverage' }).count(), 0);
  assert.match(await page.textContent('.dropped-note'), /1 statement removed by you/);
  // Give a reported statement another speaker.
  const reported = () => page.locator('.statement', { hasText: 'the document outlines political intent' });
  await reported().locator('.fix-speaker').click();
  await reported().locator('.speaker-form input').fill('Volodymyr Zelensky');
  await reported().locator('.speaker-form button[type=submit]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('.statement')].some((s) => s.textContent.includes('the document outlines') && s.textContent.includes('corrected by you')));
  assert.match(await reported().locator('.speaker').textContent(), /Volodymyr Zelensky/);
  // Both survive a reload.
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 5);
  assert.equal(await total(), before - 1);
  assert.match(await reported().locator('.speaker').textContent(), /Volodymyr Zelensky/);
  // The timeline follows: the statement is in Zelensky's lane now.
  await page.click('#tab-timeline');
  await page.selectOption('#tl-speaker', { label: await page.$eval('#tl-speaker option:nth-child(2)', (o) => o.textContent) });
  assert.ok((await page.textContent('.timeline')).includes('the document outlines political intent'));
  await page.click('#tab-articles');
  // Undo both.
  await reported().locator('.undo').click();
  await page.locator('.dropped-note .restore').click();
  await page.waitForFunction((n) => document.querySelector('.status').textContent.includes(`${n} statements`), before);
  assert.doesNotMatch(await reported().locator('.speaker').textContent(), /Zelensky/);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the page runs under its Content-Security-Policy without a violation', async () => {
  const page = await openApp(context, server.url);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  await loadExample(page);
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline');
  await page.click('#tab-compare');
  await page.waitForSelector('.compare-view');
  await page.click('#share');
  await page.waitForSelector('#share-link');
  assert.deepEqual(violations, []);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('after the first visit the page works offline: its server gone, it reopens and loads the example', async () => {
  // Its own server (another origin): stopping it must not disturb the other tests.
  const own = await serve();
  const page = await openApp(context, own.url);
  const cached = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('parallax-')));
    return { scope: registration.scope, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.scope, own.url);
  for (const f of ['/', '/index.html']) assert.ok(cached.files.includes(f), cached.files.join(' '));
  assert.ok(cached.files.some((f) => /^\/worker.*_bg\.wasm$/.test(f)), cached.files.join(' '));
  assert.ok(cached.files.some((f) => f.startsWith('/static/examples/security-guarantees/')), cached.files.join(' '));
  await own.close();
  const refused = await page.evaluate(() => fetch('./no-such-file').then(() => 'answered', () => 'refused'));
  assert.equal(refused, 'refused', 'the server is really gone');
  await page.reload();
  await page.waitForSelector('#drop-zone');
  await loadExample(page);
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline .tl-cell');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the comparison view shows a copied passage and a different figure for the same claim', async () => {
  const page = await openApp(context, server.url);
  const wire = 'The agency said the storm had knocked out power to more than 200,000 homes across the region and that crews from three neighbouring states were on their way to help restore it.';
  const filler = ['Heavy rain fell across the southern valleys overnight. Bread prices rose again in city bakeries. The national museum opened a large painting show.',
    'Local fishermen stayed home during rough seas. The old railway bridge reopened after long repairs. Primary schools closed early for winter holidays.'];
  const one = `Storm Hits Coast\n\n${filler[0]} ${wire}\n\nThe storm killed 12 people in the coastal town of Brendale, the civil protection agency said.\n`;
  const two = `Power Out for Thousands\n\n${filler[1]} ${wire}\n\nThe storm killed 15 people in the coastal town of Brendale, according to the civil protection agency.\n`;
  const enc = (t) => [...Buffer.from(t)];
  await dropFiles(page, [{ name: 'one.txt', bytes: enc(one) }, { name: 'two.txt', bytes: enc(two) }]);
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 2);
  await page.click('#tab-compare');
  await page.waitForSelector('.compare-view');
  const copied = page.locator('.copied-passage');
  assert.equal(await copied.count(), 1);
  assert.match(await copied.locator('.badge').textContent(), /^3\d words$/);
  assert.match(await copied.locator('.evidence-text').first().textContent(), /^The agency said the storm/);
  const number = page.locator('.discrepancy[data-kind="number"]');
  assert.equal(await number.count(), 1);
  assert.deepEqual(await number.locator('.evidence-text').allTextContents(), ['12 people', '15 people']);
  await number.locator('.evidence-item').first().click();
  assert.equal(await markedText(page), '12 people');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the article reader marks statements, speakers and times, with each time\'s date', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await setDate(page, '002_72a3ff669605c644.txt', '2026-01-07');
  await page.waitForFunction(() => [...document.querySelectorAll('.article-card .date-source')].some((e) => e.textContent === 'set by you'));
  await page.locator('.article-card').filter({ hasText: '002_72a3ff669605c644.txt' }).locator('.read').click();
  await page.waitForSelector('.source-panel');
  assert.equal(await page.textContent('.source-kicker'), 'Article');
  assert.ok(await page.locator('.source-text .in-statement').count() > 0);
  assert.ok(await page.locator('.source-text .speaker-mark').count() > 0);
  // "on Wednesday" in an article dated Wednesday 7 January 2026 is that day.
  const wednesday = page.locator('.source-text .timex-mark', { hasText: 'Wednesday' });
  await assert.doesNotReject(wednesday.first().waitFor());
  assert.equal(await wednesday.first().getAttribute('title'), '2026-01-07 (date)');
  await page.keyboard.press('Escape');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('an article\'s title and outlet can be edited; the edit survives a reload and names it everywhere', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  const card = page.locator('.article-card').filter({ hasText: '004_7a67eb502e32b0b8.txt' });
  assert.match(await card.locator('.title').textContent(), /no headline found/);
  await card.locator('.edit-meta').click();
  await card.locator('.meta-form input').nth(0).fill('Zelenskyy wants guarantees formalised within days');
  await card.locator('.meta-form input').nth(1).fill('Example Wire');
  await card.locator('.meta-form button[type=submit]').click();
  await page.waitForFunction(() => [...document.querySelectorAll('.article-card .title')].some((t) => t.textContent === 'Zelenskyy wants guarantees formalised within days'));
  assert.equal(await card.locator('.site').textContent(), 'Example Wire');
  await page.reload();
  await page.waitForFunction(() => [...document.querySelectorAll('.article-card .title')].some((t) => t.textContent === 'Zelenskyy wants guarantees formalised within days'));
  // The timeline names the article by its new title and outlet.
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline');
  assert.match(await page.textContent('.timeline'), /Example Wire: Zelenskyy wants guarantees/);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the timeline zooms out to weeks, months and years and back (buttons, keys, Ctrl+wheel), and drags to pan', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await setDate(page, '002_72a3ff669605c644.txt', '2026-01-07');
  await setDate(page, '001_e58eace3535698ab.txt', '2026-01-05');
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline');
  const rows = () => page.$$eval('.tl-row:not(.tl-head) .tl-date time', (els) => els.map((e) => e.getAttribute('datetime')));
  const cards = () => page.locator('.tl-card').count();
  const before = await cards();
  assert.ok((await rows()).includes('2026-01-07'));
  await page.click('#tl-zoom-out');
  await page.waitForFunction(() => document.querySelector('#tl-scale').textContent === 'weeks');
  assert.ok((await rows()).includes('2026-W02'), (await rows()).join(' '));
  assert.ok(!(await rows()).includes('2026-01-07'));
  assert.equal(await cards(), before, 'zooming hides no statement');
  await page.focus('.timeline');
  await page.keyboard.press('-');
  await page.waitForFunction(() => document.querySelector('#tl-scale').textContent === 'months');
  assert.ok((await rows()).includes('2026-01'));
  await page.keyboard.press('-');
  await page.waitForFunction(() => document.querySelector('#tl-scale').textContent === 'years');
  assert.equal(await page.locator('#tl-zoom-out').isDisabled(), true);
  await page.keyboard.press('+');
  await page.waitForFunction(() => document.querySelector('#tl-scale').textContent === 'months');
  // Ctrl and the wheel zoom in.
  const box = await page.locator('.timeline').boundingBox();
  await page.mouse.move(box.x + 50, box.y + 50);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.querySelector('#tl-scale').textContent === 'weeks');
  // Dragging the background pans the lanes sideways (the phone-width grid overflows).
  await page.setViewportSize({ width: 500, height: 800 });
  const grid = page.locator('.timeline');
  const scrollable = await grid.evaluate((g) => g.scrollWidth > g.clientWidth);
  assert.ok(scrollable, 'five lanes overflow a phone-width screen');
  // Grab the band between two dates (no card there) and pull it to the left.
  const band = page.locator('.tl-gap').first();
  await band.scrollIntoViewIfNeeded();
  const at = await band.boundingBox();
  await page.mouse.move(at.x + 400, at.y + at.height / 2);
  await page.mouse.down();
  await page.mouse.move(at.x + 100, at.y + at.height / 2, { steps: 5 });
  await page.mouse.up();
  assert.ok(await grid.evaluate((g) => g.scrollLeft) > 0, 'dragging moved the lanes');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('people: a spelling split off becomes someone else, two people joined become one; both survive a reload and can be undone', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await page.click('#tab-compare');
  await page.waitForSelector('.compare-view');
  assert.equal(await page.locator('.discrepancy[data-kind="name-spelling"]').count(), 1);
  const zelensky = page.locator('.person', { has: page.locator('.person-name', { hasText: /^Volodymyr Zelensky$/ }) });
  await zelensky.locator('.spelling', { hasText: /^Zelenskyy/ }).locator('.split').click();
  // Two people now: no spelling difference between them, and a person named with the other spelling.
  await page.waitForFunction(() => document.querySelectorAll('.discrepancy[data-kind="name-spelling"]').length === 0);
  await page.waitForSelector('.person-name:text-is("Volodymyr Zelenskyy")');
  assert.match(await page.textContent('.entity-fixes'), /You split “Zelenskyy” off/);
  // Join Sergei Lavrov into Donald Trump (a test of the control, not of the story).
  const lavrov = page.locator('.person', { has: page.locator('.person-name', { hasText: /^Sergei Lavrov$/ }) });
  await lavrov.locator('select').selectOption('Donald Trump');
  await page.waitForFunction(() => ![...document.querySelectorAll('.person-name')].some((n) => n.textContent === 'Sergei Lavrov'));
  assert.match(await page.textContent('.entity-fixes'), /You joined Sergei Lavrov into Donald Trump/);
  // Both survive a reload (which reopens the Compare tab).
  await page.reload();
  await page.waitForSelector('.entity-fixes');
  // (The join makes "Lavrov" a spelling of Donald Trump: that is reported, Zelensky is not.)
  const notes = await page.locator('.discrepancy[data-kind="name-spelling"] .note').allTextContents();
  assert.ok(!notes.some((n) => /Zelensky/.test(n)), notes.join('\n'));
  assert.ok(notes.some((n) => /Lavrov/.test(n)), notes.join('\n'));
  // Undo both.
  await page.locator('.undo-merge').click();
  await page.waitForSelector('.person-name:text-is("Sergei Lavrov")');
  await page.locator('.undo-split').click();
  await page.waitForFunction(() => document.querySelectorAll('.discrepancy[data-kind="name-spelling"]').length === 1);
  assert.match(await page.textContent('.discrepancy[data-kind="name-spelling"] .note'), /Zelensky/);
  assert.equal(await page.locator('.entity-fixes').count(), 0);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('the timeline filters statements about an entity; the tab, lanes, zoom and filters come back after a reload', async () => {
  const page = await openApp(context, server.url);
  await loadExample(page);
  await page.click('#tab-timeline');
  await page.waitForSelector('.timeline');
  const all = await page.locator('.tl-card').count();
  await page.selectOption('#tl-about', { label: 'Russia' });
  await page.waitForFunction((all) => document.querySelectorAll('.tl-card').length < all, all);
  const about = await page.$$eval('.tl-card .tl-content', (els) => els.map((e) => e.textContent));
  assert.ok(about.length > 0);
  assert.ok(about.every((t) => /Russia|Moscow|Kremlin|Russian/i.test(t)), about.join('\n'));
  await page.click('.segmented label:nth-of-type(2)');
  await page.click('#tl-zoom-out');
  await page.reload();
  await page.waitForSelector('.timeline');
  assert.equal(await page.getAttribute('#tab-timeline', 'aria-selected'), 'true');
  assert.equal(await page.textContent('#tl-scale'), 'weeks');
  assert.equal(await page.locator('#tl-about option:checked').textContent(), 'Russia');
  assert.equal(await page.locator('.segmented input[value=article]').isChecked(), true);
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});

test('a drop of many files shows how far the reading has got', async () => {
  const page = await openApp(context, server.url);
  const files = Array.from({ length: 60 }, (_, i) => ({ name: `n${i}.txt`, bytes: [...Buffer.from(`Note ${i}\n\n“Item ${i} is ready,” Ana Ruiz said on Monday.\n`)] }));
  const seen = page.waitForSelector('#read-progress', { timeout: 10_000 });
  await dropFiles(page, files);
  await assert.doesNotReject(seen);
  await page.waitForFunction(() => Number(document.querySelector('.status').dataset.articles) === 60);
  assert.equal(await page.locator('#read-progress').count(), 0, 'the bar goes once the files are read');
  assert.deepEqual(page.jsErrors, []);
  await page.close();
});
