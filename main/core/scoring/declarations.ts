/**
 * Declarations of interest (issue 16). Before scoring, each juror declares
 * their links with the teams, on the laptop's juror form or on their phone;
 * "no link" is a declaration too. The chair may record one from a paper form
 * (the chair is then the actor in the log). Each declaration is appended,
 * time-stamped, to its own hash chain (declaration-chain.ts); a juror's latest
 * one is their current declaration.
 *
 * A declared link recuses the juror for that team through the one recusal
 * mechanism (recusals.ts), so the sheet rules, progress, the ranking and the
 * documents treat it exactly like a recusal the chair records. What differs:
 * - it is backed by a hashed, time-stamped entry of the log, which the
 *   verifier checks, and the recusal row points at it (declaration_seq);
 * - a later declaration never lifts it: a juror cannot un-declare a link to
 *   score that team after all. Only the chair can clear the recusal
 *   (recusals.clear), and the log still shows the link was declared.
 * A sheet already started for that team (draft or submitted) stays in the
 * score log, which is append-only, but no longer counts: the ranking and the
 * progress leave recused pairs out, and the sheet cannot be written any more.
 * The answer lists those teams so the page can say so.
 *
 * When the chair requires declarations, `assertMayScore` refuses a sheet
 * write for a juror who has not declared; juror-sheets.ts calls it once for
 * every path (window, phone, the chair's paper grid).
 */
import { nameProblem } from '../../../common/name-rules';
import type { Db } from '../db/open';
import { DomainError, type FieldIssue } from '../errors';
import { getJuror, listJurors } from '../event/jurors';
import { isResultsLocked } from '../lock/lock-state';
import {
  appendDeclaration,
  type DeclaredLink,
  linksJson,
  type StoredDeclaration,
  verifyDeclarationRows,
} from './declaration-chain';
import { recuseForDeclaredLink } from './recusals';

export type { DeclaredLink } from './declaration-chain';

export const MAX_LINK_DETAIL = 300;

export interface DeclarationView {
  seq: number;
  atUtc: string;
  actor: string;
  /** True when the chair recorded it (a paper form). */
  byChair: boolean;
  /** Empty: the juror declared no link with any team. */
  links: DeclaredLink[];
}

export interface DeclarationOverview {
  required: boolean;
  /** Every juror in setup order, with their current declaration or null. */
  jurors: { jurorId: number; name: string; declaration: DeclarationView | null }[];
}

export interface DeclareResult {
  declaration: DeclarationView;
  /** Teams now declared for which this juror had already started a sheet: it no longer counts. */
  startedSheetTeamIds: number[];
}

const SELECT = `SELECT seq, juror_id AS jurorId, links_json AS linksJson, actor, at_utc AS atUtc,
                       prev_hash AS prevHash, hash FROM interest_declaration`;

function toView(d: StoredDeclaration): DeclarationView {
  return {
    seq: d.seq,
    atUtc: d.atUtc,
    actor: d.actor,
    byChair: d.actor === 'chair',
    links: JSON.parse(d.linksJson) as DeclaredLink[],
  };
}

export function isDeclarationRequired(db: Db): boolean {
  const row = db.prepare('SELECT required FROM declaration_settings WHERE id = 1').get() as
    | { required: number }
    | undefined;
  return row?.required === 1;
}

export function setDeclarationRequired(db: Db, required: boolean, atUtc: string): void {
  db.prepare('UPDATE declaration_settings SET required = ?, updated_at = ? WHERE id = 1').run(
    required ? 1 : 0,
    atUtc,
  );
}

/** Every declaration ever made, in log order. */
export function readDeclarationLog(db: Db): StoredDeclaration[] {
  return db.prepare(`${SELECT} ORDER BY seq`).all() as StoredDeclaration[];
}

/** Each juror's latest declaration. */
export function currentDeclarations(db: Db): Map<number, DeclarationView> {
  const rows = db
    .prepare(`${SELECT} WHERE seq IN (SELECT MAX(seq) FROM interest_declaration GROUP BY juror_id)`)
    .all() as StoredDeclaration[];
  return new Map(rows.map((d) => [d.jurorId, toView(d)]));
}

export function currentDeclaration(db: Db, jurorId: number): DeclarationView | null {
  const row = db.prepare(`${SELECT} WHERE juror_id = ? ORDER BY seq DESC LIMIT 1`).get(jurorId) as
    | StoredDeclaration
    | undefined;
  return row ? toView(row) : null;
}

export function readDeclarationOverview(db: Db): DeclarationOverview {
  return db.transaction((): DeclarationOverview => {
    const current = currentDeclarations(db);
    return {
      required: isDeclarationRequired(db),
      jurors: listJurors(db).map((j) => ({
        jurorId: j.id,
        name: j.name,
        declaration: current.get(j.id) ?? null,
      })),
    };
  })();
}

/** Jurors (in setup order) who have not declared yet. */
export function jurorsWithoutDeclaration(db: Db): { jurorId: number; name: string }[] {
  const declared = new Set(
    (db.prepare('SELECT DISTINCT juror_id AS id FROM interest_declaration').all() as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  return listJurors(db)
    .filter((j) => !declared.has(j.id))
    .map((j) => ({ jurorId: j.id, name: j.name }));
}

function hasDeclared(db: Db, jurorId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM interest_declaration WHERE juror_id = ? LIMIT 1').get(jurorId) !== undefined
  );
}

/**
 * Refuses a sheet write for a juror without a declaration while the chair
 * requires one. The message says what to do, to the juror on their form, or
 * to the chair on the paper grid (record the juror's paper declaration).
 */
export function assertMayScore(db: Db, jurorId: number, actor: string): void {
  if (!isDeclarationRequired(db) || hasDeclared(db, jurorId)) return;
  if (actor === 'chair') {
    throw new DomainError('declarations.requiredForChair', { juror: getJuror(db, jurorId).name });
  }
  throw new DomainError('declarations.requiredForJuror');
}

function cleanLinks(db: Db, links: readonly DeclaredLink[]): DeclaredLink[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  const out: DeclaredLink[] = [];
  links.forEach((link, index) => {
    if (db.prepare('SELECT 1 FROM team WHERE id = ?').get(link.teamId) === undefined) {
      issues.push({ path: ['links', index, 'teamId'], code: 'error.notFound' });
      return;
    }
    if (seen.has(link.teamId)) {
      issues.push({ path: ['links', index, 'teamId'], code: 'declarations.duplicateTeam' });
      return;
    }
    seen.add(link.teamId);
    const detail = link.detail.normalize('NFC').trim();
    if (detail === '') {
      issues.push({ path: ['links', index, 'detail'], code: 'declarations.detailRequired' });
    } else if ([...detail].length > MAX_LINK_DETAIL) {
      issues.push({
        path: ['links', index, 'detail'],
        code: 'validation.tooLong',
        params: { max: MAX_LINK_DETAIL },
      });
    } else if (nameProblem(detail)) {
      // Invisible characters in a text printed on the results sheet: refused with the character named.
      const problem = nameProblem(detail);
      issues.push({
        path: ['links', index, 'detail'],
        code: 'declarations.detailInvisible',
        params:
          problem?.code === 'nameFormatCharacter' ? { codePoint: problem.codePoint } : { codePoint: '' },
      });
    }
    out.push({ teamId: link.teamId, detail });
  });
  const first = issues[0];
  if (first) throw new DomainError(first.code, first.params ?? {}, issues);
  return out;
}

/**
 * Appends a declaration for `jurorId` and recuses the juror for every team it
 * names, in one IMMEDIATE transaction. Refused while the results are locked
 * (a new recusal would change them).
 */
export function declare(
  db: Db,
  input: { jurorId: number; links: readonly DeclaredLink[]; actor: string; atUtc: string },
): DeclareResult {
  return db
    .transaction((): DeclareResult => {
      if (isResultsLocked(db)) throw new DomainError('scoring.resultsLocked');
      getJuror(db, input.jurorId);
      const links = cleanLinks(db, input.links);
      const previous = (db.prepare(`${SELECT} ORDER BY seq DESC LIMIT 1`).get() ??
        null) as StoredDeclaration | null;
      const row = appendDeclaration(previous, {
        jurorId: input.jurorId,
        linksJson: linksJson(links),
        actor: input.actor,
        atUtc: input.atUtc,
      });
      db.prepare(
        `INSERT INTO interest_declaration (seq, juror_id, links_json, actor, at_utc, prev_hash, hash)
         VALUES (@seq, @jurorId, @linksJson, @actor, @atUtc, @prevHash, @hash)`,
      ).run(row);
      for (const link of links) {
        recuseForDeclaredLink(db, {
          jurorId: input.jurorId,
          teamId: link.teamId,
          reason: link.detail,
          declarationSeq: row.seq,
          actor: input.actor,
          atUtc: input.atUtc,
        });
      }
      const started = links
        .map((l) => l.teamId)
        .filter(
          (teamId) =>
            db
              .prepare('SELECT 1 FROM score_event WHERE juror_id = ? AND team_id = ? LIMIT 1')
              .get(input.jurorId, teamId) !== undefined,
        );
      return { declaration: toView(row), startedSheetTeamIds: started };
    })
    .immediate();
}

/** Recomputes the declarations' hash chain (reads only). */
export function verifyDeclarationLog(db: Db) {
  return verifyDeclarationRows(db.prepare('SELECT * FROM interest_declaration ORDER BY seq').all());
}
