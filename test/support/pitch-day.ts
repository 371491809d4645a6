import type { Call } from './core';

/** The jurors of the small event; the first has a Tahitian name (ʻokina and macron). */
export const PITCH_DAY_JURORS = ['Hinatea Raʻiātea', 'Marc Delorme', 'Sophie Tetuanui'] as const;

/** Each team with its one member, when the event needs members (documents, exports). */
const TEAMS = [
  ['Vai Ora', 'Tāmaʻa Teriʻi'],
  ['Motu Énergie', 'Léa Martin'],
  ['Fare Pūai', 'Hiro Tehei'],
  ['Reo Plus', 'Manon Dubois'],
] as const;

export interface PitchDayCriterion {
  id: number;
  min: number;
  max: number;
  step: number;
}

/**
 * The small event most integration tests, the crash loop and the reliability
 * fixtures score: four teams, three jurors, two criteria on different scales
 * (Impact 0–10 by 1, weight 60; Pitch 0–5 by 0.5, weight 40), created through
 * `call` — the real dispatcher, as the UI does. Nothing is scored yet.
 */
export async function pitchDayEvent(
  call: Call,
  options: {
    eventName?: string;
    /** One member per team (Tāmaʻa Teriʻi in the first); none by default. */
    withMembers?: boolean;
    /** Level descriptions on Impact (0 « Aucun », 10 « Majeur »); none by default. */
    impactLevels?: boolean;
  } = {},
) {
  await call('file.new', { name: options.eventName ?? 'Pitch Day Papeete' });
  const teamIds: number[] = [];
  for (const [name, member] of TEAMS) {
    const team = await call('teams.create', {
      name,
      projectTitle: `Projet ${name}`,
      members: options.withMembers ? [{ name: member, email: null }] : [],
    });
    teamIds.push(team.id);
  }
  const jurorIds: number[] = [];
  for (const name of PITCH_DAY_JURORS) jurorIds.push((await call('jurors.create', { name, title: '' })).id);
  const impact = await call('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 60,
    min: 0,
    max: 10,
    step: 1,
    levels: options.impactLevels
      ? [
          { value: 0, label: 'Aucun' },
          { value: 10, label: 'Majeur' },
        ]
      : [],
  });
  const pitch = await call('criteria.create', {
    name: 'Pitch',
    description: '',
    weight: 40,
    min: 0,
    max: 5,
    step: 0.5,
    levels: [],
  });
  const criteria: PitchDayCriterion[] = [
    { id: impact.id, min: 0, max: 10, step: 1 },
    { id: pitch.id, min: 0, max: 5, step: 0.5 },
  ];
  return { teamIds, jurorIds, impact: impact.id, pitch: pitch.id, criteria };
}
