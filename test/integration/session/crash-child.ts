/**
 * Child process of crash-resume.test.ts: opens the event file, calls the first
 * team, starts its pitch through the core, reports the anchor, then idles
 * until the parent kills it with SIGKILL (no close, no cleanup: a real crash).
 */
import { openEventFile } from '../../../main/core/event-file';
import { runChairCommand } from '../../../main/core/pitch-day';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-child <event.sqlite>');
const session = openEventFile(path);
runChairCommand(session.db, { type: 'nextTeam' }, Date.now());
const { snapshot } = runChairCommand(session.db, { type: 'start' }, Date.now());
process.stdout.write(`${JSON.stringify({ startedAt: snapshot.state.startedAt, pid: process.pid })}\n`);
// Hold the connection like the app does (an unreachable Database is closed by
// the garbage collector, which would checkpoint the log: a clean exit, not a crash).
setInterval(() => session.db.open, 60_000);
