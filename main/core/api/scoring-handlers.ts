import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import type { ChainVerificationView, JurorCard, ScoresGrid } from '../../../common/contract/scoring';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { listJurors } from '../event/jurors';
import { isResultsLocked } from '../lock/lock-state';
import { JurorFormTokens } from '../scoring/juror-form-tokens';
import type { JurorSheets } from '../scoring/juror-sheets';
import { checkJurorPin, jurorsWithPin, setJurorPin } from '../scoring/pins';
import { readProgress } from '../scoring/progress';
import { clearRecusal, listRecusals, setRecusal } from '../scoring/recusals';
import { readAllSheets, verifyScoreLog } from '../scoring/score-store';
import { CHAIR_ACTOR, jurorActor } from '../scoring/sheet-ops';
import { criterionOrder, readJurorForm, toSheetView } from '../scoring/sheet-view';
import { teamsInRunningOrder } from '../scoring/team-order';
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
  | 'scoring.declare'
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

/**
 * The juror form (`scoring.*`, token-bound: a form only ever sees its own
 * juror's sheets) and the chair's tools (`scores.*`, `recusals.*`). Every
 * write announces the 'scores' scope so progress and results refresh.
 */
export function scoringHandlers(ctx: AppContext, services: { sheets: JurorSheets }): HandlerMap<ScoringCall> {
  const { sheets } = services;
  const db = () => ctx.requireEventFile().db;
  const sessions = new JurorFormTokens();
  const now = () => new Date().toISOString();
  const jurorOf = (token: string) => sessions.jurorOf(db(), token);
  const announce = <T>(value: T, scopes: readonly RefreshScope[] = ['scores']): T => {
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
      const session = ctx.requireEventFile();
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
      return sheets.saveDraft(
        { jurorId, teamId, actor: jurorActor(jurorId) },
        { scores, comment, commentBase },
      );
    },
    'scoring.submit': ({ token, teamId, scores, comment, commentBase }) => {
      const jurorId = jurorOf(token);
      return sheets.submit({ jurorId, teamId, actor: jurorActor(jurorId) }, { scores, comment, commentBase });
    },
    'scoring.reopen': ({ token, teamId, reason }) => {
      const jurorId = jurorOf(token);
      return sheets.reopen({ jurorId, teamId, actor: jurorActor(jurorId) }, reason);
    },
    'scoring.declare': ({ token, links }) => {
      const jurorId = jurorOf(token);
      return sheets.declare({ jurorId, links, actor: jurorActor(jurorId) });
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
    'scores.enter': ({ jurorId, teamId, criterionId, value }) =>
      sheets.saveDraft({ jurorId, teamId, actor: CHAIR_ACTOR }, { scores: [{ criterionId, value }] }),
    'scores.submitSheet': ({ jurorId, teamId }) =>
      sheets.submit({ jurorId, teamId, actor: CHAIR_ACTOR }, null),
    'scores.submitComplete': () => sheets.submitCompleteChairDrafts(),
    'scores.reopen': ({ jurorId, teamId, reason }) =>
      sheets.reopen({ jurorId, teamId, actor: CHAIR_ACTOR }, reason),
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
