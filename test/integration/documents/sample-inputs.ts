/**
 * A French hackathon in Papeete as document inputs: Tahitian names with
 * macrons and ʻokina, accents, a very long name and project title, « », ’
 * and €. Shared by the document tests, the previews and the PDF benchmark.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Criterion, EventInfo, Juror, Team } from '../../../common/domain';
import type {
  CertificatesInput,
  ResultsSheetInput,
  RunningOrderInput,
  ScoringFormsInput,
} from '../../../main/core/documents/types';

type Rgba = [number, number, number, number];

/** A minimal RGBA PNG encoder, so the fixtures need no image files. */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Uint8Array {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (width * 4 + 1) + 1 + x * 4);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A wide logo: a teal disc (the sun over the lagoon) and a navy wordmark bar. */
export const LOGO_PNG = makePng(240, 80, (x, y) => {
  const inDisc = (x - 40) ** 2 + (y - 40) ** 2 < 30 ** 2;
  if (inDisc) return [0, 128, 128, 255];
  if (x > 85 && x < 230 && y > 30 && y < 50) return [29, 53, 87, 255];
  return [0, 0, 0, 0];
});

/** A pen stroke on a transparent background. */
export const SIGNATURE_PNG = makePng(200, 60, (x, y) => {
  const curve = 30 + 18 * Math.sin(x / 14) * (1 - x / 260);
  return Math.abs(y - curve) < 1.6 && x > 10 && x < 190 ? [20, 30, 80, 255] : [0, 0, 0, 0];
});

export const LONG_NAME = 'Marie-Thérèse Hinanui Teriitehau-Vanaa de la Roncière d’Arlincourt';
export const LONG_PROJECT =
  'Plateforme collaborative de suivi de la qualité de l’eau des lagons par capteurs connectés et science participative';

export const EVENT: EventInfo = {
  name: 'Hackathon du Numérique Polynésien 2022',
  startDate: '2022-09-28',
  endDate: '2022-09-30',
  venue: 'Maison de la Culture',
  city: 'Papeete',
  organiser: 'Digital Tahiti',
  locale: 'fr',
  logo: null,
  scaleMax: 20,
};

const member = (id: number, name: string) => ({ id, name, email: null });

export const TEAMS: Team[] = [
  {
    id: 1,
    name: 'Te Moana',
    projectTitle: 'Récif vivant : l’appli « Ā ʻAu » pour les plongeurs',
    position: 0,
    members: [member(11, 'Tāmaʻa Teriʻi'), member(12, 'Hinatea Raʻiātea'), member(13, 'Éloïse Lefèvre-Ō')],
  },
  {
    id: 2,
    name: 'Les Fa’a’apu Connectés',
    projectTitle: 'Potager partagé à 5 € par mois',
    position: 1,
    members: [member(21, 'Moana Tehei'), member(22, 'Jean-Noël Aubert')],
  },
  {
    id: 3,
    name: 'Lagon Bleu Data Collective',
    projectTitle: LONG_PROJECT,
    position: 2,
    members: [member(31, LONG_NAME), member(32, 'Teva Ūtia')],
  },
  {
    id: 4,
    name: 'Mā’ohi Code',
    projectTitle: 'Traduction automatique reo mā’ohi – français',
    position: 3,
    members: [member(41, 'Vaimiti Ōpū'), member(42, 'Léa Château')],
  },
];

export const JURORS: Juror[] = [
  { id: 1, name: 'Hereiti Tāmarii', title: 'Directrice, Digital Tahiti', position: 0 },
  { id: 2, name: 'François Lemaître', title: 'Investisseur, Fenua Ventures', position: 1 },
  {
    id: 3,
    name: 'Maeva Raʻapoto',
    title: 'Enseignante-chercheuse, Université de la Polynésie française',
    position: 2,
  },
];

const levels = [
  { value: 0, label: 'absent' },
  { value: 5, label: 'convaincant' },
  { value: 10, label: 'exceptionnel' },
];

export const CRITERIA: Criterion[] = [
  {
    id: 1,
    name: 'Innovation',
    description: 'Originalité de l’idée',
    weight: 30,
    min: 0,
    max: 10,
    step: 0.5,
    levels,
    position: 0,
  },
  {
    id: 2,
    name: 'Impact',
    description: 'Utilité pour le fenua',
    weight: 30,
    min: 0,
    max: 10,
    step: 0.5,
    levels,
    position: 1,
  },
  {
    id: 3,
    name: 'Faisabilité',
    description: 'Réalisme technique et économique',
    weight: 25,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
    position: 2,
  },
  {
    id: 4,
    name: 'Pitch',
    description: 'Clarté et conviction',
    weight: 15,
    min: 0,
    max: 5,
    step: 1,
    levels: [],
    position: 3,
  },
];

export function certificatesInput(overrides: Partial<CertificatesInput> = {}): CertificatesInput {
  return {
    kind: 'certificates',
    event: { ...EVENT, logo: { mime: 'image/png', dataBase64: Buffer.from(LOGO_PNG).toString('base64') } },
    teams: TEAMS,
    awards: [
      { name: 'Premier prix', teamId: 3 },
      { name: 'Coup de cœur du jury', teamId: 1 },
    ],
    signatories: [
      { name: 'Hereiti Tāmarii', title: 'Présidente du jury', signature: SIGNATURE_PNG },
      { name: 'Teiki Ōtare', title: 'Directeur général, Digital Tahiti', signature: null },
    ],
    which: 'all',
    verification: { eventKey: 'evt-2022-papeete', secret: 'test-secret-do-not-use' },
    ...overrides,
  };
}

export const RESULTS_HASH = 'a3f1c09e5b7d2e4f6a8b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f7';

export function resultsInput(overrides: Partial<ResultsSheetInput> = {}): ResultsSheetInput {
  const score = (jurorId: number, teamId: number, values: number[], total: number) => ({
    jurorId,
    teamId,
    scores: Object.fromEntries(values.map((v, i) => [i + 1, v])),
    total,
  });
  return {
    kind: 'results',
    event: EVENT,
    draft: false,
    resultsHash: RESULTS_HASH,
    lockedAt: '2022-09-30T04:12:00Z',
    generatedAt: '2022-09-30T04:20:00Z',
    timeZone: 'Pacific/Tahiti',
    teams: TEAMS,
    jurors: JURORS,
    chair: { name: 'Hereiti Tāmarii', title: 'Directrice, Digital Tahiti', jurorId: 1 },
    recusals: [{ jurorId: 2, teamId: 2, reason: 'Lien familial avec un membre' }],
    criteria: CRITERIA,
    aggregation: { method: 'weightedMean' },
    tieBreak: { steps: [{ kind: 'criterion', criterionId: 2 }, { kind: 'chair_decision' }] },
    overtimePenalty: { pointsPerStarted30s: 0.5 },
    ranking: [
      {
        teamId: 3,
        rank: 1,
        tied: false,
        total: 16.42,
        criterionAverages: { 1: 8.5, 2: 8, 3: 8, 4: 4 },
        timeUsedMs: 298_000,
        overtimeMs: 0,
        penalty: 0,
      },
      {
        teamId: 1,
        rank: 2,
        tied: true,
        total: 14.5,
        criterionAverages: { 1: 7.5, 2: 7, 3: 7.33, 4: 3.67 },
        timeUsedMs: 312_000,
        overtimeMs: 12_000,
        penalty: 0.5,
      },
      {
        teamId: 4,
        rank: 2,
        tied: true,
        total: 14.5,
        criterionAverages: { 1: 7, 2: 7.5, 3: 7, 4: 4 },
        timeUsedMs: 285_000,
        overtimeMs: 0,
        penalty: 0,
      },
      {
        teamId: 2,
        rank: 4,
        tied: false,
        total: 11.25,
        criterionAverages: { 1: 5.5, 2: 6, 3: 6.5, 4: 3 },
        timeUsedMs: 300_000,
        overtimeMs: 0,
        penalty: 0,
      },
    ],
    awards: [
      { name: 'Premier prix', teamId: 3 },
      { name: 'Coup de cœur du jury', teamId: 1 },
    ],
    jurorScores: [
      score(1, 1, [7.5, 7, 7, 4], 14.5),
      score(1, 2, [5, 6, 6, 3], 11),
      score(1, 3, [8.5, 8, 8, 4], 16.4),
      score(1, 4, [7, 7.5, 7, 4], 14.6),
      score(2, 1, [8, 7, 8, 3], 14.6),
      score(2, 3, [9, 8.5, 8, 4], 16.9),
      score(2, 4, [7, 7, 7, 4], 14.2),
      score(3, 1, [7, 7, 7, 4], 14.2),
      score(3, 2, [6, 6, 7, 3], 11.5),
      score(3, 3, [8, 7.5, 8, 4], 16),
      score(3, 4, [7, 8, 7, 4], 14.7),
    ],
    ...overrides,
  };
}

export function scoringFormsInput(overrides: Partial<ScoringFormsInput> = {}): ScoringFormsInput {
  return {
    kind: 'forms',
    event: EVENT,
    jurors: JURORS,
    teams: TEAMS,
    criteria: CRITERIA,
    order: [2, 4, 1, 3],
    recusals: [{ jurorId: 2, teamId: 2 }],
    ...overrides,
  };
}

export function runningOrderInput(overrides: Partial<RunningOrderInput> = {}): RunningOrderInput {
  const at = (minutes: number) => new Date(Date.UTC(2022, 8, 29, 19, 30 + minutes)).toISOString();
  return {
    kind: 'order',
    event: EVENT,
    teams: TEAMS,
    slots: [
      { teamId: 2, startsAt: at(0), endsAt: at(10), status: 'done' },
      { teamId: 4, startsAt: at(12), endsAt: at(22), status: 'onStage' },
      { teamId: 1, startsAt: at(24), endsAt: at(34), status: 'absent' },
      { teamId: 3, startsAt: at(36), endsAt: at(46), status: 'planned' },
    ],
    generatedAt: '2022-09-29T18:00:00Z',
    timeZone: 'Pacific/Tahiti',
    ...overrides,
  };
}

/** `count` participation-ready teams of four members, for batches and benchmarks. */
export function manyTeams(count: number): Team[] {
  const first = ['Tāmaʻa', 'Hinatea', 'Éloïse', 'Moana', 'Teva', 'Vaimiti', 'Léa', 'Raiarii'];
  const last = ['Teriʻi', 'Raʻiātea', 'Lefèvre-Ō', 'Tehei', 'Ūtia', 'Ōpū', 'Château', 'Tūmata'];
  return Array.from({ length: count }, (_, t) => ({
    id: 1000 + t,
    name: `Équipe ${t + 1} — Fa’a’apu`,
    projectTitle: `Projet nº ${t + 1} : « capteurs du lagon » à 5 €`,
    position: t,
    members: Array.from({ length: 4 }, (_, m) => ({
      id: 10_000 + t * 10 + m,
      name: `${first[(t + m) % first.length]} ${last[(t * 3 + m) % last.length]}`,
      email: null,
    })),
  }));
}
