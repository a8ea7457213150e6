// Regenerates src/core/data/countries.tsv from the npm package world-countries (ODbL 1.0,
// https://github.com/mledoze/countries): one line per country with its common and
// official names, capitals, English demonyms and alternative spellings.
// Usage: node scripts/gen-gazetteer.mjs   (after npm ci)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const countries = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/world-countries/countries.json'), 'utf8'));
const clean = (xs) => [...new Set(xs.filter((x) => x && x.length > 2 && /^[\p{L} .'’-]+$/u.test(x)))];
const lines = [
  '# Countries: name<TAB>other names|…<TAB>capitals|…<TAB>demonyms|…',
  '# Derived from world-countries 5.1.0 (https://github.com/mledoze/countries), ODbL 1.0:',
  '# this derived database is available under the same licence. Regenerate with',
  '# `node scripts/gen-gazetteer.mjs`.',
];
for (const c of countries.sort((a, b) => a.name.common.localeCompare(b.name.common))) {
  const others = clean([c.name.official, ...(c.altSpellings ?? [])]).filter((x) => x !== c.name.common);
  const demonyms = clean([c.demonyms?.eng?.m, c.demonyms?.eng?.f]);
  lines.push([c.name.common, others.join('|'), clean(c.capital ?? []).join('|'), demonyms.join('|')].join('\t'));
}
fs.writeFileSync(path.join(root, 'src/core/data/countries.tsv'), lines.join('\n') + '\n');
console.log(`wrote ${countries.length} countries`);
