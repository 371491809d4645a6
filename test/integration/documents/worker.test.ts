import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCertificates } from '../../../main/core/documents/certificate-plan';
import { DocumentError } from '../../../main/core/documents/errors';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { runDocumentJob } from '../../../main/core/documents/run-document-job';
import { pageCount, pdfText, qpdfCheck } from './pdf-tools';
import { certificatesInput, manyTeams } from './sample-inputs';

const options = { fontDir: defaultFontDir() };
const dir = mkdtempSync(join(tmpdir(), 'pj-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runDocumentJob (worker thread)', () => {
  it('renders a batch in the worker, reporting progress for every certificate', async () => {
    const input = certificatesInput({ teams: manyTeams(10), which: 'participation' });
    const progress: [number, number][] = [];
    const bytes = await runDocumentJob(
      { input, options },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    expect(pageCount(bytes)).toBe(40);
    expect(progress).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, 40]));
    expect(pdfText(bytes, 1)).toContain(planCertificates(input)[0]?.recipient);
  });

  it('writes the file itself when the job names one', async () => {
    const outPath = join(dir, 'Attestations.pdf');
    const result = await runDocumentJob({ input: certificatesInput({ which: 'awards' }), options, outPath });
    expect(result).toEqual({ path: outPath });
    const bytes = new Uint8Array(readFileSync(outPath));
    expect(pdfText(bytes)).toContain('Tāmaʻa Teriʻi');
    expect(existsSync(`${outPath}.part`)).toBe(false);
  });

  it('stops cooperatively when cancelled: the worker ends its document and says so, nothing is terminated, no file is left', async () => {
    const controller = new AbortController();
    const outPath = join(dir, 'cancelled.pdf');
    let after = 0;
    let cancelled = false;
    const endings: string[] = [];
    let graceStarted = 0;
    const graceExpired = 0;
    let graceStopped = 0;
    const job = runDocumentJob(
      { input: certificatesInput({ teams: manyTeams(75), which: 'participation' }), options, outPath },
      {
        signal: controller.signal,
        // A grace clock that never runs out by itself: only the worker's own stop can end this job.
        graceTimer: () => {
          graceStarted++;
          return () => {
            graceStopped++;
          };
        },
        onCancelSettled: (how) => endings.push(how),
        onProgress: (done) => {
          if (cancelled) after++;
          if (done === 5) {
            cancelled = true;
            controller.abort();
          }
        },
      },
    );
    const error = await job.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe('documents.cancelled');
    expect(endings).toEqual(['cooperative']);
    expect([graceStarted, graceStopped, graceExpired]).toEqual([1, 1, 0]);
    expect(after).toBe(0);
    // The job settles only once the worker stopped and its partial file is removed.
    expect(readdirSync(dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });

  it('terminates a worker that does not stop by itself, as a last resort after the grace period', async () => {
    const controller = new AbortController();
    const endings: string[] = [];
    const job = runDocumentJob(
      { input: certificatesInput(), options },
      {
        signal: controller.signal,
        workerUrl: resolve(import.meta.dirname, 'pdf-worker-ignores-cancel.mjs'),
        // The grace period "runs out" at once: no test waits on real time.
        graceTimer: (_ms, onExpiry) => {
          onExpiry();
          return () => {};
        },
        onCancelSettled: (how) => endings.push(how),
        onProgress: () => controller.abort(),
      },
    );
    const error = await job.catch((e: unknown) => e);
    expect((error as DocumentError).code).toBe('documents.cancelled');
    expect(endings).toEqual(['terminated']);
  });

  it('refuses to start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await runDocumentJob(
      { input: certificatesInput(), options },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    expect((error as DocumentError).code).toBe('documents.cancelled');
  });

  it('brings typed errors back from the worker', async () => {
    const input = certificatesInput({
      signatories: [{ name: 'Moana 😀', title: 'Présidente', signature: null }],
    });
    const error = await runDocumentJob({ input, options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).detail).toEqual({
      code: 'documents.unsupportedCharacter',
      problems: [{ field: 'signatories[0].name', value: 'Moana 😀', character: '😀', codePoint: 'U+1F600' }],
    });
  });
});
