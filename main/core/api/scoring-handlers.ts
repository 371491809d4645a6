import type { ChainVerificationView, JurorCard, ScoresGrid } from '../../../common/contract/scoring';
import { afterSheetsSubmitted } from '../data/milestones';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { listJurors } from '../event/jurors';
import { isResultsLocked } from '../results/lock-state';
import { JurorSessions } from '../scoring/juror-sessions';
import { checkJurorPin, jurorsWithPin, setJurorPin } from '../scoring/pins';
import { readProgress } from '../scoring/progress';
import { clearRecusal, listRecusals, setRecusal } from '../scoring/recusals';
import { readAllSheets, verifyScoreLog } from '../scoring/score-store';
import {
  CHAIR_ACTOR,
  jurorActor,
  readScoringCriteria,
  reopenSheet,
  saveSheetDraft,
  submitSheet,
} from '../scoring/sheet-ops';
import { criterionOrder, readJurorForm, toSheetView } from '../scoring/sheet-view';
import { teamsInRunningOrder } from '../scoring/team-order';
import type { AppContext } from './context';
import type { HandlerMap } from './handler-types';
import { activeKiosk, codeMatches, newKiosk } from './kiosk';

type ScoringCall =
  | 'scoring.jurors'
  | 'kiosk.get'
  | 'kiosk.enter'
  | 'kiosk.exit'
  | 'scoring.identify'
  | 'scoring.signOut'
  | 'scoring.form'
  | 'scoring.saveDraft'
  | 'scoring.submit'
  | 'scoring.reopen'
  | 'scoring.setPin'
  | 'scores.grid'
  | 'scores.enter'
  | 'scores.submitSheet'
  | 'scores.submitComplete'
  | 'scores.reopen'
  | 'scores.progress'
  | 'scores.verify'
  | 'recusals.list'
  | 'recusals.set'
  | 'recusals.clear';

function jurorCards(db: Db): JurorCard[] {
  const pins = jurorsWithPin(db);
  return listJurors(db).map((j) => ({ id: j.id, name: j.name, title: j.title, hasPin: pins.has(j.id) }));
}

/** Draft sheets typed in by the chair whose every criterion is scored (the juror's own drafts are left alone). */
function completeChairDrafts(db: Db): { jurorId: number; teamId: number }[] {
  const lastActor = new Map(
    (
      db
        .prepare(
          `SELECT juror_id AS jurorId, team_id AS teamId, actor FROM score_event
            WHERE seq IN (SELECT MAX(seq) FROM score_event GROUP BY juror_id, team_id)`,
        )
        .all() as { jurorId: number; teamId: number; actor: string }[]
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

/**
 * The juror form (`scoring.*`, token-bound: a form only ever sees its own
 * juror's sheets) and the chair's tools (`scores.*`, `recusals.*`). Every
 * write announces the 'scores' scope so progress and results refresh.
 */
export function scoringHandlers(ctx: AppContext): HandlerMap<ScoringCall> {
  const db = () => ctx.requireSession().db;
  const sessions = new JurorSessions();
  const now = () => new Date().toISOString();
  const jurorOf = (token: string) => sessions.jurorOf(db(), token);
  const order = () => criterionOrder(db());
  const announce = <T>(value: T, scopes: string[] = ['scores']): T => {
    ctx.changed(scopes);
    return value;
  };

  // The juror form's session in juror mode, opened by main (the chair handed the laptop over).
  let kioskToken: { jurorId: number; token: string } | null = null;
  const kioskTokenFor = (jurorId: number): string => {
    const database = db();
    if (kioskToken?.jurorId === jurorId) {
      try {
        sessions.jurorOf(database, kioskToken.token);
        return kioskToken.token;
      } catch {
        // another event file since: open a new one below
      }
    }
    kioskToken = { jurorId, token: sessions.open(database, jurorId) };
    return kioskToken.token;
  };

  return {
    'kiosk.get': () => {
      const kiosk = activeKiosk(ctx);
      const juror = kiosk ? listJurors(db()).find((j) => j.id === kiosk.jurorId) : undefined;
      if (!kiosk || !juror) return { juror: null, token: null };
      return { juror: { id: juror.id, name: juror.name }, token: kioskTokenFor(juror.id) };
    },
    'kiosk.enter': ({ jurorId, code }) => {
      const session = ctx.requireSession();
      if (!listJurors(session.db).some((j) => j.id === jurorId)) throw new DomainError('error.notFound');
      ctx.settings.setKiosk(newKiosk(jurorId, session.path, code));
      ctx.changed(['app']);
      return {};
    },
    'kiosk.exit': ({ code }) => {
      const kiosk = activeKiosk(ctx);
      if (kiosk && !codeMatches(kiosk, code))
        throw new DomainError('kiosk.wrongCode', {}, [{ path: ['code'], code: 'kiosk.wrongCode' }]);
      if (kioskToken) sessions.close(kioskToken.token);
      kioskToken = null;
      ctx.settings.setKiosk(null);
      ctx.changed(['app']);
      return {};
    },
    'scoring.jurors': () => jurorCards(db()),
    'scoring.identify': ({ jurorId, pin }) => {
      const database = db();
      if (!listJurors(database).some((j) => j.id === jurorId)) throw new DomainError('error.notFound');
      sessions.assertNotLockedOut(jurorId);
      if (!checkJurorPin(database, jurorId, pin)) {
        sessions.recordFailure(jurorId);
        throw new DomainError('scoring.wrongPin', {}, [{ path: ['pin'], code: 'scoring.wrongPin' }]);
      }
      return { token: sessions.open(database, jurorId), jurorId };
    },
    'scoring.signOut': ({ token }) => {
      sessions.close(token);
      return null;
    },
    'scoring.form': ({ token }) => readJurorForm(db(), jurorOf(token)),
    'scoring.saveDraft': ({ token, teamId, scores, comment, commentBase }) => {
      const jurorId = jurorOf(token);
      const sheet = saveSheetDraft(
        db(),
        { jurorId, teamId, actor: jurorActor(jurorId) },
        { scores, comment, commentBase },
        now(),
      );
      return announce(toSheetView(sheet, order()));
    },
    'scoring.submit': ({ token, teamId, scores, comment, commentBase }) => {
      const jurorId = jurorOf(token);
      const sheet = submitSheet(
        db(),
        { jurorId, teamId, actor: jurorActor(jurorId) },
        { scores, comment, commentBase },
        now(),
      );
      // A milestone backup when this was the team's last sheet (main/core/data/milestones.ts).
      return afterSheetsSubmitted(ctx, announce(toSheetView(sheet, order())));
    },
    'scoring.reopen': ({ token, teamId, reason }) => {
      const jurorId = jurorOf(token);
      const sheet = reopenSheet(db(), { jurorId, teamId, actor: jurorActor(jurorId) }, reason, now());
      return announce(toSheetView(sheet, order()));
    },
    'scoring.setPin': ({ jurorId, pin }) => {
      setJurorPin(db(), jurorId, pin, now());
      return announce(jurorCards(db()), ['jurors']);
    },

    'scores.grid': (): ScoresGrid => {
      const database = db();
      return database.transaction(() => {
        const criteria = criterionOrder(database);
        return {
          locked: isResultsLocked(database),
          teamOrder: teamsInRunningOrder(database).map((t) => t.teamId),
          sheets: readAllSheets(database).map((s) => toSheetView(s, criteria)),
          recusals: listRecusals(database),
        };
      })();
    },
    'scores.enter': ({ jurorId, teamId, criterionId, value }) => {
      const sheet = saveSheetDraft(
        db(),
        { jurorId, teamId, actor: CHAIR_ACTOR },
        { scores: [{ criterionId, value }] },
        now(),
      );
      return announce(toSheetView(sheet, order()));
    },
    'scores.submitSheet': ({ jurorId, teamId }) =>
      afterSheetsSubmitted(
        ctx,
        announce(
          toSheetView(submitSheet(db(), { jurorId, teamId, actor: CHAIR_ACTOR }, null, now()), order()),
        ),
      ),
    'scores.submitComplete': () => {
      const database = db();
      const at = now();
      const submitted = database
        .transaction(() => {
          const sheets = completeChairDrafts(database);
          for (const key of sheets) submitSheet(database, { ...key, actor: CHAIR_ACTOR }, null, at);
          return sheets.length;
        })
        .immediate();
      return afterSheetsSubmitted(ctx, announce({ submitted }));
    },
    'scores.reopen': ({ jurorId, teamId, reason }) =>
      announce(
        toSheetView(reopenSheet(db(), { jurorId, teamId, actor: CHAIR_ACTOR }, reason, now()), order()),
      ),
    'scores.progress': () => readProgress(db()),
    'scores.verify': (): ChainVerificationView => {
      const result = verifyScoreLog(db());
      return result.ok
        ? { ok: true, count: result.count, lastHash: result.lastHash }
        : { ok: false, brokenAtSeq: result.brokenAtSeq, storedSeq: result.storedSeq, reason: result.reason };
    },

    'recusals.list': () => listRecusals(db()),
    'recusals.set': (input) => announce(setRecusal(db(), input, CHAIR_ACTOR, now()), ['scores', 'results']),
    'recusals.clear': ({ jurorId, teamId }) =>
      announce(clearRecusal(db(), jurorId, teamId), ['scores', 'results']),
  };
}
