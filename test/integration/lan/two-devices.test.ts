/**
 * One juror's login on two devices over the real server: each device's
 * writes carry what it last saw, so scores and the comment merge per field,
 * and a field both devices changed is refused rather than overwritten.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../scoring/fixture';
import { lanApp } from './lan-app';
import { NetClient } from './net-client';

const HANDLE = 'network.00000000';

describe('one juror login on two devices', () => {
  it('merges per criterion and refuses a comment both devices changed', async () => {
    const lan = await lanApp();
    const juror = lan.jurorIds[0] as number;
    const { token } = await lan.issue(juror);
    const phone = await NetClient.connect(lan.url, token);
    const tablet = await NetClient.connect(lan.url, token);
    const teamId = lan.teamIds[0] as number;
    expect(
      await phone.call('scoring.saveDraft', {
        token: HANDLE,
        teamId,
        scores: [{ criterionId: lan.impact, value: 9, base: null }],
        comment: 'Très clair',
        commentBase: null,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await tablet.call('scoring.saveDraft', {
        token: HANDLE,
        teamId,
        scores: [{ criterionId: lan.pitch, value: 2, base: null }],
      }),
    ).toMatchObject({ ok: true });
    const refused = await tablet.call('scoring.saveDraft', {
      token: HANDLE,
      teamId,
      scores: [],
      comment: 'Pas convaincu',
      commentBase: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'scoring.conflict' } });
    const grid = await ok(lan.app, 'scores.grid', {});
    expect(grid.sheets).toMatchObject([
      {
        jurorId: juror,
        teamId,
        comment: 'Très clair',
        scores: [
          { criterionId: lan.impact, value: 9 },
          { criterionId: lan.pitch, value: 2 },
        ],
      },
    ]);
    await phone.close();
    await tablet.close();
  });
});
