/**
 * Child process of crash.test.ts: opens the event file and records scores in
 * a loop through the real store, printing "ack <seq> <juror> <team> <kind>
 * <value>" AFTER each write returned (its transaction committed). The parent
 * kills it with SIGKILL at random moments; every acknowledged event must
 * survive. Usage: node --import tsx crash-child.ts <file> <jurorIds> <teamIds> <criterionIds>
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../main/core/db/open';
import { reopenSheet, saveSheetDraft, submitSheet } from '../../../main/core/scoring/sheet-ops';

const [path, jurorArg, teamArg, criterionArg] = process.argv.slice(2);
if (!path || !jurorArg || !teamArg || !criterionArg) throw new Error('usage: crash-child <file> <j> <t> <c>');
const ids = (text: string) => text.split(',').map(Number);
const jurors = ids(jurorArg);
const teams = ids(teamArg);
const [impact, pitch] = ids(criterionArg) as [number, number];

const db = openDatabase(path);
const ack = (seq: number, jurorId: number, teamId: number, kind: string, value: number | null) =>
  // Synchronous write: the line leaves only once the commit above has returned.
  writeSync(1, `ack ${seq} ${jurorId} ${teamId} ${kind} ${value ?? '-'}\n`);

for (let i = Number(process.env.CRASH_START ?? 0); ; i += 1) {
  const jurorId = jurors[i % jurors.length] as number;
  const teamId = teams[Math.floor(i / jurors.length) % teams.length] as number;
  const owner = { jurorId, teamId, actor: `juror:${jurorId}` };
  const now = new Date().toISOString();
  const value = i % 11;
  try {
    if (i % 7 === 6) {
      // A multi-event transaction: two scores and the submission, then a reopen.
      const sheet = submitSheet(
        db,
        owner,
        {
          scores: [
            { criterionId: impact, value },
            { criterionId: pitch, value: (i % 6) * 0.5 },
          ],
        },
        now,
      );
      ack(sheet.lastSeq, jurorId, teamId, 'submit', null);
      const reopened = reopenSheet(db, owner, `boucle ${i}`, now);
      ack(reopened.lastSeq, jurorId, teamId, 'reopen', null);
    } else {
      const sheet = saveSheetDraft(db, owner, { scores: [{ criterionId: impact, value }] }, now);
      ack(sheet.lastSeq, jurorId, teamId, 'score', sheet.scores[impact] ?? null);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    // A sheet left submitted by a kill between submit and reopen: reopen it and go on.
    if (code !== 'scoring.sheetSubmitted' && code !== 'scoring.alreadySubmitted') throw error;
    const reopened = reopenSheet(db, owner, 'reprise après arrêt', now);
    ack(reopened.lastSeq, jurorId, teamId, 'reopen', null);
  }
}
