/**
 * Worker-thread entry (built as out/main/pdf-worker.js): renders the job
 * passed as workerData, reports progress, hands the bytes back without
 * copying, or writes the file itself when the job names one.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { renderBallotCards } from './ballot-cards';
import { DocumentError } from './errors';
import { renderLoginCards } from './login-cards';
import { type ProgressHook, renderDocument } from './render';
import type { RenderOptions } from './types';
import type { WorkerJob } from './worker-job';
import { cancelRequested, type WorkerJobData, type WorkerMessage } from './worker-protocol';

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** A documents-page kind through the engine's one entry point; a sheet of cards in one step. */
async function render(
  input: WorkerJob['input'],
  options: RenderOptions,
  onProgress: ProgressHook,
  cancelled: () => boolean,
): Promise<Uint8Array> {
  if (input.kind !== 'ballotCards' && input.kind !== 'loginCards')
    return renderDocument(input, options, onProgress, cancelled);
  const bytes =
    input.kind === 'ballotCards'
      ? await renderBallotCards(input, options)
      : await renderLoginCards(input, options);
  onProgress(1, 1);
  return bytes;
}

async function run(job: WorkerJob, cancelFlag: SharedArrayBuffer): Promise<void> {
  const cancelled = () => cancelRequested(cancelFlag);
  try {
    const bytes = await render(
      job.input,
      job.options,
      (done, total) => post({ type: 'progress', done, total }),
      cancelled,
    );
    if (cancelled()) {
      post({ type: 'cancelled' });
      return;
    }
    if (job.outPath) {
      // Written beside the target and renamed, so a cancelled or failed job never leaves half a PDF.
      const partial = `${job.outPath}.part`;
      await writeFile(partial, bytes);
      if (cancelled()) {
        await rm(partial, { force: true });
        post({ type: 'cancelled' });
        return;
      }
      await rename(partial, job.outPath);
      post({ type: 'written', path: job.outPath });
      return;
    }
    const exact =
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.buffer instanceof ArrayBuffer
        ? bytes
        : bytes.slice();
    post({ type: 'rendered', bytes: exact }, [exact.buffer as ArrayBuffer]);
  } catch (error) {
    if (error instanceof DocumentError && error.detail.code === 'documents.cancelled') {
      post({ type: 'cancelled' });
      return;
    }
    const detail =
      error instanceof DocumentError
        ? error.detail
        : {
            code: 'documents.workerFailed' as const,
            message: error instanceof Error ? error.message : String(error),
          };
    post({ type: 'failed', error: detail });
  }
}

/**
 * Rendering is background work: when the laptop's cores are busy, the main
 * process (IPC, the projector timer's state) must be scheduled first. On
 * Linux the nice value belongs to the thread, so this lowers only this
 * worker; elsewhere it would lower the whole app, so it is left alone.
 */
function yieldCpuToTheApp(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not permitted in some sandboxes: rendering at normal priority is still correct.
  }
}

yieldCpuToTheApp();
const data = workerData as WorkerJobData;
void run(data.job, data.cancelFlag);
