import type { CriterionDraft, JurorDraft, TeamDraft } from '../../../common/contract/setup';
import type { EventInfo } from '../../../common/domain';
import { DEMO_CRITERIA } from '../event/demo-data';

/**
 * The second demo event: a hackathon bigger than one jury. 18 teams on three
 * themes, one preliminary room per theme with its own jury of four, a grand
 * prize, a prize per theme and the jury's favourite. French names with their
 * diacritics, and Polynesian ones (ʻokina, macrons) where natural.
 */
export const CPA_EVENT: EventInfo = {
  name: 'Hackathon CPA',
  startDate: '2026-12-11',
  endDate: '2026-12-12',
  venue: 'École 42',
  city: 'Paris',
  organiser: 'Direction interministérielle du numérique',
  locale: 'fr',
  logo: null,
  scaleMax: 20,
};

export interface CpaTheme {
  /** Theme name, as printed on its prize. */
  name: string;
  /** The preliminary room that hears this theme's teams. */
  room: string;
  teams: TeamDraft[];
  jurors: JurorDraft[];
}

const member = (name: string, email: string | null = null) => ({ name, email });
const team = (name: string, projectTitle: string, ...members: string[]): TeamDraft => ({
  name,
  projectTitle,
  members: members.map((m) => member(m)),
});
const juror = (name: string, title: string): JurorDraft => ({ name, title });

export const CPA_THEMES: CpaTheme[] = [
  {
    name: 'Santé et solidarités',
    room: 'Salle Tupaia',
    teams: [
      team(
        'Taote Fenua',
        'Téléconsultation pour les atolls',
        'Mereana Pōmare',
        'Éloïse Lefèvre',
        'Teva Maraeʻura',
      ),
      team('Aidants Connect', 'Un carnet partagé pour les proches aidants', 'Chloé Bérard', 'Noé Giraud'),
      team('Rendez-vous Santé', 'Créneaux médicaux libérés en temps réel', 'Inès Haddad', 'Grégoire Faure'),
      team('Mā Ora', 'Suivi nutritionnel des écoles', 'Hinatea Raʻiātea', 'Maëlle Rousseau', 'Tāmaʻa Teriʻi'),
      team(
        'Solidarité Numérique',
        'Accompagner les démarches en ligne des aînés',
        'Zoé Lemaître',
        'Amaury Chênevert',
      ),
      team(
        'Pharmacie de garde',
        'La pharmacie ouverte la plus proche, hors ligne',
        'Léa Nguyễn',
        'Théo Perrin',
      ),
    ],
    jurors: [
      juror('Dr Hélène Castaño', 'Médecin de santé publique'),
      juror('Raiarii Tehōtu', 'Directeur de la santé, Polynésie française'),
      juror('Françoise Lévêque', 'Agence régionale de santé'),
      juror('Benoît Ménard', 'Caisse primaire d’assurance maladie'),
    ],
  },
  {
    name: 'Transition écologique',
    room: 'Salle Marie-Curie',
    teams: [
      team(
        'Motu Énergie',
        'Micro-réseaux solaires pilotés pour les atolls',
        'Vaiana Teraʻi',
        'François Roche',
      ),
      team('Vai Ora', 'La qualité de l’eau des rivières en temps réel', 'Hīrōtea Tetuanui', 'Julien Moreau'),
      team('Compost Collectif', 'Cartographier les composteurs de quartier', 'Anaïs Brûlé', 'Jérôme Lacôte'),
      team(
        'Rénov’Facile',
        'Un guichet unique pour la rénovation énergétique',
        'Claire Dubois',
        'Mathieu Lambert',
      ),
      team('Récif Vivant', 'Photos de plongeurs pour suivre les coraux', 'Moana Ariʻi', 'Élodie Fournier'),
      team(
        'Mobilité Douce',
        'Itinéraires vélo sûrs pour aller au collège',
        'Baptiste Hervé',
        'Agathe Séguin',
      ),
    ],
    jurors: [
      juror('Margaux Léonard', 'Agence de la transition écologique'),
      juror('Heimana Teriitahi', 'Direction de l’environnement, Polynésie française'),
      juror('Stéphane Cœurdacier', 'Direction régionale de l’environnement'),
      juror('Agnès Bréchet', 'Élue, communauté de communes'),
    ],
  },
  {
    name: 'Services publics numériques',
    room: 'Salle Aimé-Césaire',
    teams: [
      team('Démarches Simples', 'Remplir une démarche une seule fois', 'Jérémie Astié', 'Océane Dupré'),
      team('Ārea Data', 'Open data des transports inter-îles', 'Teiki Tauraʻa', 'Camille Vasseur'),
      team(
        'Écrivain Public',
        'Lettres administratives expliquées simplement',
        'Sofiane Benali',
        'Bérénice Colin',
      ),
      team(
        'Mairie Ouverte',
        'Les délibérations municipales lisibles par tous',
        'Hugo Lefèbvre',
        'Jeanne Prévost',
      ),
      team('Accès Pour Tous', 'Auditer l’accessibilité des sites publics', 'Loïc Garnier', 'Manon Théry'),
      team(
        'Tāpura',
        'Une liste d’attente équitable pour les logements sociaux',
        'Ahutoru Vāhine',
        'Romain Carré',
      ),
    ],
    jurors: [
      juror('Véronique Fauré', 'Direction interministérielle du numérique'),
      juror('Teva Rōpiti', 'Service de l’informatique, Polynésie française'),
      juror('Émilie Baudoin', 'Préfecture de région'),
      juror('Cédric Mézières', 'Défenseur des droits, délégué territorial'),
    ],
  },
];

/** The same four criteria as the first demo (one list: the two demos never drift apart). */
export const CPA_CRITERIA: CriterionDraft[] = DEMO_CRITERIA;

/**
 * The main track ranks the preliminaries (round 1: every team on its room
 * jury's sheets) and holds no prize; the grand prize is the final's track.
 */
export const CPA_PRELIMINARIES = 'Classement des préliminaires';
/** The final's prize track (created when the final is decided; it ranks the final round only). */
export const CPA_GRAND_PRIZE = 'Grand prix du Hackathon CPA';
export const CPA_FAVOURITE = 'Coup de cœur du jury';
/** The favourite is judged on originality and the pitch only, innovation counting double. */
export const CPA_FAVOURITE_CRITERIA: readonly { name: string; weight: number }[] = [
  { name: 'Innovation', weight: 2 },
  { name: 'Qualité du pitch', weight: 1 },
];

/**
 * How each team fares in the preliminaries, by team name: the base mark of
 * its sheets (0–10 on every criterion, each juror a little above or below).
 * Distinct within a room, so "the top 2 of each room" is never a tie.
 */
export const CPA_PRELIMINARY_MARKS: Readonly<Record<string, number>> = {
  'Taote Fenua': 8,
  'Aidants Connect': 6,
  'Rendez-vous Santé': 5,
  'Mā Ora': 7.5,
  'Solidarité Numérique': 6.5,
  'Pharmacie de garde': 4.5,
  'Motu Énergie': 7,
  'Vai Ora': 8.5,
  'Compost Collectif': 5,
  'Rénov’Facile': 6,
  'Récif Vivant': 6.5,
  'Mobilité Douce': 4.5,
  'Démarches Simples': 6.5,
  'Ārea Data': 7.5,
  'Écrivain Public': 5.5,
  'Mairie Ouverte': 4.5,
  'Accès Pour Tous': 8,
  Tāpura: 6,
};

/**
 * The final: the top 2 of each room, in an order drawn with a seed anyone can
 * re-run, heard by a jury of five (three who judged no preliminary room, and
 * two preliminary jurors: a juror may sit in both rounds, their final sheets
 * are the final round's own).
 */
export const CPA_FINAL = {
  topPerRoom: 2,
  seed: 'Hackathon CPA 2026 — finale',
  room: 'Grand amphithéâtre',
  newJurors: [
    juror('Maïté Rozière', 'Présidente du jury, Cour des comptes'),
    juror('Tehani Maʻiʻi', 'Déléguée au numérique, Polynésie française'),
    juror('Joël Kerbrat', 'Direction interministérielle de la transformation publique'),
  ],
  /** Preliminary jurors who also sit in the final, by name. */
  preliminaryJurors: ['Dr Hélène Castaño', 'Teva Rōpiti'],
  /** The finalists' base marks in the final (the final need not follow the preliminaries). */
  marks: {
    'Taote Fenua': 7,
    'Mā Ora': 8.5,
    'Vai Ora': 7.5,
    'Motu Énergie': 6,
    'Accès Pour Tous': 8,
    'Ārea Data': 6.5,
  } as Readonly<Record<string, number>>,
} as const;
