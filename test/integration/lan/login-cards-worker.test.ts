/**
 * The juror login cards render in the PDF worker, like the ballot cards and
 * every other document: the network page's call goes through the app's
 * worker entry (a missing worker fails the call in words and saves nothing,
 * where a render on the main thread would not even notice), and the worker's
 * PDF is the engine's, byte for byte.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderLoginCards } from '../../../main/core/documents/login-cards';
import { runDocumentJob } from '../../../main/core/documents/run-document-job';
import { repositoryFontDir } from '../../../main/core/documents-app/runtime';
import { ok, refused } from '../scoring/fixture';
import { lanApp } from './lan-app';

const CREATED_AT = '2026-12-07T19:00:00.000Z';
const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', 'out', 'main', 'pdf-worker.js');

describe('juror login cards in the PDF worker', () => {
  it('the network page’s call renders through the app’s worker entry', async () => {
    const lan = await lanApp();
    const pdfPath = join(lan.app.dir, 'cartes.pdf');
    lan.app.ctx.options.platform.pickPdfDestination = async () => pdfPath;
    const { logins } = await ok(lan.app, 'lan.issueJurorLogins', { jurorIds: lan.jurorIds });
    const cards = logins.map(({ credentialId, token, pin }) => ({ credentialId, token, pin }));

    const missing = pathToFileURL(resolve(lan.app.dir, 'no-such-pdf-worker.mjs'));
    lan.app.ctx.options.platform.pdfRuntime = () => ({ fontDir: repositoryFontDir(), workerUrl: missing });
    const refusal = await refused(lan.app, 'lan.saveLoginCards', { logins: cards, locale: 'fr' });
    expect(refusal.code).toBe('documents.workerFailed');
    expect(refusal.message).toMatch(/^Le document n’a pas pu être créé/);
    expect(existsSync(pdfPath)).toBe(false);

    lan.app.ctx.options.platform.pdfRuntime = () => ({ fontDir: repositoryFontDir() });
    expect(await ok(lan.app, 'lan.saveLoginCards', { logins: cards, locale: 'fr' })).toEqual({
      path: pdfPath,
    });
  });

  it('the worker’s PDF is the engine’s, byte for byte, from source and as built', async () => {
    const input = {
      eventName: 'Pitch Day Papeete · Tāmaʻa Teriʻi',
      locale: 'fr' as const,
      cards: Array.from({ length: 9 }, (_, i) => ({
        name: `Hinatea Raʻiātea ${i + 1}`,
        code: `ABCDE-${String(10000 + i)}`,
        pin: i % 2 === 0 ? '123456' : null,
        address: 'http://192.168.1.10:8080',
        url: `http://192.168.1.10:8080#/j/token-${i}`,
      })),
    };
    const options = { fontDir: repositoryFontDir(), createdAt: CREATED_AT };
    const engine = Buffer.from(await renderLoginCards(input, options));
    for (const workerUrl of [undefined, pathToFileURL(BUILT_WORKER)]) {
      if (workerUrl && !existsSync(BUILT_WORKER))
        throw new Error(
          `${BUILT_WORKER} is missing: run \`npx electron-vite build\` first (npm test builds before vitest).`,
        );
      const fromWorker = await runDocumentJob(
        { input: { kind: 'loginCards', ...input }, options },
        workerUrl ? { workerUrl } : {},
      );
      expect(Buffer.from(fromWorker).equals(engine), String(workerUrl ?? 'worker.ts')).toBe(true);
    }
  });
});
