// A backup worker that loads, says it is ready, then dies before answering:
// what a crash inside the check looks like from the caller's side.
import { parentPort } from 'node:worker_threads';

parentPort?.postMessage({ type: 'ready' });
process.exit(3);
