/**
 * The laptop of the audience-vote bench, in a process of its own: the app
 * core over an event file in `argv[2]` (8 teams), the network on 127.0.0.1
 * with its default limits, `argv[3]` ballots created, voting open. Prints
 * `READY <json>`; on a `stop` line it turns the network off, closes the
 * event file, prints `DONE` and exits. Not a test file itself.
 */
import { createInterface } from 'node:readline';
import { closeEventFile } from '../../../main/core/event-file';
import { callOrThrow, coreApp } from '../../support/core';

const dir = process.argv[2];
const count = Number(process.argv[3] ?? 300);
if (!dir) throw new Error('usage: vote-load-server.ts <dir> [ballots]');

const { ctx, services, dispatch } = coreApp(dir, { version: 'bench' });
const call = callOrThrow(dispatch);
await call('file.new', { name: 'Prix du public' });
const teamIds: number[] = [];
for (let i = 0; i < 8; i++) {
  teamIds.push((await call('teams.create', { name: `Équipe ${i + 1}`, projectTitle: '', members: [] })).id);
}
await call('lan.start', { address: '127.0.0.1', port: 0 });
const { ballots } = await call('audience.createBallots', { count });
await call('audience.setVoting', { state: 'open' });
const url = services.lan.address as string;
const setup = { url, ballots: ballots.map((b) => ({ ballotId: b.ballotId, token: b.token })), teamIds };
process.stdout.write(`READY ${JSON.stringify({ setup, path: ctx.requireEventFile().path })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'stop') continue;
  await services.lan.stop();
  closeEventFile(ctx.requireEventFile());
  process.stdout.write('DONE\n');
  process.exit(0);
}
