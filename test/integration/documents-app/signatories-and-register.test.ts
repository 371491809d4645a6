import { describe, expect, it } from 'vitest';
import type { CallName, CallOutput, CallResult } from '../../../common/contract';
import { certificateCode } from '../../../main/core/documents';
import { recordIssued } from '../../../main/core/documents-app/verification-store';
import { SIGNATURE_PNG } from '../documents/sample-inputs';
import { demoApp, type TestApp } from './demo-event';

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

const png = { mime: 'image/png', dataBase64: Buffer.from(SIGNATURE_PNG).toString('base64') } as const;

describe('signatories', () => {
  it('are added, edited, reordered and removed, each change announced to every window', async () => {
    const app = await demoApp();
    expect(await ok(app, 'signatories.list', {})).toEqual([]);
    app.emitted.length = 0;
    await ok(app, 'signatories.create', { name: ' Moana Teriʻitehau ', title: 'Directrice', signature: png });
    const list = await ok(app, 'signatories.create', {
      name: 'Sophie Tetuanui',
      title: 'Présidente du jury',
      signature: null,
    });
    expect(list.map((s) => [s.name, s.title, s.signature?.mime ?? null])).toEqual([
      ['Moana Teriʻitehau', 'Directrice', 'image/png'],
      ['Sophie Tetuanui', 'Présidente du jury', null],
    ]);
    expect(app.emitted.filter((e) => e.name === 'event.changed')).toHaveLength(2);
    const [first, second] = list;
    if (!first || !second) throw new Error('missing');
    const reordered = await ok(app, 'signatories.reorder', { ids: [second.id, first.id] });
    expect(reordered.map((s) => s.name)).toEqual(['Sophie Tetuanui', 'Moana Teriʻitehau']);
    const edited = await ok(app, 'signatories.update', {
      id: first.id,
      name: 'Moana T.',
      title: '',
      signature: null,
    });
    expect(edited.find((s) => s.id === first.id)).toMatchObject({ name: 'Moana T.', signature: null });
    expect(await ok(app, 'signatories.delete', { id: second.id })).toHaveLength(1);
    expect(await ok(app, 'documents.overview', {})).toMatchObject({ signatories: 1 });
  });

  it('refuse a missing name, a file that is not an image, a stale order and a fifth signatory', async () => {
    const app = await demoApp();
    const blank = await refused(app, 'signatories.create', { name: '  ', title: '', signature: null });
    expect(blank.issues).toEqual([
      expect.objectContaining({ path: ['name'], code: 'validation.nameRequired' }),
    ]);
    const fake = { mime: 'image/png', dataBase64: Buffer.from('not a png').toString('base64') };
    const image = await refused(app, 'signatories.create', { name: 'A', title: '', signature: fake });
    expect(image.issues?.[0]).toMatchObject({
      path: ['signature'],
      message: 'La signature doit être une image PNG ou JPEG de moins de 2 Mo.',
    });
    for (const name of ['A', 'B', 'C', 'D'])
      await ok(app, 'signatories.create', { name, title: '', signature: null });
    const fifth = await refused(app, 'signatories.create', { name: 'E', title: '', signature: null });
    expect(fifth.message).toBe('Une attestation a de la place pour 4 signataires au plus.');
    const ids = (await ok(app, 'signatories.list', {})).map((s) => s.id);
    expect((await refused(app, 'signatories.reorder', { ids: ids.slice(1) })).code).toBe('error.notFound');
    expect((await refused(app, 'signatories.delete', { id: 999 })).code).toBe('error.notFound');
  });
});

describe('the register of issued certificates', () => {
  const certificate = {
    code: '',
    kind: 'participation' as const,
    recipientKind: 'member' as const,
    recipient: 'Tāmaʻa Teriʻi',
    teamName: 'Vai Ora',
    projectTitle: 'Eau',
    award: null,
    eventName: 'Hackathon Fenua Numérique 2026',
    startDate: '2026-11-27',
    endDate: '2026-11-27',
  };

  it('answers issued, not issued, typo and malformed, and cannot be edited', async () => {
    const app = await demoApp();
    // A real code with a valid check symbol, registered directly.
    const code = certificateCode({ eventKey: 'e', secret: 's' }, certificate);
    recordIssued(app.db, [{ ...certificate, code }], '2026-11-27T05:00:00.000Z');
    recordIssued(app.db, [{ ...certificate, code }], '2026-11-28T05:00:00.000Z'); // reprinted: first date kept
    expect(await ok(app, 'documents.verify', { code: ` ${code.toLowerCase()} ` })).toEqual({
      status: 'issued',
      certificate: { ...certificate, code, issuedAt: '2026-11-27T05:00:00.000Z' },
    });
    const other = certificateCode(
      { eventKey: 'e', secret: 's' },
      { ...certificate, recipient: 'Someone else' },
    );
    expect(await ok(app, 'documents.verify', { code: other })).toEqual({ status: 'notIssued', code: other });
    // Swap two neighbouring symbols: the check symbol catches it before any lookup.
    const swapped = `${code[1]}${code[0]}${code.slice(2)}`;
    expect(swapped).not.toBe(code);
    expect(await ok(app, 'documents.verify', { code: swapped })).toEqual({ status: 'checksumMismatch' });
    expect(await ok(app, 'documents.verify', { code: 'hello' })).toEqual({ status: 'malformed' });
    expect(() => app.db.prepare('DELETE FROM issued_certificate').run()).toThrow(/append-only/);
    expect(() => app.db.prepare("UPDATE issued_certificate SET recipient = 'X'").run()).toThrow(
      /append-only/,
    );
  });
});
