/**
 * One juror on two devices (a phone and a tablet, two form sessions): each
 * device sends the value it last saw with each score, so the laptop merges
 * per criterion and refuses, rather than overwrites, a score both changed.
 */
import { describe, expect, it } from 'vitest';
import { identify, ok, refused, scoringEvent } from './fixture';

describe('one juror on two devices', () => {
  it('keeps both devices’ scores when they edit different criteria', async () => {
    const e = await scoringEvent();
    const juror = e.jurorIds[0] as number;
    const [phone, tablet] = [await identify(e.app, juror), await identify(e.app, juror)];
    const teamId = e.teamIds[0] as number;
    // Both devices opened an empty sheet; the phone types 9 on Impact, the tablet 2 on Pitch.
    await ok(e.app, 'scoring.saveDraft', {
      token: phone,
      teamId,
      scores: [
        { criterionId: e.impact, value: 9, base: null },
        { criterionId: e.pitch, value: null, base: null },
      ],
      comment: null,
      commentBase: null,
    });
    await ok(e.app, 'scoring.saveDraft', {
      token: tablet,
      teamId,
      scores: [
        { criterionId: e.impact, value: null, base: null },
        { criterionId: e.pitch, value: 2, base: null },
      ],
      comment: 'Bonne équipe, Tāmaʻa Teriʻi',
      commentBase: null,
    });
    const form = await ok(e.app, 'scoring.form', { token: phone });
    const sheet = form.teams.find((t) => t.teamId === teamId)?.sheet;
    expect(sheet?.scores).toEqual([
      { criterionId: e.impact, value: 9 },
      { criterionId: e.pitch, value: 2 },
    ]);
    expect(sheet?.comment).toBe('Bonne équipe, Tāmaʻa Teriʻi');
  });

  it('refuses a score both devices changed, says which, and writes nothing of that save', async () => {
    const e = await scoringEvent();
    const juror = e.jurorIds[1] as number;
    const [phone, tablet] = [await identify(e.app, juror), await identify(e.app, juror)];
    const teamId = e.teamIds[1] as number;
    await ok(e.app, 'scoring.saveDraft', {
      token: phone,
      teamId,
      scores: [{ criterionId: e.impact, value: 9, base: null }],
    });
    const error = await refused(e.app, 'scoring.saveDraft', {
      token: tablet,
      teamId,
      scores: [
        { criterionId: e.impact, value: 5, base: null },
        { criterionId: e.pitch, value: 3, base: null },
      ],
    });
    expect(error.code).toBe('scoring.conflict');
    expect(error.issues?.map((i) => i.path)).toEqual([['scores', e.impact]]);
    expect(error.issues?.[0]?.message).toContain('9');
    const sheet = (await ok(e.app, 'scoring.form', { token: tablet })).teams.find(
      (t) => t.teamId === teamId,
    )?.sheet;
    expect(sheet?.scores).toEqual([{ criterionId: e.impact, value: 9 }]);
    // Seen the other value, the tablet changes it knowingly: accepted.
    await ok(e.app, 'scoring.submit', {
      token: tablet,
      teamId,
      scores: [
        { criterionId: e.impact, value: 5, base: 9 },
        { criterionId: e.pitch, value: 3, base: null },
      ],
    });
    const after = (await ok(e.app, 'scoring.form', { token: phone })).teams.find(
      (t) => t.teamId === teamId,
    )?.sheet;
    expect(after).toMatchObject({
      status: 'submitted',
      scores: [
        { criterionId: e.impact, value: 5 },
        { criterionId: e.pitch, value: 3 },
      ],
    });
  });

  it('without a base (the chair’s grid, an older page) the last write still wins', async () => {
    const e = await scoringEvent();
    const juror = e.jurorIds[2] as number;
    const token = await identify(e.app, juror);
    const teamId = e.teamIds[2] as number;
    await ok(e.app, 'scoring.saveDraft', { token, teamId, scores: [{ criterionId: e.impact, value: 9 }] });
    await ok(e.app, 'scoring.saveDraft', { token, teamId, scores: [{ criterionId: e.impact, value: 4 }] });
    const sheet = (await ok(e.app, 'scoring.form', { token })).teams.find((t) => t.teamId === teamId)?.sheet;
    expect(sheet?.scores).toEqual([{ criterionId: e.impact, value: 4 }]);
  });
});
