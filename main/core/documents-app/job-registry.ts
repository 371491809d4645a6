/**
 * The app's document jobs: each one renders in its own worker thread
 * (`runDocumentJob`), never on the main process's event loop, reports
 * progress, can be cancelled, and leaves its PDF in the user-data folder
 * until the organiser saves, opens or prints it.
 *
 * One job at a time: on a two-core laptop that also drives the projector
 * timer, a second batch would only slow both down.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../common/domain';
import type { Db } from '../db/open';
// Module by module, not the engine's index: the main process must not load pdfkit (only the worker renders).
import { isDocumentError } from '../documents/errors';
import { runDocumentJob } from '../documents/run-document-job';
import { DomainError } from '../errors';
import { type JobFailure, jobFailure } from './document-errors';
import type { PreparedDocument } from './prepare';

export interface PdfRuntime {
  /** Folder of the Noto TTF files (outside the asar in the packaged app). */
  fontDir: string;
  /** The worker entry; `defaultWorkerUrl()` when absent. */
  workerUrl?: URL | string;
  /** Where finished PDFs wait, one sub-folder per job. */
  outputDir: string;
}

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobRecord {
  id: string;
  eventPath: string;
  request: PreparedDocument['request'];
  state: JobState;
  done: number;
  total: number;
  fileName: string;
  path: string | null;
  /** Worded on demand, in whatever language the UI has then. */
  failure: ((locale: Locale) => JobFailure) | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface JobHooks {
  runtime(): PdfRuntime;
  /** Throttled: at most once per whole percent. */
  onProgress(jobId: string, done: number, total: number): void;
  /** The job reached done, failed or cancelled. */
  onSettled(job: JobRecord): void;
}

/** Finished jobs kept (with their PDFs) per app run; older ones are forgotten and their files removed. */
export const KEPT_JOBS = 20;

export class DocumentJobs {
  private readonly jobs: JobRecord[] = [];
  private readonly controllers = new Map<string, AbortController>();
  private readonly settledPromises = new Map<string, Promise<JobRecord>>();
  private sweptStaleJobs = false;

  constructor(private readonly hooks: JobHooks) {}

  running(): JobRecord | undefined {
    return this.jobs.find((j) => j.state === 'running');
  }

  list(eventPath: string): JobRecord[] {
    return this.jobs.filter((j) => j.eventPath === eventPath);
  }

  get(id: string, eventPath?: string): JobRecord {
    const job = this.jobs.find((j) => j.id === id && (eventPath === undefined || j.eventPath === eventPath));
    if (!job) throw new DomainError('documents.jobNotFound');
    return job;
  }

  /** The finished PDF of a job, or a clear refusal while it is not ready. */
  finishedPath(id: string, eventPath: string): string {
    const job = this.get(id, eventPath);
    if (job.state !== 'done' || !job.path) throw new DomainError('documents.notReady');
    return job.path;
  }

  /** Resolves once the job has settled (for tests and scripted callers). */
  settled(id: string): Promise<JobRecord> {
    return this.settledPromises.get(id) ?? Promise.resolve(this.get(id));
  }

  start(prepared: PreparedDocument, session: { path: string; db: Db }): JobRecord {
    if (this.running()) throw new DomainError('documents.busy');
    const runtime = this.hooks.runtime();
    this.sweepStaleJobs(runtime.outputDir);
    const id = randomUUID();
    const dir = join(runtime.outputDir, id);
    mkdirSync(dir, { recursive: true });
    const outPath = join(dir, prepared.fileName);
    const job: JobRecord = {
      id,
      eventPath: session.path,
      request: prepared.request,
      state: 'running',
      done: 0,
      total: prepared.steps,
      fileName: prepared.fileName,
      path: null,
      failure: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    this.jobs.unshift(job);
    this.forgetOldJobs();
    const controller = new AbortController();
    this.controllers.set(id, controller);

    let lastPercent = -1;
    const onProgress = (done: number, total: number) => {
      job.done = done;
      job.total = total;
      const percent = Math.floor((done * 100) / Math.max(total, 1));
      if (percent !== lastPercent || done === total) {
        lastPercent = percent;
        this.hooks.onProgress(id, done, total);
      }
    };
    const run = runDocumentJob(
      { input: prepared.input, options: { fontDir: runtime.fontDir }, outPath },
      {
        signal: controller.signal,
        onProgress,
        ...(runtime.workerUrl ? { workerUrl: runtime.workerUrl } : {}),
      },
    )
      .then(() => {
        if (job.state !== 'running') return; // cancelled as it finished: the cancel wins
        // The register is written only once the PDF exists, into the file the job was made from.
        prepared.commit(session.db, new Date());
        job.path = outPath;
        job.done = job.total;
        job.state = 'done';
      })
      .catch((error: unknown) => {
        rmSync(dir, { recursive: true, force: true });
        if (job.state === 'cancelled') return;
        if (isDocumentError(error) && error.code === 'documents.cancelled') {
          job.state = 'cancelled';
          return;
        }
        job.state = 'failed';
        job.failure = failureOf(error, prepared);
      })
      .then(() => {
        job.finishedAt = new Date().toISOString();
        this.controllers.delete(id);
        this.hooks.onSettled(job);
        return job;
      });
    this.settledPromises.set(id, run);
    return job;
  }

  cancel(id: string, eventPath: string): JobRecord {
    const job = this.get(id, eventPath);
    if (job.state !== 'running') return job;
    job.state = 'cancelled';
    this.controllers.get(id)?.abort();
    return job;
  }

  /**
   * PDFs of an earlier run of the app were never saved by anyone who still
   * can (jobs live in memory): remove them once, before the first new job.
   * The app runs as a single instance, so no other process owns them.
   */
  private sweepStaleJobs(outputDir: string): void {
    if (this.sweptStaleJobs) return;
    this.sweptStaleJobs = true;
    let entries: string[] = [];
    try {
      entries = readdirSync(outputDir);
    } catch {
      return; // no folder yet
    }
    const known = new Set(this.jobs.map((j) => j.id));
    for (const entry of entries) {
      if (!known.has(entry)) rmSync(join(outputDir, entry), { recursive: true, force: true });
    }
  }

  private forgetOldJobs(): void {
    while (this.jobs.length > KEPT_JOBS) {
      const old = this.jobs.pop();
      if (!old) break;
      this.settledPromises.delete(old.id);
      if (old.path) rmSync(join(old.path, '..'), { recursive: true, force: true });
    }
  }
}

function failureOf(error: unknown, prepared: PreparedDocument): (locale: Locale) => JobFailure {
  if (isDocumentError(error)) return (locale) => jobFailure(error.detail, prepared.input, locale);
  if (error instanceof DomainError) return () => ({ code: error.code, params: error.params, details: [] });
  // The event file was closed (another event opened) before the codes could be recorded.
  const message = error instanceof Error ? error.message : String(error);
  if (/not open/i.test(message)) return () => ({ code: 'documents.eventClosed', params: {}, details: [] });
  return () => ({ code: 'documents.workerFailed', params: { message }, details: [] });
}
