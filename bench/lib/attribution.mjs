// Where the bytes of a chunk come from: minified bytes per source package/folder, read from the
// chunk's (hidden) source map. Used to explain a bundle target miss. Gzip shares are the raw
// shares applied to the chunk's gzip size (an approximation: compression is not additive).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one mappings segment ("AAAA,CAAC") into numbers (base64 VLQ). */
function decodeSegment(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = VALUE.get(ch);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/** Groups a source path: a package name for node_modules, else the first two folders under src/. */
export function sourceGroup(source) {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (pkg) return pkg;
  const src = source.match(/(?:^|\/)src\/(.+)$/)?.[1];
  if (src) return `src/${src.split('/').slice(0, src.startsWith('features/') ? 2 : 1).join('/')}`;
  return source.replace(/^(\.\.\/)+/, '');
}

/** Minified bytes of `file` (in `dist`) per source group, from `file.map`. Null without a map. */
export function attribute(dist, file) {
  const mapPath = join(dist, `${file}.map`);
  if (!existsSync(mapPath)) return null;
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const code = readFileSync(join(dist, file), 'utf8').split('\n');
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = code[li] ?? '';
    let col = 0;
    let prev = null;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const [dcol, dsrc] = decodeSegment(seg);
      col += dcol;
      if (prev) bytes.set(prev.group, (bytes.get(prev.group) ?? 0) + (col - prev.col));
      if (dsrc !== undefined) source += dsrc;
      prev = dsrc === undefined ? { group: '(generated)', col } : { group: sourceGroup(map.sources[source] ?? '?'), col };
    }
    if (prev) bytes.set(prev.group, (bytes.get(prev.group) ?? 0) + (text.length - prev.col));
  });
  return bytes;
}

/** Per-group shares over several chunks, scaled to their summed gzip size. */
export function attributeFiles(dist, files, gzipTotal) {
  const total = new Map();
  let raw = 0;
  for (const f of files) {
    const parts = attribute(dist, f) ?? new Map([[`${f.split('/').pop()} (no map)`, readFileSync(join(dist, f)).length]]);
    for (const [g, n] of parts) { total.set(g, (total.get(g) ?? 0) + n); raw += n; }
  }
  return [...total.entries()]
    .map(([group, n]) => ({ group, raw: n, gzipApprox: Math.round((n / raw) * gzipTotal) }))
    .sort((a, b) => b.raw - a.raw);
}
