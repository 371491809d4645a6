/**
 * verify-event on a JSON export checks the audience vote log's chain, as it
 * does on an event file: a vote moved to another team in the exported rows is
 * reported at that event, through the command the organiser runs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import { createBallots } from '../../../main/core/audience/ballots';
import { castVote, setVotingState } from '../../../main/core/audience/voting';
import { eventJsonText, exportEventJson } from '../../../main/core/data/event-json';
import { verifyEventExport } from '../../../main/core/verify';
import { verifyEventCommand } from '../../../main/core/verify/cli-command';
import { tempDir } from '../../support/temp';
import { scoredEvent } from '../data/scored-event';

const AT = '2026-12-07T19:00:00.000Z';

async function votedEvent() {
  const { db } = await scoredEvent();
  const teams = (db.prepare('SELECT id FROM team ORDER BY id').all() as { id: number }[]).map((t) => t.id);
  const [a, b] = createBallots(db, 2, AT);
  setVotingState(db, 'open', AT);
  castVote(db, a?.ballotId as number, teams[0] as number, AT);
  castVote(db, b?.ballotId as number, teams[1] as number, AT);
  setVotingState(db, 'final', AT);
  return { doc: exportEventJson(db), teams };
}

/** Runs `verify-event <file.json> --lang fr` and returns its lines, or the message it stops with. */
function runCommand(text: string): { out: string[]; error: string | null } {
  const path = join(tempDir('test'), 'evenement.json');
  writeFileSync(path, text);
  const out: string[] = [];
  try {
    verifyEventCommand([path, '--lang', 'fr'], { out: (l) => out.push(l), err: () => {} });
    return { out, error: null };
  } catch (error) {
    return { out, error: (error as Error).message };
  }
}

describe('verify-event on a JSON export and the audience vote', () => {
  it('accepts an intact log and reports a vote moved to another team, at that event', async () => {
    const { doc, teams } = await votedEvent();
    const rows = doc.tables.audience_event ?? [];
    expect(rows.map((r) => r.kind)).toEqual(['ballots', 'open', 'vote', 'vote', 'final']);
    expect(verifyEventExport(doc).ok).toBe(true);
    expect(runCommand(eventJsonText(doc)).error).toBeNull();

    const tampered = {
      ...doc,
      tables: {
        ...doc.tables,
        audience_event: rows.map((r) => (r.seq === 4 ? { ...r, team_id: teams[0] as number } : r)),
      },
    };
    expect(verifyEventExport(tampered)).toEqual({
      ok: false,
      problem: { code: 'verify.audienceChain', params: { seq: 4, reason: 'chain.hashMismatch' } },
    });
    const run = runCommand(eventJsonText(tampered));
    expect(run.error).toContain(translate('fr', 'verify.audienceChain', { seq: 4 }));
  });

  it('reports a vote removed from the exported log', async () => {
    const { doc } = await votedEvent();
    const rows = doc.tables.audience_event ?? [];
    const removed = { ...doc, tables: { ...doc.tables, audience_event: rows.filter((r) => r.seq !== 3) } };
    expect(verifyEventExport(removed)).toMatchObject({
      ok: false,
      problem: { code: 'verify.audienceChain', params: { seq: 3, reason: 'chain.seqGap' } },
    });
  });
});
