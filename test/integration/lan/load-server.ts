/**
 * The laptop of the load bench, in a process of its own (as the real laptop
 * is another machine than the phones): the app core over an event file in
 * `argv[2]`, the network on 127.0.0.1, the chair pausing and resuming the
 * clock. Prints `READY <json>` with the address and logins; on a `stop` line
 * it turns the network off, closes the event file, prints `DONE` and exits.
 * Not a test file itself.
 */
import { createInterface } from 'node:readline';
import { closeEventFile } from '../../../main/core/event-file';
import { coreApp } from '../../support/core';
import { chairKeepsTiming, LOAD_LIMITS, prepareLoadEvent } from './load-event';

const dir = process.argv[2];
if (!dir) throw new Error('usage: load-server.ts <dir>');

const { ctx, services, dispatch } = coreApp(dir, { version: 'bench' });
services.lan.configure({ limits: LOAD_LIMITS });
const setup = await prepareLoadEvent(dispatch);
const stopTiming = chairKeepsTiming(dispatch, 2_000);
process.stdout.write(`READY ${JSON.stringify({ setup, path: ctx.requireEventFile().path })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'stop') continue;
  stopTiming();
  await services.lan.stop();
  closeEventFile(ctx.requireEventFile());
  process.stdout.write('DONE\n');
  process.exit(0);
}
