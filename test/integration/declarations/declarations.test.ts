/**
 * Declarations of interest (issue 16) over the real dispatcher and temp
 * SQLite files: a juror declares from the window's form or from their phone,
 * a declared link recuses them, the chair can require a declaration before
 * scoring (refused on every path until then), record a paper declaration,
 * and the verifier catches a tampered declaration.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportEventJson } from '../../../main/core/data/event-json';
import { readDeclarationLog } from '../../../main/core/scoring/declarations';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { verifyEventExport, verifyEventFile } from '../../../main/core/verify';
import { lanApp } from '../lan/lan-app';
import { NetClient } from '../lan/net-client';
import { identify, ok, refused, scoringEvent } from '../scoring/fixture';

describe('a juror declaring from the laptop form', () => {
  it('records "no link" as a declaration, time-stamped and chained, with the juror as actor', async () => {
    const { app, db, jurorIds } = await scoringEvent();
    const juror = jurorIds[0] as number;
    const token = await identify(app, juror);
    const before = await ok(app, 'scoring.form', { token });
    expect(before.declaration).toEqual({ required: false, current: null });

    const result = await ok(app, 'scoring.declare', { token, links: [] });
    expect(result.declaration).toMatchObject({ seq: 1, actor: `juror:${juror}`, byChair: false, links: [] });
    expect(Date.parse(result.declaration.atUtc)).not.toBeNaN();
    const form = await ok(app, 'scoring.form', { token });
    expect(form.declaration.current?.seq).toBe(1);
    const overview = await ok(app, 'declarations.overview', {});
    expect(overview.jurors.find((j) => j.jurorId === juror)?.declaration?.links).toEqual([]);
    expect(overview.jurors.filter((j) => j.declaration === null)).toHaveLength(jurorIds.length - 1);
    expect(readDeclarationLog(db)).toHaveLength(1);
  });

  it('recuses the juror for a declared team, through the recusal the chair sees, and keeps started sheets out', async () => {
    const { app, teamIds, jurorIds, impact, pitch } = await scoringEvent();
    const juror = jurorIds[1] as number;
    const [teamA, teamB] = teamIds as [number, number];
    const token = await identify(app, juror);
    // The juror had already submitted team A before declaring the link.
    await ok(app, 'scoring.submit', {
      token,
      teamId: teamA,
      scores: [
        { criterionId: impact, value: 7 },
        { criterionId: pitch, value: 3 },
      ],
    });
    const result = await ok(app, 'scoring.declare', {
      token,
      links: [{ teamId: teamA, detail: '  Ancienne collègue de Tāmaʻa Teriʻi ' }],
    });
    expect(result.startedSheetTeamIds).toEqual([teamA]);
    expect(result.declaration.links).toEqual([
      { teamId: teamA, detail: 'Ancienne collègue de Tāmaʻa Teriʻi' },
    ]);

    const recusals = await ok(app, 'recusals.list', {});
    expect(recusals).toEqual([
      expect.objectContaining({
        jurorId: juror,
        teamId: teamA,
        reason: 'Ancienne collègue de Tāmaʻa Teriʻi',
        actor: `juror:${juror}`,
      }),
    ]);
    const form = await ok(app, 'scoring.form', { token });
    expect(form.teams.find((t) => t.teamId === teamA)?.recused).toBe(true);
    const progress = await ok(app, 'scores.progress', {});
    expect(progress.teams.find((t) => t.teamId === teamA)?.recusedJurorIds).toEqual([juror]);
    // The started sheet cannot be written any more; another team still can.
    const error = await refused(app, 'scoring.saveDraft', {
      token,
      teamId: teamA,
      scores: [{ criterionId: impact, value: 2 }],
    });
    expect(error.code).toBe('scoring.recused');
    await ok(app, 'scoring.saveDraft', { token, teamId: teamB, scores: [{ criterionId: impact, value: 2 }] });

    // Declaring again without the link never lifts the recusal: only the chair can.
    await ok(app, 'scoring.declare', { token, links: [] });
    expect(await ok(app, 'recusals.list', {})).toHaveLength(1);
    await ok(app, 'recusals.clear', { jurorId: juror, teamId: teamA });
    expect(await ok(app, 'recusals.list', {})).toHaveLength(0);
  });

  it('refuses a declaration naming a team twice, an empty detail or an unknown team, saving nothing', async () => {
    const { app, db, teamIds, jurorIds } = await scoringEvent();
    const token = await identify(app, jurorIds[0] as number);
    const teamA = teamIds[0] as number;
    const twice = await refused(app, 'scoring.declare', {
      token,
      links: [
        { teamId: teamA, detail: 'cousin' },
        { teamId: teamA, detail: 'cousine' },
      ],
    });
    expect(twice.code).toBe('declarations.duplicateTeam');
    const empty = await refused(app, 'scoring.declare', { token, links: [{ teamId: teamA, detail: '  ' }] });
    expect(empty.code).toBe('declarations.detailRequired');
    expect(empty.message).toContain('Indiquez en quelques mots');
    const unknown = await refused(app, 'scoring.declare', { token, links: [{ teamId: 9999, detail: 'x' }] });
    expect(unknown.code).toBe('error.notFound');
    expect(readDeclarationLog(db)).toHaveLength(0);
    expect(await ok(app, 'recusals.list', {})).toHaveLength(0);
  });

  it('keeps a juror or team named by a declaration from being deleted', async () => {
    const { app, teamIds, jurorIds } = await scoringEvent();
    const juror = jurorIds[2] as number;
    const teamD = teamIds[3] as number;
    await ok(app, 'declarations.record', { jurorId: juror, links: [{ teamId: teamD, detail: 'frère' }] });
    await ok(app, 'recusals.clear', { jurorId: juror, teamId: teamD });
    expect((await refused(app, 'jurors.delete', { id: juror })).code).toBe(
      'declarations.jurorHasDeclaration',
    );
    expect((await refused(app, 'teams.delete', { id: teamD })).code).toBe('declarations.teamHasDeclaration');
  });
});

describe('requiring a declaration before scoring', () => {
  it('refuses the window form, then lets it score once the juror declared', async () => {
    const { app, db, teamIds, jurorIds, impact } = await scoringEvent();
    const juror = jurorIds[0] as number;
    const token = await identify(app, juror);
    const draft = { token, teamId: teamIds[0], scores: [{ criterionId: impact, value: 5 }] };
    // Off by default: scoring works without a declaration (as in every existing file).
    await ok(app, 'scoring.saveDraft', draft);
    await ok(app, 'declarations.setRequired', { required: true });
    expect((await ok(app, 'scoring.form', { token })).declaration.required).toBe(true);
    const events = readScoreLog(db).length;
    for (const [name, input] of [
      ['scoring.saveDraft', { ...draft, scores: [{ criterionId: impact, value: 6 }] }],
      ['scoring.submit', { ...draft, teamId: teamIds[1] }],
    ] as const) {
      const error = await refused(app, name, input);
      expect(error.code).toBe('declarations.requiredForJuror');
      expect(error.message).toContain('Avant de noter, déclarez vos liens avec les équipes');
    }
    expect(readScoreLog(db)).toHaveLength(events);
    await ok(app, 'scoring.declare', { token, links: [] });
    await ok(app, 'scoring.saveDraft', { ...draft, scores: [{ criterionId: impact, value: 6 }] });
  });

  it('refuses the chair’s paper grid with the juror’s name, until the chair records the paper declaration', async () => {
    const { app, teamIds, impact } = await scoringEvent();
    const juror = (await ok(app, 'jurors.create', { name: 'Tāmaʻa Teriʻi', title: '' })).id;
    await ok(app, 'declarations.setRequired', { required: true });
    const cell = { jurorId: juror, teamId: teamIds[0], criterionId: impact, value: 4 };
    const error = await refused(app, 'scores.enter', cell);
    expect(error.code).toBe('declarations.requiredForChair');
    expect(error.message).toContain('Tāmaʻa Teriʻi n’a pas déclaré');

    const result = await ok(app, 'declarations.record', {
      jurorId: juror,
      links: [{ teamId: teamIds[1], detail: 'Mentor du projet' }],
    });
    expect(result.declaration).toMatchObject({ actor: 'chair', byChair: true });
    await ok(app, 'scores.enter', cell);
    expect((await ok(app, 'recusals.list', {})).map((r) => [r.jurorId, r.teamId, r.actor])).toEqual([
      [juror, teamIds[1], 'chair'],
    ]);
  });

  it('refuses the chair’s “submit every complete sheet” for a juror who has not declared, submitting nothing', async () => {
    const { app, db, teamIds, jurorIds, impact, pitch } = await scoringEvent();
    const juror = jurorIds[2] as number;
    // Typed in before the chair turned the rule on.
    await ok(app, 'scores.enter', { jurorId: juror, teamId: teamIds[0], criterionId: impact, value: 4 });
    await ok(app, 'scores.enter', { jurorId: juror, teamId: teamIds[0], criterionId: pitch, value: 2 });
    await ok(app, 'declarations.setRequired', { required: true });
    const events = readScoreLog(db).length;
    const error = await refused(app, 'scores.submitComplete', {});
    expect(error.code).toBe('declarations.requiredForChair');
    expect(error.message).toContain('Sophie Tetuanui');
    expect(readScoreLog(db)).toHaveLength(events);
    await ok(app, 'declarations.record', { jurorId: juror, links: [] });
    expect(await ok(app, 'scores.submitComplete', {})).toEqual({ submitted: 1 });
  });

  it('refuses a phone the same way, then accepts its declaration (idempotent per key) and its scores', async () => {
    const lan = await lanApp();
    const juror = lan.jurorIds[0] as number;
    await ok(lan.app, 'declarations.setRequired', { required: true });
    const { token } = await lan.issue(juror);
    const phone = await NetClient.connect(lan.url, token);
    const { value: identified } = (await phone.call('scoring.identify', { jurorId: juror, pin: null })) as {
      value: { token: string };
    };
    const draft = {
      token: identified.token,
      teamId: lan.teamIds[0],
      scores: [{ criterionId: lan.impact, value: 5 }],
    };
    const first = await phone.call('scoring.saveDraft', draft, 'draft-1-0123456789abcdef');
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.error.code).toBe('declarations.requiredForJuror');

    const declaration = {
      token: identified.token,
      links: [{ teamId: lan.teamIds[2], detail: 'Ma sœur y est' }],
    };
    const declared = await phone.call('scoring.declare', declaration, 'declare-1-0123456789abcdef');
    const resent = await phone.call('scoring.declare', declaration, 'declare-1-0123456789abcdef');
    expect(declared.ok && resent.ok).toBe(true);
    expect(resent).toEqual(declared);
    const db = lan.app.ctx.requireEventFile().db;
    expect(readDeclarationLog(db).map((d) => d.actor)).toEqual([`juror:${juror}`]);
    expect((await phone.call('scoring.saveDraft', draft, 'draft-2-0123456789abcdef')).ok).toBe(true);
    const recused = await phone.call(
      'scoring.saveDraft',
      { ...draft, teamId: lan.teamIds[2] },
      'draft-3-0123456789abcdef',
    );
    expect(recused.ok).toBe(false);
    await phone.close();
  });
});

describe('the verifier and declarations', () => {
  it('passes an intact log and reports a declaration edited in the file or in an export', async () => {
    const { app, teamIds, jurorIds } = await scoringEvent();
    for (const [i, juror] of jurorIds.entries()) {
      const token = await identify(app, juror);
      await ok(app, 'scoring.declare', {
        token,
        links: i === 1 ? [{ teamId: teamIds[0] as number, detail: 'Associé' }] : [],
      });
    }
    const session = app.ctx.requireEventFile();
    const path = session.path;
    const doc = exportEventJson(session.db);
    expect(verifyEventExport(doc)).toMatchObject({ ok: true });
    // Everything into the main file, so a copy of it holds the whole log.
    session.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(verifyEventFile(path)).toMatchObject({ ok: true });

    // Someone removes the append-only trigger and hides the declared link.
    const tampered = join(app.dir, 'tampered.sqlite');
    copyFileSync(path, tampered);
    const raw = new Database(tampered);
    raw.exec('DROP TRIGGER interest_declaration_no_update');
    raw.prepare("UPDATE interest_declaration SET links_json = '[]' WHERE seq = 2").run();
    raw.close();
    expect(verifyEventFile(tampered)).toEqual({
      ok: false,
      problem: { code: 'declaration.hashMismatch', params: { seq: 2 } },
    });

    // The same edit in an event JSON export.
    const edited = structuredClone(doc);
    const row = edited.tables.interest_declaration?.[1] as Record<string, unknown>;
    row.links_json = '[]';
    expect(verifyEventExport(edited)).toEqual({
      ok: false,
      problem: { code: 'declaration.hashMismatch', params: { seq: 2 } },
    });
    // A declaration removed from the middle of the log.
    const removed = structuredClone(doc);
    removed.tables.interest_declaration?.splice(0, 1);
    expect(verifyEventExport(removed)).toMatchObject({ ok: false, problem: { code: 'declaration.seqGap' } });
    // The last declarations cut off the end of the log: the chain alone still holds, but the recusal the
    // removed declaration brought now cites nothing.
    const truncated = structuredClone(doc);
    truncated.tables.interest_declaration?.splice(1);
    expect(verifyEventExport(truncated)).toMatchObject({
      ok: false,
      problem: { code: 'declaration.recusalUnbacked', params: { seq: '2' } },
    });
  });
});
