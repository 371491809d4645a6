/**
 * The worker as the app ships it: out/main/pdf-worker.js from
 * `npx electron-vite build` (npm test builds before vitest), fed with the
 * demo event's documents exactly as the handlers prepare them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDocumentJob } from '../../../main/core/documents/run-document-job';
import { prepareDocument } from '../../../main/core/documents-app/prepare';
import { repositoryFontDir } from '../../../main/core/documents-app/runtime';
import { readLockedResults } from '../../../main/core/results/lock-ops';
import { flat, pageCount, pdfPages, pdfText, qpdfCheck } from '../documents/pdf-tools';
import { DEMO_MEMBER_NAMES, demoApp, scoreAndLock } from './demo-event';

const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', 'out', 'main', 'pdf-worker.js');
const now = new Date('2026-11-27T06:00:00.000Z');

beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) {
    throw new Error(
      `${BUILT_WORKER} is missing: run \`npx electron-vite build\` first (npm test builds before vitest).`,
    );
  }
});

async function renderBuilt(input: Parameters<typeof runDocumentJob>[0]['input']): Promise<Uint8Array> {
  const progress: number[] = [];
  const bytes = await runDocumentJob(
    { input, options: { fontDir: repositoryFontDir() } },
    { workerUrl: pathToFileURL(BUILT_WORKER), onProgress: (done) => progress.push(done) },
  );
  expect(progress.length).toBeGreaterThan(0);
  expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
  return bytes;
}

describe('the built worker (out/main/pdf-worker.js)', () => {
  it('renders the demo’s participation certificates with every Tahitian name byte for byte', async () => {
    const { db } = await demoApp();
    const { input } = prepareDocument(db, { kind: 'certificates', which: 'participation' }, { now });
    const bytes = await renderBuilt(input);
    expect(pageCount(bytes)).toBe(DEMO_MEMBER_NAMES.length);
    const lines = pdfPages(bytes).map((page) => page.split('\n'));
    DEMO_MEMBER_NAMES.forEach((name, i) => {
      expect(lines[i]).toContain(name);
    });
    for (const name of ['Tāmaʻa Teriʻi', 'Hinatea Raʻiātea', 'Teva Maraeʻura', 'Heimana Āriʻi'])
      expect(Buffer.from(pdfText(bytes)).includes(Buffer.from(name, 'utf8'))).toBe(true);
  });

  it('renders the final results sheet carrying the locked results’ SHA-256, the forms and the running order', async () => {
    const { db } = await demoApp();
    scoreAndLock(db);
    const hash = readLockedResults(db)?.hash;
    const sheet = await renderBuilt(prepareDocument(db, { kind: 'results' }, { now }).input);
    expect(pdfText(sheet).replace(/\s+/g, '')).toContain(hash);

    const forms = await renderBuilt(prepareDocument(db, { kind: 'forms' }, { now }).input);
    expect(pageCount(forms)).toBe(5);
    expect(flat(pdfText(forms))).toContain('Vaitiare Ōpūnui');

    const order = await renderBuilt(
      prepareDocument(db, { kind: 'order' }, { now, timeZone: 'Pacific/Tahiti' }).input,
    );
    expect(flat(pdfText(order))).toContain('14 h 00 – 14 h 08 Vai Ora');
  });
});
