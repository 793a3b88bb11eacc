// SPDX-License-Identifier: EPL-2.0
// Times fountain-js parsing a Fountain file, warm, for comparison with Backlot's Fountain importer
// (docs/performance.md, "Script import").
// README: npm ci && node compare.mjs SCRIPT.fountain [RUNS]
//   Write SCRIPT.fountain with `backlot cli bench-import --out DIR` (DIR/script.fountain). Each figure warms up
//   (at least 5 runs and 2 s), then runs RUNS times (default 50) and prints the median and the fastest in ms:
//   parse() (tokens and HTML, the library's entry point) and Lexer.tokenize() (tokens only, what Backlot's
//   importer does: elements, no HTML). Times include nothing but the call; the file is read once.
import { readFileSync } from 'node:fs';
import { Fountain, Lexer } from 'fountain-js';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node compare.mjs SCRIPT.fountain [RUNS]');
  process.exit(2);
}
const runs = Math.max(1, Number.parseInt(runsArg ?? '50', 10) || 50);
const text = readFileSync(file, 'utf8');

function time(step) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < 10000 && (i < 5 || process.hrtime.bigint() - start < 2_000_000_000n); i++) {
    step();
  }
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    step();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const n = ms.length;
  const median = n % 2 ? ms[(n - 1) / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  return { median, min: ms[0] };
}

const tokens = new Fountain().parse(text, true).tokens;
const count = (type) => tokens.filter((t) => t.type === type).length;
const parse = time(() => new Fountain().parse(text, true));
const tokenize = time(() => Lexer.tokenize(text));
const version = JSON.parse(readFileSync(new URL('./node_modules/fountain-js/package.json', import.meta.url), 'utf8')).version;
console.log(`fountain-js ${version}, node ${process.version}: ${file}, ${text.length} characters, ` +
  `${count('scene_heading')} headings, ${count('character')} cues, ${count('dialogue')} dialogue, ${count('action')} action`);
console.log(`parse()          median ${parse.median.toFixed(2)} ms, min ${parse.min.toFixed(2)} ms (${runs} warm runs)`);
console.log(`Lexer.tokenize() median ${tokenize.median.toFixed(2)} ms, min ${tokenize.min.toFixed(2)} ms (${runs} warm runs)`);
