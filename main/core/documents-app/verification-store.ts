/**
 * The event's certificate verification: its key (event uid + the secret
 * generated once by migration 004) and the register of issued codes.
 * Verification reads the register only, so a code stays valid after a team
 * is renamed (the paper still says the old name) and a code never printed
 * by this event is never "recognised" by recomputation.
 */
import { randomBytes } from 'node:crypto';
import type { CertificateFacts, VerificationView } from '../../../common/contract/documents';
import type { Db } from '../db/open';
import { oneOf, type RowOf, rowShape, selectAll, selectMaybe } from '../db/rows';
import type { VerificationKey } from '../documents/types';
import { type IssuedCertificate, normalizeCode, verifyCertificateCode } from '../documents/verification-code';
import { readEventUid } from '../event/event-info';

/**
 * The key of the open event. A file whose key row went missing (an old JSON
 * import) gets a new secret once; a read-only file without one cannot issue codes.
 */
export function readVerificationKey(db: Db): VerificationKey {
  const read = () =>
    selectMaybe(db, rowShape({ secret: 'text' }), 'SELECT secret FROM certificate_key WHERE id = 1');
  let row = read();
  if (!row) {
    db.prepare('INSERT OR IGNORE INTO certificate_key (id, secret, created_at) VALUES (1, ?, ?)').run(
      randomBytes(32).toString('hex'),
      new Date().toISOString(),
    );
    row = read();
  }
  if (!row) throw new Error('certificate_key missing');
  return { eventKey: readEventUid(db), secret: row.secret };
}

const Row = rowShape({
  code: 'text',
  kind: oneOf(['participation', 'award']),
  recipient_kind: oneOf(['member', 'team']),
  recipient: 'text',
  team_name: 'text',
  project_title: 'text',
  award: 'text?',
  event_name: 'text',
  start_date: 'text',
  end_date: 'text',
  issued_at: 'text',
});
type Row = RowOf<typeof Row>;

const toFacts = (r: Row): CertificateFacts => ({
  code: r.code,
  kind: r.kind,
  recipientKind: r.recipient_kind,
  recipient: r.recipient,
  teamName: r.team_name,
  projectTitle: r.project_title,
  award: r.award,
  eventName: r.event_name,
  startDate: r.start_date,
  endDate: r.end_date,
  issuedAt: r.issued_at,
});

/** Adds the batch's codes to the register; codes already there keep their first issue date. */
export function recordIssued(db: Db, certificates: readonly IssuedCertificate[], issuedAt: string): number {
  const insert = db.prepare(
    `INSERT INTO issued_certificate (code, kind, recipient_kind, recipient, team_name, project_title, award,
       event_name, start_date, end_date, issued_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
  );
  return db.transaction(() => {
    let added = 0;
    for (const c of certificates) {
      added += insert.run(
        c.code,
        c.kind,
        c.recipientKind,
        c.recipient,
        c.teamName,
        c.projectTitle,
        c.award,
        c.eventName,
        c.startDate,
        c.endDate,
        issuedAt,
      ).changes;
    }
    return added;
  })();
}

export function listIssued(db: Db): CertificateFacts[] {
  return selectAll(db, Row, 'SELECT * FROM issued_certificate ORDER BY issued_at, code').map(toFacts);
}

/** Whether `typed` (any case, spaces, O for 0…) was issued by this event, and what it certifies. */
export function verifyIssuedCode(db: Db, typed: string): VerificationView {
  const code = normalizeCode(typed);
  const rows = code
    ? selectAll(db, Row, 'SELECT * FROM issued_certificate WHERE code = ?', code).map(toFacts)
    : [];
  const result = verifyCertificateCode(typed, { issued: rows });
  if (result.status !== 'issued') return result;
  const facts = rows.find((c) => c.code === result.certificate.code);
  return facts
    ? { status: 'issued', certificate: facts }
    : { status: 'notIssued', code: result.certificate.code };
}
