/**
 * The one way a score sheet is written, whoever writes it: the juror form in
 * a window, a juror's phone over the local network, the chair typing in paper
 * sheets. Each write is one transaction of the score log (sheet-ops.ts), then
 * announced to every window, then — for a submission — reported so a team
 * that has just received its last expected sheet gets its milestone backup.
 *
 * The phone path adds idempotency (a resend after a Wi-Fi drop) by passing a
 * `once` wrapper: a replayed write changed nothing, so it is neither
 * announced nor reported again.
 */
import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import type { SheetView } from '../../../common/contract/scoring';
import type { Db } from '../db/open';
import { roundExpr } from '../db/round-column';
import { rowShape, selectAll } from '../db/rows';
import { assertMayScore, type DeclaredLink, type DeclareResult, declare } from './declarations';
import { listRecusals } from './recusals';
import { readAllSheets } from './score-store';
import {
  CHAIR_ACTOR,
  readScoringCriteria,
  reopenSheet,
  type SheetEdit,
  type SheetOwner,
  saveSheetDraft,
  submitSheet,
} from './sheet-ops';
import { criterionOrder, toSheetView } from './sheet-view';

/** Runs a write at most once (per idempotency key); `replayed` when it had already run. */
export type Once = <T>(write: () => T) => { value: T; replayed: boolean };

export interface JurorSheetDeps {
  db: () => Db;
  /** Announces changed scopes to every window and network page. */
  changed: (scopes: readonly RefreshScope[]) => void;
  /** After sheets were submitted: a milestone backup when a team is newly complete (never throws). */
  afterSubmitted: () => void;
  now?: () => string;
}

const direct: Once = (write) => ({ value: write(), replayed: false });

export class JurorSheets {
  private readonly now: () => string;

  constructor(private readonly deps: JurorSheetDeps) {
    this.now = deps.now ?? (() => new Date().toISOString());
  }

  saveDraft(owner: SheetOwner, edit: SheetEdit, once: Once = direct): SheetView {
    return this.write(once, false, (db, at) => {
      assertMayScore(db, owner.jurorId, owner.actor);
      return saveSheetDraft(db, owner, edit, at);
    });
  }

  submit(owner: SheetOwner, edit: SheetEdit | null, once: Once = direct): SheetView {
    return this.write(once, true, (db, at) => {
      assertMayScore(db, owner.jurorId, owner.actor);
      return submitSheet(db, owner, edit, at);
    });
  }

  /** A declaration of interest by `actor` (the juror, or the chair from a paper form) for `jurorId`. */
  declare(
    declaration: { jurorId: number; links: readonly DeclaredLink[]; actor: string },
    once: Once = direct,
  ): DeclareResult {
    const { value, replayed } = once(() => declare(this.deps.db(), { ...declaration, atUtc: this.now() }));
    if (!replayed) this.deps.changed(['scores', 'results', 'checklist']);
    return value;
  }

  reopen(owner: SheetOwner, reason: string, once: Once = direct): SheetView {
    return this.write(once, false, (db, at) => reopenSheet(db, owner, reason, at));
  }

  /** Submits every draft the chair typed in completely (the juror's own drafts are left alone). */
  submitCompleteChairDrafts(): { submitted: number } {
    const db = this.deps.db();
    const at = this.now();
    const submitted = db
      .transaction(() => {
        const sheets = completeChairDrafts(db);
        for (const key of sheets) {
          assertMayScore(db, key.jurorId, CHAIR_ACTOR);
          submitSheet(db, { ...key, actor: CHAIR_ACTOR }, null, at);
        }
        return sheets.length;
      })
      .immediate();
    this.deps.changed(['scores']);
    this.deps.afterSubmitted();
    return { submitted };
  }

  private write(
    once: Once,
    submits: boolean,
    run: (db: Db, atUtc: string) => Parameters<typeof toSheetView>[0],
  ): SheetView {
    const db = this.deps.db();
    const at = this.now();
    const { value, replayed } = once(() => toSheetView(run(db, at), criterionOrder(db)));
    if (!replayed) {
      this.deps.changed(['scores']);
      if (submits) this.deps.afterSubmitted();
    }
    return value;
  }
}

/** Draft sheets typed in by the chair whose every criterion is scored. */
function completeChairDrafts(db: Db): { jurorId: number; teamId: number }[] {
  const lastActor = new Map(
    selectAll(
      db,
      rowShape({ jurorId: 'num', teamId: 'num', actor: 'text' }),
      // Round 1: the chair types sheets on this laptop; a later round's sheets come from its room (merge).
      `SELECT juror_id AS jurorId, team_id AS teamId, actor FROM score_event
            WHERE seq IN (SELECT MAX(seq) FROM score_event WHERE ${roundExpr(db, 'score_event')} = 1
                           GROUP BY juror_id, team_id)`,
    ).map((r) => [`${r.jurorId}:${r.teamId}`, r.actor]),
  );
  const criteria = readScoringCriteria(db);
  const recused = new Set(listRecusals(db).map((r) => `${r.jurorId}:${r.teamId}`));
  return readAllSheets(db)
    .filter((s) => {
      const key = `${s.jurorId}:${s.teamId}`;
      return (
        s.status === 'draft' &&
        lastActor.get(key) === CHAIR_ACTOR &&
        !recused.has(key) &&
        criteria.every((c) => s.scores[c.id] !== undefined)
      );
    })
    .map(({ jurorId, teamId }) => ({ jurorId, teamId }));
}
