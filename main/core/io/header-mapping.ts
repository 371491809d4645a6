/**
 * Which column holds what. Headers are compared after normalisation (case,
 * accents, spaces, punctuation and any "(optionnel)" or "*" removed), against
 * French and English names real organisers use. The UI shows the suggestion
 * and lets the organiser change it before anything is imported.
 */
import type { ImportField, ImportIssue, JurorField, TeamField } from './issues';
import { columnLabel } from './source-table';

export type ImportKind = 'teams' | 'jurors';

/** Field → 0-based column index. A column feeds at most one field. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const TEAM_FIELDS: readonly TeamField[] = [
  'teamName',
  'projectTitle',
  'memberName',
  'memberFirstName',
  'memberLastName',
  'memberEmail',
  'members',
];
export const JUROR_FIELDS: readonly JurorField[] = [
  'jurorName',
  'jurorFirstName',
  'jurorLastName',
  'jurorTitle',
  'jurorOrganisation',
];

/** "Nom de l'équipe (obligatoire) *" → "nomdelequipe"; "E-mail" → "email". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Space-separated synonym lists keep the tables readable at a glance. */
const words = (list: string): readonly string[] => list.split(' ');

const TEAM_SYNONYMS: Record<TeamField, readonly string[]> = {
  teamName: words(
    'equipe equipes team teams teamname nomdelequipe nomequipe nomdequipe nomteam groupe group groupname nomdugroupe startup nomdelastartup',
  ),
  projectTitle: words(
    'projet project projecttitle projectname titreduprojet titreprojet titredeprojet nomduprojet nomdeprojet intitule intituleduprojet titre title sujet',
  ),
  members: words(
    'membres members participants equipiers teammembers membresdelequipe composition compositiondelequipe',
  ),
  memberName: words(
    'membre member participant membername nomdumembre nomduparticipant participantname equipier nomcomplet fullname nomprenom prenomnom nometprenom prenometnom',
  ),
  memberFirstName: words('prenom firstname givenname prenomdumembre prenomduparticipant'),
  memberLastName: words('nomdefamille lastname surname familyname'),
  memberEmail: words(
    'email courriel mail mel adressemail adresseemail adressecourriel emailaddress adresseelectronique emaildumembre emailduparticipant',
  ),
};

const JUROR_SYNONYMS: Record<JurorField, readonly string[]> = {
  jurorName: words(
    'jure juree jures jurees juror jurors jury membredujury jurymember nomdujure nomcomplet fullname nomprenom prenomnom nometprenom prenometnom',
  ),
  jurorFirstName: words('prenom firstname givenname'),
  jurorLastName: words('nomdefamille lastname surname familyname'),
  jurorTitle: words(
    'titre title fonction poste role qualite jobtitle position titreorganisation fonctionorganisation titleorganisation titleorganization',
  ),
  jurorOrganisation: words(
    'organisation organization entreprise company societe structure institution affiliation employeur employer organisme etablissement',
  ),
};

/** "Nom" / "Name" alone: a full name, a last name (next to a first-name column) or, in a team file without a team column, the team. */
const GENERIC_NAMES = new Set(['nom', 'name', 'noms', 'names']);

function lookup<F extends string>(table: Record<F, readonly string[]>, key: string): F | undefined {
  for (const [field, names] of Object.entries(table) as [F, readonly string[]][]) {
    if (names.includes(key)) return field;
  }
  return undefined;
}

export function suggestMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const mapping: ColumnMapping = {};
  const keys = headers.map(normaliseHeader);
  const generic: number[] = [];
  keys.forEach((key, index) => {
    if (GENERIC_NAMES.has(key)) {
      generic.push(index);
      return;
    }
    const field = kind === 'teams' ? lookup(TEAM_SYNONYMS, key) : lookup(JUROR_SYNONYMS, key);
    if (field !== undefined && mapping[field] === undefined) mapping[field] = index;
  });
  for (const index of generic) {
    const field = genericNameField(mapping, kind);
    if (field !== undefined) mapping[field] = index;
  }
  return mapping;
}

function genericNameField(mapping: ColumnMapping, kind: ImportKind): ImportField | undefined {
  const candidates: ImportField[] =
    kind === 'jurors'
      ? mapping.jurorFirstName !== undefined
        ? ['jurorLastName']
        : ['jurorName']
      : mapping.memberFirstName !== undefined
        ? ['memberLastName']
        : mapping.teamName === undefined
          ? ['teamName']
          : mapping.members === undefined
            ? ['memberName']
            : [];
  return candidates.find((f) => mapping[f] === undefined);
}

/** Teams or jurors? Counts headers only one kind recognises; a tie (or nothing) means teams. */
export function guessKind(headers: readonly string[]): ImportKind {
  let teams = 0;
  let jurors = 0;
  for (const key of headers.map(normaliseHeader)) {
    const asTeam = lookup(TEAM_SYNONYMS, key);
    const asJuror = lookup(JUROR_SYNONYMS, key);
    if (asTeam !== undefined && asJuror === undefined) teams++;
    if (asJuror !== undefined && asTeam === undefined) jurors++;
  }
  return jurors > teams ? 'jurors' : 'teams';
}

export type TeamLayout = 'onePerRow' | 'membersInOneCell' | 'noMembers';

export function teamLayout(mapping: ColumnMapping): TeamLayout {
  if (mapping.members !== undefined) return 'membersInOneCell';
  const perRow = [mapping.memberName, mapping.memberFirstName, mapping.memberLastName, mapping.memberEmail];
  return perRow.some((c) => c !== undefined) ? 'onePerRow' : 'noMembers';
}

/** Problems that make the mapping itself unusable; row checks only run on a valid mapping. */
export function validateMapping(
  mapping: ColumnMapping,
  headers: readonly string[],
  kind: ImportKind,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const allowed: readonly ImportField[] = kind === 'teams' ? TEAM_FIELDS : JUROR_FIELDS;
  const owner = new Map<number, ImportField>();
  for (const [field, index] of Object.entries(mapping) as [ImportField, number | undefined][]) {
    if (index === undefined) continue;
    if (!allowed.includes(field) || !Number.isInteger(index) || index < 0 || index >= headers.length) {
      issues.push({ code: 'import.mappingInvalid', field });
      continue;
    }
    if (owner.has(index))
      issues.push({ code: 'import.mappingConflict', field, column: columnLabel({ headers }, index) });
    else owner.set(index, field);
  }
  const has = (f: ImportField) => mapping[f] !== undefined;
  if (kind === 'teams') {
    if (!has('teamName')) issues.push({ code: 'import.missingColumn', field: 'teamName' });
    if (has('members')) {
      for (const f of ['memberName', 'memberFirstName', 'memberLastName', 'memberEmail'] as const) {
        if (has(f)) issues.push({ code: 'import.mappingConflict', field: f });
      }
    }
    if (has('memberName') && (has('memberFirstName') || has('memberLastName'))) {
      issues.push({ code: 'import.mappingConflict', field: 'memberName' });
    }
    if (has('memberEmail') && !has('memberName') && !has('memberFirstName') && !has('memberLastName')) {
      issues.push({ code: 'import.missingColumn', field: 'memberName' });
    }
  } else {
    const split = has('jurorFirstName') || has('jurorLastName');
    if (!has('jurorName') && !split) issues.push({ code: 'import.missingColumn', field: 'jurorName' });
    if (has('jurorName') && split) issues.push({ code: 'import.mappingConflict', field: 'jurorName' });
  }
  return issues;
}
