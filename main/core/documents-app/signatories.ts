/**
 * The people who sign the certificates, in print order (left to right).
 * A signature image is optional: without one the certificate leaves room
 * for a handwritten signature.
 */
import { MAX_SIGNATORIES, type SignatoryDraft, type SignatoryView } from '../../../common/contract/documents';
import type { ImageAsset } from '../../../common/domain';
import type { Db } from '../db/open';
import { oneOfOrNull, type RowOf, rowShape, selectAll, selectOne } from '../db/rows';
import { DomainError, type FieldIssue } from '../errors';
import { nameIssues } from '../event/validate';

const Row = rowShape({
  id: 'num',
  name: 'text',
  title: 'text',
  signature_mime: oneOfOrNull(['image/png', 'image/jpeg']),
  signature_base64: 'text?',
  position: 'num',
});
type Row = RowOf<typeof Row>;

const toView = (r: Row): SignatoryView => ({
  id: r.id,
  name: r.name,
  title: r.title,
  signature:
    r.signature_mime && r.signature_base64
      ? { mime: r.signature_mime, dataBase64: r.signature_base64 }
      : null,
  position: r.position,
});

export function listSignatories(db: Db): SignatoryView[] {
  return selectAll(db, Row, 'SELECT * FROM signatory ORDER BY position, id').map(toView);
}

/** Checks the magic bytes: a renamed text file must be refused here, not break a 300-page batch. */
export function looksLikeImage(image: ImageAsset): boolean {
  const head = Buffer.from(image.dataBase64.slice(0, 16), 'base64');
  if (image.mime === 'image/png') return head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return head[0] === 0xff && head[1] === 0xd8;
}

function validate(draft: SignatoryDraft): { name: string; title: string } {
  const name = draft.name.normalize('NFC').trim();
  const title = draft.title.normalize('NFC').trim();
  const issues: FieldIssue[] = [];
  issues.push(...nameIssues(['name'], draft.name));
  if (draft.signature && !looksLikeImage(draft.signature))
    issues.push({ path: ['signature'], code: 'documents.signatureImage' });
  const first = issues[0];
  if (first) throw new DomainError(first.code, first.params ?? {}, issues);
  return { name, title };
}

export function createSignatory(db: Db, draft: SignatoryDraft): SignatoryView[] {
  const { name, title } = validate(draft);
  return db.transaction(() => {
    const { n, next } = selectOne(
      db,
      rowShape({ n: 'num', next: 'num' }),
      'SELECT count(*) AS n, COALESCE(MAX(position) + 1, 0) AS next FROM signatory',
    );
    if (n >= MAX_SIGNATORIES) throw new DomainError('documents.tooManySignatories', { max: MAX_SIGNATORIES });
    db.prepare(
      'INSERT INTO signatory (name, title, signature_mime, signature_base64, position) VALUES (?, ?, ?, ?, ?)',
    ).run(name, title, draft.signature?.mime ?? null, draft.signature?.dataBase64 ?? null, next);
    return listSignatories(db);
  })();
}

export function updateSignatory(db: Db, id: number, draft: SignatoryDraft): SignatoryView[] {
  const { name, title } = validate(draft);
  const { changes } = db
    .prepare(
      'UPDATE signatory SET name = ?, title = ?, signature_mime = ?, signature_base64 = ? WHERE id = ?',
    )
    .run(name, title, draft.signature?.mime ?? null, draft.signature?.dataBase64 ?? null, id);
  if (changes === 0) throw new DomainError('error.notFound');
  return listSignatories(db);
}

export function deleteSignatory(db: Db, id: number): SignatoryView[] {
  const { changes } = db.prepare('DELETE FROM signatory WHERE id = ?').run(id);
  if (changes === 0) throw new DomainError('error.notFound');
  return listSignatories(db);
}

/** The new order must name every signatory once; a stale list is refused rather than losing one. */
export function reorderSignatories(db: Db, ids: readonly number[]): SignatoryView[] {
  return db.transaction(() => {
    const current = listSignatories(db).map((s) => s.id);
    const same =
      current.length === ids.length &&
      new Set(ids).size === ids.length &&
      ids.every((i) => current.includes(i));
    if (!same) throw new DomainError('error.notFound');
    const update = db.prepare('UPDATE signatory SET position = ? WHERE id = ?');
    for (const [index, signatoryId] of ids.entries()) update.run(index, signatoryId);
    return listSignatories(db);
  })();
}
