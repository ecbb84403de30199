// A heap snapshot over CDP, summed by V8 node type (code, object, closure, string, array, …):
// enough to tell compiled code and caches from retained app objects.
export async function heapByType(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const iType = fields.indexOf('type');
  const iSize = fields.indexOf('self_size');
  const out = {};
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = String(types[snap.nodes[i + iType]]).replace(/^(concatenated|sliced) string$/, 'string');
    out[type] = (out[type] ?? 0) + snap.nodes[i + iSize];
  }
  return out;
}

/** After minus before, per type, largest change first. */
export function heapDiff(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .map((type) => ({ type, before: before[type] ?? 0, after: after[type] ?? 0, delta: (after[type] ?? 0) - (before[type] ?? 0) }))
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}
