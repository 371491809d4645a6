import { okCall } from '../../support/calls';
import { pitchDayEvent } from '../../support/pitch-day';
import { testApp } from '../../support/temp';

export { ok, refused } from '../../support/calls';

export type TestApp = ReturnType<typeof testApp>;

/**
 * A small event over the real dispatcher and a temp SQLite file: four teams,
 * three jurors (one with a Tahitian name), two criteria on different scales,
 * Impact with level descriptions.
 */
export async function scoringEvent(app: TestApp = testApp()) {
  const { teamIds, jurorIds, impact, pitch } = await pitchDayEvent(okCall(app), { impactLevels: true });
  return { app, db: app.ctx.requireEventFile().db, teamIds, jurorIds, impact, pitch };
}

export type ScoringEvent = Awaited<ReturnType<typeof scoringEvent>>;

/** Opens the juror form for `jurorId` (no PIN) and returns its token. */
export async function identify(app: TestApp, jurorId: number, pin: string | null = null): Promise<string> {
  return (await okCall(app)('scoring.identify', { jurorId, pin })).token;
}
