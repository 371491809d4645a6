/**
 * Thirty juror phones submitting while twenty screens watch, for 5 seconds on
 * 127.0.0.1, with Wi-Fi drops: nothing acknowledged is lost, nothing is
 * recorded twice, every screen's clock estimate is within half its best
 * round trip of the laptop's clock. Speed is the bench's business
 * (test/bench/lan-load.bench.ts, 60 s); this test checks correctness only.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { testApp } from '../../support/temp';
import { fakeRenderer } from './lan-app';
import { checkRecorded, runLoad } from './load-driver';
import { chairKeepsTiming, LOAD_LIMITS, LOAD_SIZE, prepareLoadEvent } from './load-event';

describe('the local server under load', () => {
  it('loses and doubles no score while 30 phones submit and 20 screens watch', async () => {
    const app = testApp();
    const service = app.services.lan;
    service.configure({ rendererDir: fakeRenderer(app.dir), limits: LOAD_LIMITS });
    onTestFinished(() => service.stop());
    const setup = await prepareLoadEvent(app.dispatch, LOAD_SIZE);
    const stopTiming = chairKeepsTiming(app.dispatch, 700);
    onTestFinished(stopTiming);

    const report = await runLoad(setup, {
      durationMs: 5_000,
      dropRate: 0.08,
      thinkMs: [30, 120],
      seed: 20_260_930,
      maxSubmitsPerJuror: 60,
    });
    stopTiming();

    expect(report.errors).toEqual([]);
    expect(report.jurorsWithAcks).toBe(LOAD_SIZE.jurors);
    expect(report.retries).toBeGreaterThan(0);
    const recorded = checkRecorded(app.ctx.requireEventFile().db, report.acked);
    expect(recorded).toEqual({ lost: 0, duplicates: 0 });
    expect(report.acked.reduce((n, s) => n + s.submits, 0)).toBeGreaterThan(LOAD_SIZE.jurors);
    expect(report.viewerErrorsMs.length).toBeGreaterThan(0);
    expect(report.viewerBoundViolations).toBe(0);
    expect(report.viewerPushes).toBeGreaterThan(0);
    expect(report.formReads).toBeGreaterThan(0);
  });
});
