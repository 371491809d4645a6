/**
 * The documents calls through the real dispatcher, worker thread and temp
 * event files: what the organiser does from the Documents page.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallName, CallOutput, CallResult } from '../../../common/contract';
import type { DocumentJobView } from '../../../common/contract/documents';
import { planCertificates } from '../../../main/core/documents';
import { buildCertificatesInput } from '../../../main/core/documents-app/certificate-input';
import { readLockedResults } from '../../../main/core/results/lock-ops';
import { flat, pageCount, pdfPages, pdfText, qpdfCheck } from '../documents/pdf-tools';
import { DEMO_MEMBER_NAMES, demoApp, scoreAndLock, type TestApp } from './demo-event';

async function ok<N extends CallName>(app: TestApp, name: N, input: unknown): Promise<CallOutput<N>> {
  const result = (await app.invoke(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) expect.fail(`${name} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function refused(app: TestApp, name: CallName, input: unknown) {
  const result = await app.invoke(name, input);
  if (result.ok) expect.fail(`${name} should have been refused`);
  return result.error;
}

/** Starts a job and waits for it through the registry the handlers use. */
async function generate(app: TestApp, input: unknown): Promise<DocumentJobView> {
  const started = await ok(app, 'documents.generate', input);
  await app.services.jobs.settled(started.id);
  const jobs = await ok(app, 'documents.jobs', {});
  const job = jobs.find((j) => j.id === started.id);
  if (!job) throw new Error('job vanished');
  return job;
}

const pdf = (job: DocumentJobView) => new Uint8Array(readFileSync(job.path ?? ''));

describe('participation certificates from the Documents page', () => {
  it('render in the worker with progress, give back every name byte for byte, and register every code', async () => {
    const app = await demoApp();
    await ok(app, 'signatories.create', { name: 'Vaitiare Ōpūnui', title: 'Fondatrice', signature: null });
    app.emitted.length = 0;
    const job = await generate(app, { kind: 'certificates', which: 'participation' });

    expect(job).toMatchObject({
      state: 'done',
      kind: 'certificates',
      which: 'participation',
      done: DEMO_MEMBER_NAMES.length,
      total: DEMO_MEMBER_NAMES.length,
      fileName: 'Attestations de participation - Hackathon Fenua Numérique 2026.pdf',
      error: null,
    });
    expect(job.path).toBe(join(app.dir, 'documents', job.id, job.fileName));
    const progress = app.emitted.filter((e) => e.name === 'documents.progress').map((e) => e.payload);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({
      jobId: job.id,
      done: DEMO_MEMBER_NAMES.length,
      total: DEMO_MEMBER_NAMES.length,
    });
    expect(
      app.emitted.some(
        (e) => e.name === 'event.changed' && 'scopes' in e.payload && e.payload.scopes.includes('documents'),
      ),
    ).toBe(true);

    const bytes = pdf(job);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    expect(pageCount(bytes)).toBe(DEMO_MEMBER_NAMES.length);
    const pages = pdfPages(bytes);
    const planned = planCertificates(buildCertificatesInput(app.db, 'participation'));
    DEMO_MEMBER_NAMES.forEach((name, i) => {
      // Byte for byte: the ʻokina U+02BB and the precomposed macrons come back unchanged.
      expect(pages[i]?.split('\n')).toContain(name);
      expect(pages[i]).toContain(planned[i]?.code);
      expect(pages[i]).toContain('Vaitiare Ōpūnui');
    });
    expect(pdfText(bytes)).toContain('Tāmaʻa Teriʻi');

    // Every printed code is in the event file's register.
    for (const cert of planned) {
      const answer = await ok(app, 'documents.verify', { code: cert.code.toLowerCase().replace('-', ' ') });
      expect(answer).toMatchObject({
        status: 'issued',
        certificate: {
          code: cert.code,
          recipient: cert.recipient,
          kind: 'participation',
          teamName: cert.teamName,
        },
      });
    }
  });

  it('saves a copy where the organiser chooses, and hands the PDF to the viewer and the printer', async () => {
    const app = await demoApp();
    const job = await generate(app, { kind: 'forms' });
    expect(job.fileName).toBe('Grilles de notation - Hackathon Fenua Numérique 2026.pdf');
    expect(await ok(app, 'documents.save', { jobId: job.id })).toBeNull(); // dialog cancelled
    const target = join(app.dir, 'grilles.pdf');
    app.ctx.options.platform.pickPdfDestination = async (suggested) => {
      expect(suggested).toBe(job.fileName);
      return target;
    };
    expect(await ok(app, 'documents.save', { jobId: job.id })).toEqual({ path: target });
    expect(readFileSync(target).equals(readFileSync(job.path ?? ''))).toBe(true);
    expect(await ok(app, 'documents.open', { jobId: job.id })).toEqual({ path: job.path });
    expect(await ok(app, 'documents.print', { jobId: job.id })).toEqual({ path: job.path });
    expect(app.pdfCalls).toEqual({ opened: [job.path], printed: [job.path] });
    expect((await refused(app, 'documents.open', { jobId: 'no-such-job' })).code).toBe(
      'documents.jobNotFound',
    );
  });

  it('clears the PDFs an earlier run of the app left behind, once, before its first job', async () => {
    const app = await demoApp();
    const stale = join(app.dir, 'documents', 'job-from-yesterday');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'Ordre de passage.pdf'), 'old');
    const first = await generate(app, { kind: 'order' });
    expect(existsSync(stale)).toBe(false);
    const second = await generate(app, { kind: 'forms' });
    expect(existsSync(first.path ?? '')).toBe(true);
    expect(existsSync(second.path ?? '')).toBe(true);
  });

  it('refuses a second batch while one runs, and cancels without leaving a file or a code', async () => {
    const app = await demoApp();
    const started = await ok(app, 'documents.generate', { kind: 'certificates' });
    const busy = await refused(app, 'documents.generate', { kind: 'order' });
    expect(busy.message).toBe(
      'Un document est déjà en cours de création\u00a0: attendez la fin ou annulez-le.',
    );
    expect((await refused(app, 'documents.open', { jobId: started.id })).code).toBe('documents.notReady');
    const cancelled = await ok(app, 'documents.cancel', { jobId: started.id });
    expect(cancelled.state).toBe('cancelled');
    const settled = await app.services.jobs.settled(started.id);
    expect(settled.state).toBe('cancelled');
    expect(existsSync(join(app.dir, 'documents', started.id))).toBe(false);
    const code = planCertificates(buildCertificatesInput(app.db, 'participation'))[0]?.code ?? '';
    expect(await ok(app, 'documents.verify', { code })).toEqual({ status: 'notIssued', code });
    // And the next batch may start.
    expect((await generate(app, { kind: 'order' })).state).toBe('done');
  });

  it('names the person whose name the fonts cannot print, in the UI language', async () => {
    const app = await demoApp();
    const setup = await ok(app, 'setup.get', {});
    const team = setup.teams[1];
    if (!team) throw new Error('demo changed');
    await ok(app, 'teams.update', {
      id: team.id,
      name: team.name,
      projectTitle: team.projectTitle,
      members: [
        ...team.members.map(({ name, email }) => ({ name, email })),
        { name: 'Wang 王小明', email: null },
      ],
    });
    const job = await generate(app, { kind: 'certificates' });
    expect(job.state).toBe('failed');
    expect(job.path).toBeNull();
    expect(job.error?.code).toBe('documents.unsupportedCharacter');
    expect(job.error?.details).toEqual([
      'Le membre «\u00a0Wang 王小明\u00a0» de l’équipe «\u00a0Taote Connect\u00a0» contient «\u00a0王\u00a0» (U+738B).',
    ]);
    app.ctx.settings.setUiLocale('en');
    const [english] = await ok(app, 'documents.jobs', {});
    expect(english?.error?.details).toEqual([
      'The member “Wang 王小明” of team “Taote Connect” contains “王” (U+738B).',
    ]);
  });
});

describe('results sheet from the Documents page', () => {
  it('refuses the final sheet before the lock with a clear message and offers a marked draft', async () => {
    const app = await demoApp();
    const refusal = await refused(app, 'documents.generate', { kind: 'results' });
    expect(refusal.code).toBe('documents.resultsNotLocked');
    expect(refusal.message).toContain('Le procès-verbal définitif exige des résultats verrouillés.');
    const draft = await generate(app, { kind: 'results', draft: true });
    expect(draft).toMatchObject({ state: 'done', draft: true });
    expect(draft.fileName).toBe('Procès-verbal du jury (PROJET) - Hackathon Fenua Numérique 2026.pdf');
    const text = flat(pdfText(pdf(draft)));
    expect(text).toContain('PROJET — résultats non verrouillés');
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });

  it('prints on the final sheet the SHA-256 of the locked results', async () => {
    const app = await demoApp();
    scoreAndLock(app.db);
    const hash = readLockedResults(app.db)?.hash ?? '';
    const job = await generate(app, { kind: 'results' });
    expect(job).toMatchObject({
      state: 'done',
      draft: false,
      fileName: 'Procès-verbal du jury - Hackathon Fenua Numérique 2026.pdf',
    });
    const bytes = pdf(job);
    expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
    const printed = [
      ...pdfText(bytes)
        .replace(/\s+/g, '')
        .matchAll(/[0-9a-f]{64}/g),
    ].map((m) => m[0]);
    expect(printed.length).toBeGreaterThan(0);
    expect(new Set(printed)).toEqual(new Set([hash]));
    const text = flat(pdfText(bytes));
    for (const name of ['Sophie Tetuanui', 'Vaitiare Ōpūnui', 'Rahiti Tāuira', 'Fare Pūai', 'Ārea Data'])
      expect(text).toContain(name);
    expect(text).toContain('Coup de cœur du jury');
  });

  it('prints award certificates for the winners once locked, each code verifiable', async () => {
    const app = await demoApp();
    scoreAndLock(app.db);
    const job = await generate(app, { kind: 'certificates', which: 'awards' });
    const planned = planCertificates(buildCertificatesInput(app.db, 'awards'));
    expect(job).toMatchObject({ state: 'done', total: planned.length });
    const bytes = pdf(job);
    expect(pageCount(bytes)).toBe(planned.length);
    const pages = pdfPages(bytes).map(flat);
    planned.forEach((cert, i) => {
      expect(pages[i]).toContain(cert.recipient);
      expect(pages[i]).toContain(cert.award ?? '?');
    });
    const last = planned.at(-1);
    expect(await ok(app, 'documents.verify', { code: last?.code ?? '' })).toMatchObject({
      status: 'issued',
      certificate: { kind: 'award', award: 'Coup de cœur du jury' },
    });
  });
});
