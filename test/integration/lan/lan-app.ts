/**
 * A scored event with the local network turned on, over the real dispatcher,
 * a temp SQLite file and a real server on 127.0.0.1 (never another address).
 * Not a test file itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { IssuedLogin, LanStatus } from '../../../common/contract/lan';
import type { Db } from '../../../main/core/db/open';
import type { LanLimits } from '../../../main/core/lan/server';
import { testApp } from '../../support/temp';
import { ok, scoringEvent } from '../scoring/fixture';

/** A stand-in for out/renderer: the server must not depend on a build to be tested. */
export function fakeRenderer(dir: string): string {
  const root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'"></head><body><div id="root"></div><script type="module" src="./assets/app.js"></script></body></html>`,
  );
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("pitch jury");\n');
  writeFileSync(join(root, '.secret'), 'not served');
  return root;
}

export async function lanApp(
  options: { limits?: Partial<LanLimits>; pdfPath?: string | null; clock?: () => number } = {},
) {
  const app = testApp({ pdfPath: options.pdfPath ?? null });
  const event = await scoringEvent(app);
  const service = app.services.lan;
  service.configure({
    rendererDir: fakeRenderer(app.dir),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // Registered after testApp's own clean-up, so it runs first: stop the server, then close the file.
  onTestFinished(() => service.stop());
  const status = await ok(app, 'lan.start', { address: '127.0.0.1', port: 0 });
  const url = status.url as string;
  const { host } = new URL(url);

  const issue = async (jurorId: number): Promise<IssuedLogin> => {
    const { logins } = await ok(app, 'lan.issueJurorLogins', { jurorIds: [jurorId] });
    return logins[0] as IssuedLogin;
  };
  const viewer = (label = 'Salle d’attente') => ok(app, 'lan.createViewerLink', { label });
  const lanStatus = (): Promise<LanStatus> => ok(app, 'lan.status', {});

  return { ...event, app, service, url, origin: new URL(url).origin, host, issue, viewer, lanStatus };
}

/** The scores of one complete sheet for the fixture's two criteria (impact /10 by 1, pitch /5 by 0.5). */
export function fullSheet(criteria: { impact: number; pitch: number }, impact: number, pitch: number) {
  return [
    { criterionId: criteria.impact, value: impact },
    { criterionId: criteria.pitch, value: pitch },
  ];
}

/** Every row of every table: a refused or read-only request must leave this unchanged. */
export function dbSnapshot(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}
