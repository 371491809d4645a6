/** The demo event open in a real app context over temp files (vitest only). */
import type { Db } from '../../../main/core/db/open';
import { testApp } from '../../support/temp';

export { DEMO_MEMBER_NAMES, DEMO_START_MS, scoreAndLock } from './demo-scores';

export type TestApp = ReturnType<typeof testApp>;

/** A fresh app with the demo event open (French, 8 teams, 5 jurors, 4 criteria). */
export async function demoApp(): Promise<TestApp & { db: Db }> {
  const app = testApp();
  const opened = await app.invoke('file.loadDemo', {});
  if (!opened.ok) throw new Error(opened.error.message);
  return { ...app, db: app.ctx.requireEventFile().db };
}
