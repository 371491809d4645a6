/**
 * The window's juror form and a juror's phone are two doors to the same sheet
 * service: the same submissions through either must produce the same score
 * log, the same announcements to the windows and the same milestone backups.
 */
import { describe, expect, it } from 'vitest';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { fullSheet, lanApp } from '../lan/lan-app';
import { NetClient } from '../lan/net-client';
import { identify, ok } from './fixture';

type LanApp = Awaited<ReturnType<typeof lanApp>>;

/** What one juror does on one team, in order. */
type Step =
  | { juror: number; team: number; act: 'draft'; impact: number }
  | { juror: number; team: number; act: 'submit'; impact: number; pitch: number }
  | { juror: number; team: number; act: 'reopen' };

/** Three jurors score team 0 (the third submission completes it), one reopens, one drafts team 1. */
const STEPS: Step[] = [
  { juror: 0, team: 0, act: 'draft', impact: 6 },
  { juror: 0, team: 0, act: 'submit', impact: 7, pitch: 3.5 },
  { juror: 1, team: 0, act: 'submit', impact: 8, pitch: 4 },
  { juror: 2, team: 1, act: 'draft', impact: 5 },
  { juror: 2, team: 0, act: 'submit', impact: 9, pitch: 4.5 },
  { juror: 1, team: 0, act: 'reopen' },
  { juror: 1, team: 0, act: 'submit', impact: 6, pitch: 2 },
];

function input(lan: LanApp, token: string, step: Step): { name: string; value: Record<string, unknown> } {
  const teamId = lan.teamIds[step.team] as number;
  if (step.act === 'draft')
    return {
      name: 'scoring.saveDraft',
      value: { token, teamId, scores: [{ criterionId: lan.impact, value: step.impact }] },
    };
  if (step.act === 'submit')
    return {
      name: 'scoring.submit',
      value: { token, teamId, scores: fullSheet(lan, step.impact, step.pitch), comment: 'Clair' },
    };
  return { name: 'scoring.reopen', value: { token, teamId, reason: 'Erreur de saisie' } };
}

/** What the windows were told (the network's own device-list refreshes aside) and what was backed up. */
async function outcome(lan: LanApp) {
  await lan.app.services.backups.whenIdle();
  const backups = await ok(lan.app, 'backup.status', {});
  const db = lan.app.ctx.requireEventFile().db;
  const scopes = lan.app.emitted
    .filter((e) => e.name === 'event.changed')
    .map((e) => (e.payload as { scopes: string[] }).scopes.join(','))
    .filter((joined) => joined !== 'lan');
  return {
    // A backup finishes in the background: when it is announced depends on the machine, that it is does not.
    announced: scopes.filter((joined) => joined !== 'backup'),
    backupAnnouncements: scopes.filter((joined) => joined === 'backup').length,
    log: readScoreLog(db).map(
      (e) => `${e.kind}:${lan.jurorIds.indexOf(e.jurorId)}:${lan.teamIds.indexOf(e.teamId)}`,
    ),
    backups: backups.backups.map((b) => b.reason),
  };
}

describe('juror sheets from the window and from a phone', () => {
  it('produce the same events, announcements and backups for the same submissions', async () => {
    const window = await lanApp();
    const windowTokens = await Promise.all(window.jurorIds.map((jurorId) => identify(window.app, jurorId)));
    window.app.emitted.length = 0;
    for (const step of STEPS) {
      const { name, value } = input(window, windowTokens[step.juror] as string, step);
      expect((await window.app.invoke(name, value)).ok).toBe(true);
    }

    const phone = await lanApp();
    const phones: NetClient[] = [];
    for (const jurorId of phone.jurorIds) {
      const { token } = await phone.issue(jurorId);
      phones.push(await NetClient.connect(phone.url, token));
    }
    phone.app.emitted.length = 0;
    for (const [index, step] of STEPS.entries()) {
      const { name, value } = input(phone, 'network.00000000', step);
      const client = phones[step.juror] as NetClient;
      expect(await client.call(name, value, `parity-key-${String(index).padStart(6, '0')}`)).toMatchObject({
        ok: true,
      });
    }
    for (const client of phones) await client.close();

    const fromWindow = await outcome(window);
    const fromPhone = await outcome(phone);
    expect(fromWindow.backups).toEqual(['team-scored']);
    expect(fromPhone.log).toEqual(fromWindow.log);
    expect(fromPhone.announced).toEqual(fromWindow.announced);
    expect(fromPhone.backupAnnouncements).toEqual(fromWindow.backupAnnouncements);
    expect(fromPhone.backups).toEqual(fromWindow.backups);
  });
});
