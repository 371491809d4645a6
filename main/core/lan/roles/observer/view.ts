/**
 * What an independent observer sees, read in one transaction that writes
 * nothing: progress (counts only, no mark), the score log's verification,
 * the results' fingerprint, and the log itself only once the results are
 * locked, so a witness never sees marks while the jury can still change them.
 */
import type { ObserverLogEntry, ObserverView } from '../../../../../common/contract/observer';
import type { Db } from '../../../db/open';
import { readEventInfo } from '../../../event/event-info';
import { latestLockRecord } from '../../../lock/lock-state';
import { readProgress } from '../../../scoring/progress';
import { readScoreLog, verifyScoreLog } from '../../../scoring/score-store';

export function readObserverView(db: Db): ObserverView {
  return db.transaction((): ObserverView => {
    const names = (table: 'team' | 'juror' | 'criterion') =>
      new Map(
        (db.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[]).map((r) => [
          r.id,
          r.name,
        ]),
      );
    const teams = names('team');
    const jurors = names('juror');
    const progress = readProgress(db);

    const perJuror = new Map<number, { expected: number; submitted: number }>();
    const jurorIds = (db.prepare('SELECT id FROM juror ORDER BY position, id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    for (const id of jurorIds) perJuror.set(id, { expected: 0, submitted: 0 });
    for (const team of progress.teams) {
      const recused = new Set(team.recusedJurorIds);
      const missing = new Set(team.missingJurorIds);
      for (const id of jurorIds) {
        const counts = perJuror.get(id);
        if (!counts || recused.has(id)) continue;
        counts.expected += 1;
        if (!missing.has(id)) counts.submitted += 1;
      }
    }

    const verified = verifyScoreLog(db);
    const lock = latestLockRecord(db);
    const locked = lock?.action === 'lock';
    let log: ObserverLogEntry[] | null = null;
    if (locked) {
      const criteria = names('criterion');
      log = readScoreLog(db).map((e) => ({
        seq: e.seq,
        jurorId: e.jurorId,
        teamId: e.teamId,
        criterionId: e.criterionId ?? null,
        value: e.value ?? null,
        kind: e.kind,
        comment: e.comment ?? null,
        actor: e.actor,
        atUtc: e.atUtc,
        reason: e.reason ?? null,
        prevHash: e.prevHash,
        hash: e.hash,
        jurorName: jurors.get(e.jurorId) ?? '',
        teamName: teams.get(e.teamId) ?? '',
        criterionName: e.criterionId == null ? null : (criteria.get(e.criterionId) ?? ''),
      }));
    }

    return {
      eventName: readEventInfo(db).name,
      progress: {
        teams: progress.teams.map((t) => ({
          teamId: t.teamId,
          name: teams.get(t.teamId) ?? '',
          expected: t.expected,
          submitted: t.submitted,
        })),
        jurors: jurorIds.map((id) => ({
          jurorId: id,
          name: jurors.get(id) ?? '',
          ...(perJuror.get(id) ?? { expected: 0, submitted: 0 }),
        })),
        submittedTotal: progress.submittedTotal,
        expectedTotal: progress.expectedTotal,
      },
      verification: verified.ok
        ? { ok: true, count: verified.count, lastHash: verified.lastHash }
        : { ok: false, brokenAtSeq: verified.brokenAtSeq, reason: verified.reason },
      lock: {
        locked,
        atUtc: locked ? lock.atUtc : null,
        by: locked ? lock.actor : null,
        fingerprint: locked ? lock.hash : null,
      },
      log,
    };
  })();
}
