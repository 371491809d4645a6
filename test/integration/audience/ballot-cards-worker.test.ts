/**
 * The ballot cards render in the PDF worker, like every other document: the
 * audience page's call goes through the app's worker entry (a missing worker
 * fails the call and saves nothing, where a render on the main thread would
 * not even notice), and the worker's PDF is the engine's, byte for byte.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBallotCards } from '../../../main/core/documents/ballot-cards';
import { runDocumentJob } from '../../../main/core/documents/run-document-job';
import { repositoryFontDir } from '../../../main/core/documents-app/runtime';
import { lanApp } from '../lan/lan-app';
import { ok, refused } from '../scoring/fixture';

const CREATED_AT = '2026-12-07T19:00:00.000Z';
const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', 'out', 'main', 'pdf-worker.js');

describe('ballot cards in the PDF worker', () => {
  it('the audience page’s call renders through the app’s worker entry', async () => {
    const lan = await lanApp();
    const pdfPath = join(lan.app.dir, 'bulletins.pdf');
    lan.app.ctx.options.platform.pickPdfDestination = async () => pdfPath;
    const { ballots } = await ok(lan.app, 'audience.createBallots', { count: 3 });
    const cards = ballots.map(({ ballotId, token, code }) => ({ ballotId, token, code }));

    // The app's worker entry is missing: the call is refused in words, and no file is saved.
    const missing = pathToFileURL(resolve(lan.app.dir, 'no-such-pdf-worker.mjs'));
    lan.app.ctx.options.platform.pdfRuntime = () => ({ fontDir: repositoryFontDir(), workerUrl: missing });
    const refusal = await refused(lan.app, 'audience.saveBallotCards', { ballots: cards, locale: 'fr' });
    expect(refusal.code).toBe('documents.workerFailed');
    expect(refusal.message).toMatch(/^Le document n’a pas pu être créé/);
    expect(existsSync(pdfPath)).toBe(false);

    // The default worker entry: the cards print.
    lan.app.ctx.options.platform.pdfRuntime = () => ({ fontDir: repositoryFontDir() });
    expect(await ok(lan.app, 'audience.saveBallotCards', { ballots: cards, locale: 'fr' })).toEqual({
      path: pdfPath,
    });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the worker’s PDF is the engine’s, byte for byte, with its progress', async () => {
    const input = {
      eventName: 'Pitch Day Papeete · Tāmaʻa Teriʻi',
      locale: 'fr' as const,
      cards: Array.from({ length: 13 }, (_, i) => ({
        number: i + 1,
        code: `ABCDE-${String(10000 + i)}`,
        address: 'http://192.168.1.10:8080',
        url: `http://192.168.1.10:8080#/ballot/token-${i}`,
      })),
    };
    const options = { fontDir: repositoryFontDir(), createdAt: CREATED_AT };
    const engine = Buffer.from(await renderBallotCards(input, options));
    // The worker from source (as tests and the CLI run it), then as the app ships it (`npx electron-vite build`).
    for (const workerUrl of [undefined, pathToFileURL(BUILT_WORKER)]) {
      if (workerUrl && !existsSync(BUILT_WORKER))
        throw new Error(
          `${BUILT_WORKER} is missing: run \`npx electron-vite build\` first (npm test builds before vitest).`,
        );
      const progress: [number, number][] = [];
      const fromWorker = await runDocumentJob(
        { input: { kind: 'ballotCards', ...input }, options },
        { ...(workerUrl ? { workerUrl } : {}), onProgress: (done, total) => progress.push([done, total]) },
      );
      expect(Buffer.from(fromWorker).equals(engine), String(workerUrl ?? 'worker.ts')).toBe(true);
      expect(progress).toEqual([[1, 1]]);
    }
  });
});
