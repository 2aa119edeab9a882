'use strict';
/** Top self-time frames of a V8 .cpuprofile (node --cpu-prof): `node bench/profile-summary.js <file> [n]`. */
const fs = require('node:fs');
const path = require('node:path');

function summarise(file, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const frames = new Map();
  for (const [id, us] of self) {
    const { callFrame: f } = byId.get(id);
    const where = f.url ? `${f.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/')}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    frames.set(key, (frames.get(key) ?? 0) + us);
  }
  const rows = [...frames].sort((a, b) => b[1] - a[1]).slice(0, top).map(([frame, us]) => ({ frame, ms: us / 1000, share: us / total }));
  const text = rows.map((r) => `${(r.share * 100).toFixed(1).padStart(5)} %  ${r.ms.toFixed(0).padStart(7)} ms  ${r.frame}`).join('\n');
  return { file: path.basename(file), totalMs: total / 1000, top: rows, text };
}

if (require.main === module) {
  const [file, n] = process.argv.slice(2);
  console.log(summarise(file, Number(n ?? 25)).text);
}

module.exports = { summarise };
