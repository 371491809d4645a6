/**
 * node:worker_threads as the built app sees it under the double: the same
 * module, with Worker recording the file it starts and the font folder its
 * job carries (scenarios assert both exist), then starting the real worker.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as threads from 'node:worker_threads';

export interface WorkerUse {
  file: string;
  exists: boolean;
  fontDir: string | null;
  fontDirExists: boolean | null;
}

const uses: WorkerUse[] = [];
(globalThis as { __pitchJuryWorkers?: WorkerUse[] }).__pitchJuryWorkers = uses;

export class Worker extends threads.Worker {
  constructor(filename: string | URL, options?: threads.WorkerOptions) {
    const file =
      filename instanceof URL || String(filename).startsWith('file:')
        ? fileURLToPath(filename)
        : String(filename);
    // A PDF job travels as { job, cancelFlag } (main/core/documents/worker-protocol.ts).
    const data = options?.workerData as { job?: { options?: { fontDir?: unknown } } } | undefined;
    const jobFontDir = data?.job?.options?.fontDir;
    const fontDir = typeof jobFontDir === 'string' ? jobFontDir : null;
    uses.push({
      file,
      exists: existsSync(file),
      fontDir,
      fontDirExists: fontDir === null ? null : existsSync(fontDir),
    });
    super(filename, options);
  }
}

export const { isMainThread, parentPort, workerData, MessageChannel, MessagePort, threadId } = threads;
export default { ...threads, Worker };
