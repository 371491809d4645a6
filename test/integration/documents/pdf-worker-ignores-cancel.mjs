// A PDF worker that never looks at its cancel flag and never answers: what a
// worker stuck inside a page looks like from the caller's side.
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ type: 'progress', done: 1, total: 100 });
setInterval(() => {}, 1000);
