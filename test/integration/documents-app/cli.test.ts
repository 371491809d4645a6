/**
 * `npm run cli -- documents …` and `verify …` as an organiser runs them:
 * a child process over a real event file, through the worker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { planCertificates } from '../../../main/core/documents/certificate-plan';
import { buildCertificatesInput } from '../../../main/core/documents-app/certificate-input';
import { listIssued } from '../../../main/core/documents-app/verification-store';
import { loadDemoEvent } from '../../../main/core/event/demo';
import { readLockedResults } from '../../../main/core/results/lock-ops';
import { tempDir } from '../../support/temp';
import { pageCount, pdfPages, pdfText, qpdfCheck } from '../documents/pdf-tools';
import { DEMO_MEMBER_NAMES, scoreAndLock } from './demo-scores';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function cli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'main/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.replace(/^npm warn.*\n/gm, '') };
}

function demoFile(dir: string, lock: boolean): string {
  const path = join(dir, lock ? 'locked.sqlite' : 'demo.sqlite');
  const db = openDatabase(path);
  loadDemoEvent(db);
  if (lock) scoreAndLock(db);
  closeDatabase(db);
  return path;
}

describe('npm run cli -- documents', () => {
  it('renders every available kind of a locked event, prints the paths, and registers the codes', () => {
    const dir = tempDir('test');
    const event = demoFile(dir, true);
    const out = join(dir, 'pdf');
    const run = cli('documents', '--event', event, '--out', out, '--tz', 'Pacific/Tahiti');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const paths = run.stdout.trim().split('\n');
    expect(paths.map((p) => basename(p))).toEqual([
      'Attestations de participation - Hackathon Fenua Numérique 2026.pdf',
      'Certificats de distinction - Hackathon Fenua Numérique 2026.pdf',
      'Procès-verbal du jury - Hackathon Fenua Numérique 2026.pdf',
      'Grilles de notation - Hackathon Fenua Numérique 2026.pdf',
      'Ordre de passage - Hackathon Fenua Numérique 2026.pdf',
    ]);
    const bytes = paths.map((p) => new Uint8Array(readFileSync(p)));
    for (const pdf of bytes) expect(qpdfCheck(pdf)).toMatchObject({ ok: true });
    const [participation, awards, sheet] = bytes as [Uint8Array, Uint8Array, Uint8Array];
    expect(pageCount(participation)).toBe(DEMO_MEMBER_NAMES.length);
    pdfPages(participation).forEach((page, i) => {
      expect(page.split('\n')).toContain(DEMO_MEMBER_NAMES[i]);
    });

    const db = openDatabase(event);
    try {
      expect(pdfText(sheet).replace(/\s+/g, '')).toContain(readLockedResults(db)?.hash);
      const issued = listIssued(db);
      const expected = [
        ...planCertificates(buildCertificatesInput(db, 'participation')),
        ...planCertificates(buildCertificatesInput(db, 'awards')),
      ];
      expect(pageCount(awards)).toBe(expected.length - DEMO_MEMBER_NAMES.length);
      expect(issued.map((c) => c.code).sort()).toEqual(expected.map((c) => c.code).sort());
    } finally {
      closeDatabase(db);
    }

    // The organiser checks a printed code.
    const code = issued0(event);
    const verified = cli('verify', code.toLowerCase(), '--event', event);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`${code}: Issued by this event.`);
    expect(verified.stdout).toContain('Awarded to: Tāmaʻa Teriʻi');
    expect(verified.stdout).toContain('Participation certificate');
  });

  it('refuses the final sheet of unlocked results with the reason, and makes a marked draft on request', () => {
    const dir = tempDir('test');
    const event = demoFile(dir, false);
    const out = join(dir, 'pdf');
    const refused = cli('documents', '--event', event, '--out', out, '--kind', 'results');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('The final results sheet needs locked results.');
    const draft = cli('documents', '--event', event, '--out', out, '--kind', 'results', '--draft');
    expect(draft.status).toBe(0);
    const path = draft.stdout.trim();
    expect(basename(path)).toBe('Procès-verbal du jury (PROJET) - Hackathon Fenua Numérique 2026.pdf');
    expect(pdfText(new Uint8Array(readFileSync(path)))).toContain('PROJET');

    // A well-formed code from another event's key: not issued by this one.
    const foreign = planCertificates({
      ...buildDemoInput(event),
      verification: { eventKey: 'another-event', secret: 'another-secret' },
    })[0]?.code;
    const unknown = cli('verify', foreign ?? '', '--event', event);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(`The code ${foreign} was not issued by this event.`);
    expect(cli('documents', '--event', event, '--out', out, '--kind', 'posters').stderr).toContain(
      '--kind must be one of: certificates, results, forms, order',
    );
  });
});

function buildDemoInput(event: string) {
  const db = openDatabase(event, { readonly: true });
  try {
    return buildCertificatesInput(db, 'participation');
  } finally {
    closeDatabase(db);
  }
}

/** The first participation code of the event (Tāmaʻa Teriʻi's certificate). */
function issued0(event: string): string {
  const db = openDatabase(event, { readonly: true });
  try {
    return planCertificates(buildCertificatesInput(db, 'participation'))[0]?.code ?? '';
  } finally {
    closeDatabase(db);
  }
}
