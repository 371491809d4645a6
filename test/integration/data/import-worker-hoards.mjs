// An import worker that says it is ready, then keeps 1 MB arrays until its heap
// limit stops it: what a file that needs too much memory looks like from the caller.
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ type: 'ready' });
const kept = [];
for (let k = 0; k < 100_000; k++) kept.push(new Array(128 * 1024).fill(k));
parentPort?.postMessage({ type: 'done', result: { ok: false, errors: [], errorCount: kept.length } });
