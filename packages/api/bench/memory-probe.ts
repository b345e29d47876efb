import { existsSync, writeFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';

// Bench only, never part of the server: preloaded into our API's process by the benchmark
// (`node --expose-gc --import tsx --import ./bench/memory-probe.ts src/main.ts`). On SIGUSR2 it runs
// a full garbage collection and writes process.memoryUsage() as JSON to $MEMORY_PROBE_FILE, so the
// bench can read the heap that is still live (what a leak would grow), not the heap between
// collections. With $MEMORY_PROBE_SNAPSHOTS (a directory), a probe while the file
// `$MEMORY_PROBE_FILE.snapshot` exists also writes a heap snapshot there (the bench asks for one at
// the start and one at the end), to compare which constructors grow.
const file = process.env.MEMORY_PROBE_FILE;
const snapshots = process.env.MEMORY_PROBE_SNAPSHOTS;
const gc = (globalThis as { gc?: () => void }).gc;
if (!file || !gc) throw new Error('memory-probe needs MEMORY_PROBE_FILE and node --expose-gc');
let n = 0;
process.on('SIGUSR2', () => {
  gc();
  const m = process.memoryUsage();
  let snapshot: string | undefined;
  if (snapshots && existsSync(`${file}.snapshot`)) snapshot = writeHeapSnapshot(`${snapshots}/api-${process.pid}-${++n}.heapsnapshot`);
  writeFileSync(file, JSON.stringify({ at: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, snapshot }));
});
