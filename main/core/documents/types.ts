/**
 * Inputs of the PDF document engine. Plain, structured-clonable data (no
 * class instances, no functions) so a job can cross into the worker thread
 * and, later, arrive over IPC. The database and the ranking are mapped into
 * these by the caller; the engine never reads SQLite itself.
 */
import type { DocumentKind as ContractDocumentKind } from '../../../common/contract/document-kinds';
import type { TieBreakKind } from '../../../common/contract/tie-break-kinds';
import type { Criterion, EventInfo, ImageAsset, Juror, Team } from '../../../common/domain';

/** A PNG or JPEG image: the domain's inline asset, or raw file bytes. */
export type ImageInput = ImageAsset | Uint8Array;

/** A person who signs certificates (e.g. the organiser's director, the jury chair). */
export interface Signatory {
  name: string;
  title: string;
  signature: ImageInput | null;
}

/** A prize given to one team, e.g. "Premier prix" or "Coup de cœur du jury". */
export interface AwardGrant {
  name: string;
  teamId: number;
}

/** What verification codes are derived from. Keep `secret` private to the event file. */
export interface VerificationKey {
  /** Stable id of the event (e.g. a UUID stored with it): two events never share codes. */
  eventKey: string;
  secret: string;
}

export interface CertificatesInput {
  kind: 'certificates';
  event: EventInfo;
  teams: Team[];
  awards: AwardGrant[];
  /** One to three people; more are accepted but get narrow columns. */
  signatories: Signatory[];
  /** participation: one per member; awards: per award, one for the team and one per member. */
  which: 'participation' | 'awards' | 'all';
  verification: VerificationKey;
  /** YYYY-MM-DD printed in "Fait à …, le …". Defaults to event.endDate. */
  issuedOn?: string;
  /** Place printed in "Fait à …". Defaults to event.city. */
  issuedAt?: string;
}

export interface Recusal {
  jurorId: number;
  teamId: number;
  reason?: string;
}

export type AggregationMethod = 'weightedMean' | 'trimmedMean' | 'median' | 'zScore' | 'borda';

/** A method code the engine words itself in fr/en, or a text already translated by the caller. */
export type AggregationDescription = { method: AggregationMethod } | { text: string };

export type TieBreakStep =
  | { kind: 'criterion'; criterionId: number }
  | { kind: 'first_places' }
  | { kind: 'head_to_head' }
  | { kind: 'chair_decision' };

/** An empty step list means ties stay shared. */
export type TieBreakDescription = { steps: TieBreakStep[] } | { text: string };

export interface RankingEntry {
  teamId: number;
  /** 1-based; tied teams share a rank. */
  rank: number;
  tied: boolean;
  /** Final total on event.scaleMax, penalties applied; null when the team has no score (absent). */
  total: number | null;
  /** Average per criterion on the criterion's own scale, keyed by criterion id. */
  criterionAverages: Record<number, number | null>;
  timeUsedMs: number | null;
  overtimeMs: number | null;
  /** Points deducted (positive number), 0 when none. */
  penalty: number;
  /** The tie-break rule that set this team's place within a tie; absent or null when none did. */
  decidedBy?: TieBreakStep | null;
}

/** One juror's scores for one team, for the annex. A recused pair is listed in `recusals`, not here. */
export interface JurorScoreRow {
  jurorId: number;
  teamId: number;
  /** Raw score per criterion id; null or missing = not scored. */
  scores: Record<number, number | null>;
  /** This juror's weighted total on event.scaleMax, as the ranking computed it. */
  total: number | null;
}

export interface ResultsSheetInput {
  kind: 'results';
  event: EventInfo;
  /** A draft is watermarked DRAFT/PROJET and shows no hash; a final sheet requires `resultsHash`. */
  draft: boolean;
  /** SHA-256 (64 hex characters) of the locked results' canonical JSON. */
  resultsHash: string | null;
  /** ISO instant the results were locked. */
  lockedAt: string | null;
  /** ISO instant printed as the generation time. */
  generatedAt: string;
  /** IANA zone for printed times (e.g. "Pacific/Tahiti"); defaults to the system zone. */
  timeZone?: string;
  teams: Team[];
  jurors: Juror[];
  /** Chair of the jury; `jurorId` set when the chair is also a scoring juror (one signature box then). */
  chair: { name: string; title: string; jurorId: number | null };
  recusals: Recusal[];
  criteria: Criterion[];
  aggregation: AggregationDescription;
  tieBreak: TieBreakDescription;
  overtimePenalty: { pointsPerStarted30s: number } | null;
  /** In rank order. */
  ranking: RankingEntry[];
  awards: AwardGrant[];
  jurorScores: JurorScoreRow[];
  /** Sheets counted and expected (non-recused juror × team) in these results; absent on old inputs. */
  sheets?: { received: number; expected: number };
  /** Each juror's current declaration of interest; absent when the event never used declarations. */
  declarations?: DeclarationEntry[];
  /** A heading under the title naming this part of the results (a prize track), already translated. */
  section?: string;
  /** Further sections (the other prize tracks), each from a new page with its own hash on its pages. */
  tracks?: ResultsSheetInput[];
  /** The audience vote (prix du public), when ballots were printed; absent otherwise. */
  audience?: AudienceSheetSection;
  /** The head laptop's rooms (issue 15): printed as a "Rooms" section; absent when the event has none. */
  rooms?: RoomsSummary;
}

/** Each room of the preliminaries, its jury, when its result was merged, and the finalist rule. */
export interface RoomsSummary {
  rooms: RoomSummary[];
  finalistRule: FinalistRuleSummary | null;
  /** The final's room once the final is decided: its jury and running order; absent before. */
  final?: FinalRoomSummary;
}

/** The final's room (a pool of the final round): its name, ITS jury, its running order, its merge. */
export interface FinalRoomSummary extends RoomSummary {
  /** Team names in the final's running order. */
  order: string[];
  /** The seed the order was drawn with; null: the selection order. */
  drawSeed: string | null;
}

export interface RoomSummary {
  name: string;
  /** Juror names, in the room's order. */
  jurors: string[];
  /** ISO instant of the last merged room result and the laptop it came from; null: not received. */
  merged: { atUtc: string; laptop: string } | null;
}

/** The finalist rule as recorded before the final, with the finalists it gave (names). */
export type FinalistRuleSummary = (
  | { kind: 'topPerPool'; n: number }
  | { kind: 'topOverall'; n: number }
  | { kind: 'chairSelection'; reason: string }
) & { finalists: string[]; decidedAtUtc: string };

/** A juror's declaration of interest, as the results sheet prints it. */
export interface DeclarationEntry {
  jurorId: number;
  /** ISO instant of the declaration. */
  atUtc: string;
  /** Recorded by the chair from a paper form. */
  byChair: boolean;
  /** Empty: no link with any team. `detail` is in the declarer's words. */
  links: { teamId: number; detail: string }[];
}

/** The audience vote on the results sheet: kept apart from the jury's ranking (results-audience.ts). */
export interface AudienceSheetSection {
  printed: number;
  used: number;
  voided: number;
  /** Declared before voting opened; null: the audience prize is separate. */
  weight: number | null;
  /** Votes per team, most first; null while voting is not closed for good. */
  tally: { teamId: number; votes: number }[] | null;
  /** The combined ranking, with a weight and once final. */
  combined: { teamId: number; rank: number | null; combined: number | null }[] | null;
  /** SHA-256 of the vote log's last event (its chain head). */
  logHead: string | null;
}

export interface ScoringFormsInput {
  kind: 'forms';
  event: EventInfo;
  jurors: Juror[];
  teams: Team[];
  criteria: Criterion[];
  /** Team ids in running order. Teams not listed are left out. */
  order: number[];
  recusals: Recusal[];
}

export interface RunningSlot {
  teamId: number;
  /** ISO instants of the estimated slot. */
  startsAt: string;
  endsAt: string;
  /** 'planned' = still to come; 'onStage' and 'done' once the session is under way. */
  status: 'planned' | 'onStage' | 'done' | 'absent' | 'withdrawn';
}

export interface RunningOrderInput {
  kind: 'order';
  event: EventInfo;
  teams: Team[];
  /** In running order. `estimateSlots` builds them from a start time and the timer defaults. */
  slots: RunningSlot[];
  /**
   * With rooms (issue 15), one section per room: its name, its jury and its own
   * slots (rooms run in parallel). `slots` then holds every room's slots.
   */
  rooms?: RunningRoom[];
  generatedAt: string;
  timeZone?: string;
}

export interface RunningRoom {
  name: string;
  jurors: string[];
  slots: RunningSlot[];
}

export type DocumentInput = CertificatesInput | ResultsSheetInput | ScoringFormsInput | RunningOrderInput;

/** One spelling in every layer: the engine's kinds are exactly the contract's (common/contract/document-kinds.ts). */
type SameKinds<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
export const engineSpellsDocumentKindsAsTheContract: SameKinds<DocumentInput['kind'], ContractDocumentKind> =
  true;
export const engineSpellsTieBreaksAsTheContract: SameKinds<TieBreakStep['kind'], TieBreakKind> = true;
export type DocumentKind = DocumentInput['kind'];

export interface RenderOptions {
  /** Folder holding the Noto TTF files (see `defaultFontDir()` for tests and the CLI). */
  fontDir: string;
  /** ISO instant written as the PDF's creation date; defaults to now. Fix it for reproducible bytes. */
  createdAt?: string;
}

/** What the worker is asked to do. With `outPath` the worker writes the file and returns `{ path }`. */
export interface DocumentJob {
  input: DocumentInput;
  options: RenderOptions;
  outPath?: string;
}
