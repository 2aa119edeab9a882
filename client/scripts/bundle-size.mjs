// Measures the initial JS bundle: the entry script of dist/index.html plus every chunk it loads
// before first render (modulepreload links and the entry's static imports, followed transitively).
// Prints the gzip total and fails the build when it exceeds the budget (issue 7: 250 KB gzip).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');

const start = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);

const seen = new Set();
const queue = [...start];
while (queue.length) {
  const url = queue.shift();
  if (seen.has(url)) continue;
  seen.add(url);
  const code = readFileSync(path.join(dist, url), 'utf8');
  // Static imports only (`import … from "./x.js"` / `import "./x.js"`); dynamic import() is lazy.
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    queue.push(path.posix.join(path.posix.dirname(url), m[1]));
  }
}

let total = 0;
const rows = [...seen].map((url) => {
  const code = readFileSync(path.join(dist, url));
  const gz = gzipSync(code, { level: 9 }).length;
  total += gz;
  return { url, raw: code.length, gz };
});
for (const r of rows.sort((a, b) => b.gz - a.gz)) {
  console.log(`${(r.gz / 1024).toFixed(1).padStart(7)} KB gzip ${(r.raw / 1024).toFixed(1).padStart(8)} KB  ${r.url}`);
}
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (${rows.length} files; budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) {
  console.error('initial JS bundle is over budget');
  process.exit(1);
}
