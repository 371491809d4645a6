import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('stops promptly when cancelled and leaves no file behind', async () => {
    const controller = new AbortController();
    const outPath = join(dir, 'cancelled.pdf');
    let after = 0;
    let cancelled = false;
    const job = runDocumentJob(
      { input: certificatesInput({ teams: manyTeams(75), which: 'participation' }), options, outPath },
      {
        signal: controller.signal,
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
    expect(after).toBe(0);
    // Let the terminated worker's clean-up run, then nothing of the job remains.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readdirSync(dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
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
