import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { ROOMS_COMMANDS } from '../../../main/core/rooms/cli-commands';
import { scoreEventCount } from '../../../main/core/scoring/score-store';
import { buildHeadEvent, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

describe('the rooms commands', () => {
  it('room-file, room-result, room-merge: the USB round trip from the command line, in French', async () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 });
    const headPath = head.name;
    closeDatabase(head);
    const lines: string[] = [];
    const commands = ROOMS_COMMANDS({ out: (line) => lines.push(line) });
    const run = async (name: string, ...args: string[]) => commands[name]?.run(args);

    const roomPath = join(dir, 'salle-b.sqlite');
    await run('room-file', headPath, '--room', 'Salle B', '--out', roomPath, '--lang', 'fr');
    expect(lines.pop()).toBe(
      `Fichier de salle de «\u00a0Salle B\u00a0» écrit dans ${roomPath} (2 équipes, 2 jurés).`,
    );
    await expect(
      run('room-file', headPath, '--room', 'Salle Z', '--out', join(dir, 'z.sqlite')),
    ).rejects.toThrow('No room named “Salle Z” in this event. Rooms: Salle A (1), Salle B (2).');
    await expect(run('room-file', headPath, '--room', 'Salle B', '--out', roomPath)).rejects.toThrow(
      'already exists',
    );

    const room = openDatabase(roomPath);
    scoreRoom(room, rooms[1] as (typeof rooms)[1], 2, { lock: true });
    const events = scoreEventCount(room);
    closeDatabase(room);
    const resultPath = join(dir, 'salle-b.json');
    await run('room-result', roomPath, '--out', resultPath);
    expect(existsSync(resultPath)).toBe(true);
    await expect(run('room-result', headPath, '--out', join(dir, 'x.json'))).rejects.toThrow(
      'is not a room file',
    );

    await run('room-merge', headPath, resultPath, '--lang', 'fr');
    expect(lines.slice(-4)).toEqual([
      expect.stringMatching(new RegExp(`^Salle B\u00a0: ${events} entrées de notes ajoutées \\(.+\\)\\.$`)),
      expect.stringMatching(/^Les résultats de la salle sont verrouillés \(empreinte [0-9a-f]{64}\)\.$/),
      '  Salle A: 0 fiches sur 4 — Rien reçu pour l’instant',
      expect.stringMatching(/^ {2}Salle B: 4 fiches sur 4 — Dernières nouvelles\u00a0: \d{4}-/),
    ]);
    await run('room-merge', headPath, resultPath);
    expect(lines.at(-4)).toBe('Salle B: already merged, nothing changed.');

    // The final: the rule stated, the finalists, the drawn order, printed; then printed again, never changed.
    await run('final-round', headPath, '--top-per-room', '1', '--seed', 'PAPEETE', '--lang', 'fr');
    const printed = lines.splice(-4);
    expect(printed.slice(0, 2)).toEqual([
      'Finalistes\u00a0: le premier de chaque salle (les ex aequo au rang 1 passent tous).',
      'Ordre de passage de la finale (tiré au sort, graine PAPEETE)\u00a0:',
    ]);
    expect(printed[2]).toMatch(/^ {2}1\. Équipe 1-\d Tāmaʻa Teriʻi$/);
    expect(printed[3]).toBe('Jury de la finale\u00a0: pas encore choisi');
    await run('final-round', headPath, '--lang', 'fr');
    expect(lines.splice(-4)).toEqual(printed);
    await expect(run('final-round', headPath, '--top-overall', '2', '--lang', 'fr')).rejects.toThrow(
      'La finale est déjà décidée',
    );

    // Spacing is not content: the same file reformatted is still the same result (already merged).
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(JSON.parse(readFileSync(resultPath, 'utf8')), null, 2));
    await run('room-merge', headPath, tampered);
    expect(lines.at(-4)).toBe('Salle B: already merged, nothing changed.');
    const doc = JSON.parse(readFileSync(resultPath, 'utf8')) as { body: { headEventName: string } };
    doc.body.headEventName = 'Autre';
    writeFileSync(tampered, JSON.stringify(doc));
    await expect(run('room-merge', headPath, tampered, '--lang', 'fr')).rejects.toThrow(
      'son sceau ne correspond pas',
    );
  });

  it('each command prints its usage with --help (exit 0 through main/cli.ts), and fails with it on a wrong call', async () => {
    const lines: string[] = [];
    const commands = ROOMS_COMMANDS({ out: (line) => lines.push(line) });
    for (const name of ['room-file', 'room-result', 'room-merge', 'final-round']) {
      await commands[name]?.run(['--help']);
      expect(lines.pop()).toContain(`usage: npm run cli -- ${name} <`);
    }
    const root = resolve(import.meta.dirname, '../../..');
    const tsx = join(root, 'node_modules/.bin/tsx');
    const cli = promisify(execFile);
    const help = await cli(tsx, ['main/cli.ts', 'room-file', '--help'], { cwd: root });
    expect(help.stdout).toContain('usage: npm run cli -- room-file <head.sqlite> --room <name|id>');
    const wrong = await cli(tsx, ['main/cli.ts', 'room-merge'], { cwd: root }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(wrong).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('usage: npm run cli -- room-merge'),
    });
  });
});
