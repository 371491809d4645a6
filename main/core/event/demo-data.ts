import type { CriterionDraft, JurorDraft, TeamDraft } from '../../../common/contract/setup';
import type { EventInfo } from '../../../common/domain';

/**
 * A realistic French public-sector hackathon, so a newcomer sees the product
 * with believable data (and Tahitian names that exercise ʻokina and macrons).
 */
export const DEMO_EVENT: EventInfo = {
  name: 'Hackathon Fenua Numérique 2026',
  startDate: '2026-11-27',
  endDate: '2026-11-27',
  venue: 'Centre de conférences de la Présidence',
  city: 'Papeete',
  organiser: 'Direction de la modernisation et des réformes de l’administration',
  locale: 'fr',
  logo: null,
  scaleMax: 20,
};

export const DEMO_TEAMS: TeamDraft[] = [
  {
    name: 'Vai Ora',
    projectTitle: 'Suivi en temps réel de la qualité de l’eau des rivières',
    members: [
      { name: 'Tāmaʻa Teriʻi', email: 'tamaa.terii@example.pf' },
      { name: 'Hinatea Raʻiātea', email: null },
      { name: 'Julien Moreau', email: 'julien.moreau@example.fr' },
    ],
  },
  {
    name: 'Taote Connect',
    projectTitle: 'Téléconsultation pour les îles éloignées',
    members: [
      { name: 'Mereana Pōmare', email: 'mereana@example.pf' },
      { name: 'Éloïse Lefèvre', email: null },
      { name: 'Teva Maraeʻura', email: null },
      { name: 'Samuel Nguyen', email: 'samuel.nguyen@example.fr' },
    ],
  },
  {
    name: 'Démarches Simples',
    projectTitle: 'Un guichet unique pour les aides à la rénovation',
    members: [
      { name: 'Claire Dubois', email: 'claire.dubois@example.fr' },
      { name: 'Mathieu Lambert', email: null },
    ],
  },
  {
    name: 'Motu Énergie',
    projectTitle: 'Micro-réseaux solaires pilotés pour les atolls',
    members: [
      { name: 'Raiarii Tehōtu', email: null },
      { name: 'Vaiana Teraʻi', email: 'vaiana@example.pf' },
      { name: 'François Roche', email: null },
    ],
  },
  {
    name: 'Ārea Data',
    projectTitle: 'Open data des transports inter-îles',
    members: [
      { name: 'Heimana Āriʻi', email: null },
      { name: 'Léa Martin', email: 'lea.martin@example.fr' },
      { name: 'Nohorai Tama', email: null },
    ],
  },
  {
    name: 'Fare Pūai',
    projectTitle: 'Signalement citoyen des logements insalubres',
    members: [
      { name: 'Poerava Teʻo', email: null },
      { name: 'Antoine Girard', email: 'antoine.girard@example.fr' },
    ],
  },
  {
    name: 'Récolte Locale',
    projectTitle: 'Place de marché des producteurs pour la restauration scolaire',
    members: [
      { name: 'Manon Petit', email: null },
      { name: 'Tiare Māhina', email: 'tiare@example.pf' },
      { name: 'Hugo Bernard', email: null },
      { name: 'Océane Faure', email: null },
    ],
  },
  {
    name: 'Reo Tahiti Plus',
    projectTitle: 'Assistant vocal bilingue français – reo tahiti pour les services publics',
    members: [
      { name: 'Moana Teriʻitehau', email: 'moana@example.pf' },
      { name: 'Inès Rousseau', email: null },
    ],
  },
];

export const DEMO_JURORS: JurorDraft[] = [
  { name: 'Sophie Tetuanui', title: 'Présidente du jury, Directrice du numérique' },
  { name: 'Marc Delorme', title: 'Chef du service de l’innovation publique' },
  { name: 'Vaitiare Ōpūnui', title: 'Fondatrice, Incubateur Pōrinetia' },
  { name: 'Jean-Baptiste Caron', title: 'Architecte des systèmes d’information, Haut-commissariat' },
  { name: 'Rahiti Tāuira', title: 'Représentant des usagers, Fédération des associations' },
];

const fiveLevels = (labels: [string, string, string, string, string]) =>
  labels.map((label, index) => ({ value: index * 2 + 2, label }));

export const DEMO_CRITERIA: CriterionDraft[] = [
  {
    name: 'Impact pour les usagers',
    description: 'Le projet répond-il à un besoin réel et mesurable des usagers du service public\u00a0?',
    weight: 35,
    min: 0,
    max: 10,
    step: 0.5,
    levels: fiveLevels([
      'Besoin flou',
      'Besoin identifié',
      'Besoin étayé',
      'Impact mesurable',
      'Impact majeur et démontré',
    ]),
  },
  {
    name: 'Innovation',
    description: 'Originalité de l’approche par rapport à l’existant.',
    weight: 25,
    min: 0,
    max: 10,
    step: 0.5,
    levels: fiveLevels([
      'Existe déjà',
      'Amélioration mineure',
      'Approche nouvelle',
      'Très original',
      'Rupture',
    ]),
  },
  {
    name: 'Faisabilité',
    description: 'Le prototype, le plan de déploiement et le coût sont-ils réalistes\u00a0?',
    weight: 25,
    min: 0,
    max: 10,
    step: 0.5,
    levels: fiveLevels([
      'Irréaliste',
      'Très incertain',
      'Plausible',
      'Prototype convaincant',
      'Prêt à déployer',
    ]),
  },
  {
    name: 'Qualité du pitch',
    description: 'Clarté, respect du temps, réponses aux questions du jury.',
    weight: 15,
    min: 0,
    max: 10,
    step: 0.5,
    levels: [],
  },
];
