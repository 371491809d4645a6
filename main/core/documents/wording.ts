/**
 * Every sentence the documents print, in French and English. French follows
 * French typography: « guillemets » and a non-breaking space before : ; ! ?
 */
import type { Locale } from '../../../common/domain';
import { formatNumber } from './locale-format';
import type { AggregationMethod } from './types';

const NBSP = '\u00a0';

export interface Wording {
  quote(text: string): string;
  /** "Label :" in French, "Label:" in English. */
  label(text: string): string;
  certificate: {
    participationTitle: string;
    awardKicker: string;
    participationLead: string;
    participationVerb: string;
    awardLead: string;
    participationTeam(team: string, project: string): string;
    awardMember(team: string, project: string): string;
    awardTeam(project: string): string;
    awardEventLead: string;
    doneAt(place: string, date: string): string;
    verification: string;
  };
  results: {
    title: string;
    watermark: string;
    draftBanner: string;
    jury: string;
    criteria: string;
    method: string;
    ranking: string;
    averages: string;
    awards: string;
    annex: string;
    signatures: string;
    name: string;
    titleColumn: string;
    role: string;
    recusals: string;
    chairRole: string;
    memberRole: string;
    code: string;
    criterion: string;
    description: string;
    weight: string;
    scaleColumn: string;
    scale(min: string, max: string, step: string | null): string;
    aggregationLabel: string;
    tieBreakLabel: string;
    penaltyLabel: string;
    aggregation: Record<AggregationMethod, string>;
    tieBreakCriterion(name: string): string;
    tieBreakFirstPlaces: string;
    tieBreakChair: string;
    tieBreakHeadToHead: string;
    /** Under a team whose place in a tie was decided by a rule. */
    decidedBy(rule: string): string;
    /** "38 of 40 sheets received" under the method. */
    sheetsReceived(received: number, expected: number): string;
    sheetsLabel: string;
    /** Weight column header when the weights do not add up to 100. */
    effectiveWeight: string;
    weightsInProportion(total: string): string;
    tieBreakNone: string;
    tieBreakJoin: string;
    penaltyRule(points: number): string;
    penaltyNone: string;
    rank: string;
    team: string;
    project: string;
    total(scaleMax: number): string;
    time: string;
    overtime: string;
    penalty: string;
    tiedLegend: string;
    award: string;
    recused: string;
    generated(timestamp: string): string;
    locked(timestamp: string): string;
    hash(hex: string): string;
    page(current: number, count: number): string;
  };
  forms: {
    title: string;
    juror: string;
    number: string;
    teamProject: string;
    comments: string;
    recusedRow: string;
    levels: string;
    continued: string;
    signature: string;
  };
  order: {
    title: string;
    slot: string;
    status: string;
    planned: string;
    onStage: string;
    done: string;
    absent: string;
    withdrawn: string;
    note: string;
    updated(timestamp: string): string;
  };
}

const fr: Wording = {
  quote: (text) => `«${NBSP}${text}${NBSP}»`,
  label: (text) => `${text}${NBSP}:`,
  certificate: {
    participationTitle: 'Attestation de participation',
    awardKicker: 'Certificat de distinction',
    participationLead: 'Nous attestons que',
    participationVerb: 'a participé à',
    awardLead: 'décerné à',
    participationTeam: (team, project) =>
      `au sein de l’équipe ${fr.quote(team)} avec le projet ${fr.quote(project)}`,
    awardMember: (team, project) => `membre de l’équipe ${fr.quote(team)}, projet ${fr.quote(project)}`,
    awardTeam: (project) => `pour le projet ${fr.quote(project)}`,
    awardEventLead: 'lors de',
    doneAt: (place, date) => (place.trim() ? `Fait à ${place}, le ${date}` : `Fait le ${date}`),
    verification: 'Code de vérification',
  },
  results: {
    title: 'Procès-verbal du jury',
    watermark: 'PROJET',
    draftBanner: `PROJET${NBSP}— résultats non verrouillés, sans valeur officielle`,
    jury: 'Composition du jury',
    criteria: 'Critères et pondérations',
    method: 'Méthode de classement',
    ranking: 'Classement',
    averages: 'Moyennes par critère',
    awards: 'Prix décernés',
    annex: 'Annexe — notes de chaque juré',
    signatures: 'Signatures',
    name: 'Nom',
    titleColumn: 'Fonction, organisation',
    role: 'Rôle',
    recusals: 'Déports (conflits d’intérêts)',
    chairRole: 'Présidence du jury',
    memberRole: 'Membre du jury',
    code: 'Code',
    criterion: 'Critère',
    description: 'Description',
    weight: 'Poids',
    scaleColumn: 'Échelle',
    scale: (min, max, step) => (step ? `de ${min} à ${max}, pas de ${step}` : `de ${min} à ${max}`),
    aggregationLabel: 'Méthode d’agrégation',
    tieBreakLabel: 'Départage des ex æquo',
    penaltyLabel: 'Pénalité de dépassement',
    aggregation: {
      weightedMean:
        'moyenne pondérée — le total d’une équipe est la moyenne des totaux pondérés des jurés qui l’ont notée.',
      trimmedMean:
        'moyenne tronquée — à partir de cinq jurés, le total le plus haut et le plus bas sont écartés avant la moyenne.',
      median: 'médiane — le total d’une équipe est la médiane des totaux pondérés des jurés qui l’ont notée.',
      zScore:
        'normalisation par juré (score z) — les totaux de chaque juré sont centrés et réduits, puis ramenés sur l’échelle de l’événement.',
      borda:
        'méthode de Borda — chaque juré classe les équipes ; une équipe reçoit d’autant plus de points qu’elle est mieux classée.',
    },
    tieBreakCriterion: (name) => `note la plus haute au critère ${fr.quote(name)}`,
    tieBreakFirstPlaces: 'plus grand nombre de premières places',
    tieBreakChair: 'décision consignée de la présidence du jury',
    tieBreakHeadToHead: 'confrontation directe (plus de jurés ont placé l’équipe devant l’autre)',
    decidedBy: (rule) => `ex æquo départagé par${NBSP}: ${rule}`,
    sheetsReceived: (received, expected) =>
      `${received} fiches reçues sur ${expected}${received < expected ? ` — ${expected - received} manquante${expected - received > 1 ? 's' : ''}` : ''}`,
    sheetsLabel: 'Fiches',
    effectiveWeight: 'Poids appliqué',
    weightsInProportion: (total) =>
      `La somme des poids fait ${total}, et non 100${NBSP}: ils sont appliqués en proportion (colonne «${NBSP}Poids appliqué${NBSP}»).`,
    tieBreakNone: 'aucun — les équipes ex æquo partagent le rang',
    tieBreakJoin: ', puis ',
    penaltyRule: (points) =>
      `${formatNumber(points, 'fr')}${NBSP}${points < 2 ? 'point' : 'points'} par tranche de 30${NBSP}s entamée au-delà du temps de pitch`,
    penaltyNone: 'aucune',
    rank: 'Rang',
    team: 'Équipe',
    project: 'Projet',
    total: (scaleMax) => `Total /${scaleMax}`,
    time: 'Temps',
    overtime: 'Dépassement',
    penalty: 'Pénalité',
    tiedLegend: `=${NBSP}: ex æquo`,
    award: 'Prix',
    recused: 'déport',
    generated: (timestamp) => `Généré le ${timestamp}`,
    locked: (timestamp) => `Résultats verrouillés le ${timestamp}`,
    hash: (hex) => `SHA-256 des résultats verrouillés${NBSP}: ${hex}`,
    page: (current, count) => `Page ${current} / ${count}`,
  },
  forms: {
    title: 'Grille de notation',
    juror: 'Juré',
    number: 'N°',
    teamProject: 'Équipe et projet',
    comments: 'Commentaires',
    recusedRow: `Déport${NBSP}— ne pas noter`,
    levels: 'Niveaux des échelles',
    continued: '(suite)',
    signature: `Signature du juré${NBSP}:`,
  },
  order: {
    title: 'Ordre de passage',
    slot: 'Horaire estimé',
    status: 'Statut',
    planned: 'À venir',
    onStage: 'Sur scène',
    done: 'Passée',
    absent: 'Absente',
    withdrawn: 'Retirée',
    note: 'Horaires indicatifs, susceptibles d’évoluer au cours de la session.',
    updated: (timestamp) => `Mis à jour le ${timestamp}`,
  },
};

const en: Wording = {
  quote: (text) => `“${text}”`,
  label: (text) => `${text}:`,
  certificate: {
    participationTitle: 'Certificate of participation',
    awardKicker: 'Certificate of achievement',
    participationLead: 'This is to certify that',
    participationVerb: 'took part in',
    awardLead: 'awarded to',
    participationTeam: (team, project) =>
      `as a member of team ${en.quote(team)} with the project ${en.quote(project)}`,
    awardMember: (team, project) => `member of team ${en.quote(team)}, project ${en.quote(project)}`,
    awardTeam: (project) => `for the project ${en.quote(project)}`,
    awardEventLead: 'at',
    doneAt: (place, date) => (place.trim() ? `Done in ${place} on ${date}` : `Done on ${date}`),
    verification: 'Verification code',
  },
  results: {
    title: 'Jury minutes',
    watermark: 'DRAFT',
    draftBanner: 'DRAFT — results not locked, not an official record',
    jury: 'Jury',
    criteria: 'Criteria and weights',
    method: 'Ranking method',
    ranking: 'Ranking',
    averages: 'Averages per criterion',
    awards: 'Awards',
    annex: 'Annex — each juror’s scores',
    signatures: 'Signatures',
    name: 'Name',
    titleColumn: 'Title, organisation',
    role: 'Role',
    recusals: 'Recusals (conflicts of interest)',
    chairRole: 'Jury chair',
    memberRole: 'Juror',
    code: 'Code',
    criterion: 'Criterion',
    description: 'Description',
    weight: 'Weight',
    scaleColumn: 'Scale',
    scale: (min, max, step) => (step ? `${min} to ${max}, step ${step}` : `${min} to ${max}`),
    aggregationLabel: 'Aggregation method',
    tieBreakLabel: 'Tie-break',
    penaltyLabel: 'Overtime penalty',
    aggregation: {
      weightedMean:
        'weighted mean — a team’s total is the mean of the weighted totals of the jurors who scored it.',
      trimmedMean:
        'trimmed mean — with five jurors or more, the highest and lowest totals are dropped before averaging.',
      median: 'median — a team’s total is the median of the weighted totals of the jurors who scored it.',
      zScore: 'per-juror z-score — each juror’s totals are standardised, then rescaled to the event’s scale.',
      borda: 'Borda count — each juror ranks the teams; a team earns more points the higher it is ranked.',
    },
    tieBreakCriterion: (name) => `higher score on criterion ${en.quote(name)}`,
    tieBreakFirstPlaces: 'more first places',
    tieBreakChair: 'recorded decision of the jury chair',
    tieBreakHeadToHead: 'head-to-head (more jurors placed the team above the other)',
    decidedBy: (rule) => `tie decided by: ${rule}`,
    sheetsReceived: (received, expected) =>
      `${received} of ${expected} sheets received${received < expected ? ` — ${expected - received} missing` : ''}`,
    sheetsLabel: 'Sheets',
    effectiveWeight: 'Weight used',
    weightsInProportion: (total) =>
      `The weights add up to ${total}, not 100: they are used in proportion (column “Weight used”).`,
    tieBreakNone: 'none — tied teams share the rank',
    tieBreakJoin: ', then ',
    penaltyRule: (points) =>
      `${formatNumber(points, 'en')} ${points === 1 ? 'point' : 'points'} per started 30 s over the pitch time`,
    penaltyNone: 'none',
    rank: 'Rank',
    team: 'Team',
    project: 'Project',
    total: (scaleMax) => `Total /${scaleMax}`,
    time: 'Time',
    overtime: 'Overtime',
    penalty: 'Penalty',
    tiedLegend: '= tied',
    award: 'Award',
    recused: 'recused',
    generated: (timestamp) => `Generated on ${timestamp}`,
    locked: (timestamp) => `Results locked on ${timestamp}`,
    hash: (hex) => `SHA-256 of the locked results: ${hex}`,
    page: (current, count) => `Page ${current} / ${count}`,
  },
  forms: {
    title: 'Scoring form',
    juror: 'Juror',
    number: 'No.',
    teamProject: 'Team and project',
    comments: 'Comments',
    recusedRow: 'Recused — do not score',
    levels: 'Scale levels',
    continued: '(continued)',
    signature: 'Juror’s signature:',
  },
  order: {
    title: 'Running order',
    slot: 'Estimated slot',
    status: 'Status',
    planned: 'To come',
    onStage: 'On stage',
    done: 'Done',
    absent: 'Absent',
    withdrawn: 'Withdrawn',
    note: 'Times are estimates and may change during the session.',
    updated: (timestamp) => `Updated on ${timestamp}`,
  },
};

export const WORDING: Record<Locale, Wording> = { fr, en };

export function wordingFor(locale: Locale): Wording {
  return WORDING[locale];
}
