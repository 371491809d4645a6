/**
 * Thirty juror phones making a fixed number of submits each while twenty
 * screens read the clock a fixed number of times, on 127.0.0.1, with Wi-Fi
 * drops: nothing acknowledged is lost, nothing is recorded twice, every
 * screen's clock estimate is within half its best round trip of the laptop's
 * clock. Bounded by count and waited for to the end, so a slow machine only
 * makes it longer. Speed is the bench's business
 * (test/bench/lan-load.bench.ts, 60 s); this test checks correctness only.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { testApp } from '../../support/temp';
import { fakeRenderer } from './lan-app';
import { checkRecorded, runLoad } from './load-driver';
import { chairTogglesEvery, LOAD_LIMITS, LOAD_SIZE, prepareLoadEvent } from './load-event';

const SUBMITS_PER_JUROR = 5;

describe('the local server under load', () => {
  it('loses and doubles no score while 30 phones submit and 20 screens watch', async () => {
    const app = testApp();
    const service = app.services.lan;
    service.configure({ rendererDir: fakeRenderer(app.dir), limits: LOAD_LIMITS });
    onTestFinished(() => service.stop());
    const setup = await prepareLoadEvent(app.dispatch, LOAD_SIZE);

    const report = await runLoad(setup, {
      bound: { submitsPerJuror: SUBMITS_PER_JUROR, readsPerViewer: 4 },
      dropRate: 0.08,
      thinkMs: [30, 120],
      seed: 20_260_930,
      onSubmitAcked: chairTogglesEvery(app.dispatch, 10),
    });

    expect(report.errors).toEqual([]);
    expect(report.jurorsWithAcks).toBe(LOAD_SIZE.jurors);
    expect(report.retries).toBeGreaterThan(0);
    const recorded = checkRecorded(app.ctx.requireEventFile().db, report.acked);
    expect(recorded).toEqual({ lost: 0, duplicates: 0 });
    expect(report.acked.reduce((n, s) => n + s.submits, 0)).toBe(LOAD_SIZE.jurors * SUBMITS_PER_JUROR);
    expect(report.viewerErrorsMs.length).toBeGreaterThan(0);
    expect(report.viewerBoundViolations).toBe(0);
    expect(report.viewerPushes).toBeGreaterThan(0);
    expect(report.formReads).toBeGreaterThan(0);
  });
});
