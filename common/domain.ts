/**
 * Domain types shared by main, renderer and the pure core. Plain data only:
 * no Node, no DOM, no Electron. Ids are SQLite integer row ids.
 */

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** A logo or signature image stored inline so an event file is self-contained. */
export interface ImageAsset {
  mime: 'image/png' | 'image/jpeg';
  dataBase64: string;
}

export interface EventInfo {
  name: string;
  /** ISO calendar dates, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  venue: string;
  city: string;
  organiser: string;
  locale: Locale;
  logo: ImageAsset | null;
  /** Totals are expressed on this scale: 20 (French style "/20") or 100. */
  scaleMax: number;
}

export interface Member {
  id: number;
  name: string;
  email: string | null;
}

export interface Team {
  id: number;
  name: string;
  projectTitle: string;
  members: Member[];
  /** 0-based position in the setup list (the running order is kept separately). */
  position: number;
}

export interface Juror {
  id: number;
  name: string;
  /** Title and/or organisation, e.g. "Directrice, Digital Tahiti". */
  title: string;
  position: number;
}

export interface CriterionLevel {
  value: number;
  label: string;
}

export interface Criterion {
  id: number;
  name: string;
  description: string;
  /** Relative weight in percent; the weights of an event should add up to 100. */
  weight: number;
  min: number;
  max: number;
  step: number;
  levels: CriterionLevel[];
  position: number;
}

export interface TimerDefaults {
  pitchMs: number;
  qaMs: number;
  /** Time between two teams, used by the schedule estimate. */
  changeoverMs: number;
  /** The display turns amber when this much time is left. */
  amberAtMs: number;
  /** The display turns red when this much time is left. */
  redAtMs: number;
}

/** Everything the setup screen edits, as one snapshot. */
export interface EventSetup {
  event: EventInfo;
  teams: Team[];
  jurors: Juror[];
  criteria: Criterion[];
  timer: TimerDefaults;
}
