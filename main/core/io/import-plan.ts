/**
 * The import pipeline without side effects: bytes → table → mapping → plan.
 * The lead's SQLite layer writes an `ImportPlan` in one transaction; a plan
 * only exists when there is no error at all, so a refused import cannot
 * half-succeed by construction.
 */
import {
  type ColumnMapping,
  guessKind,
  type ImportKind,
  suggestMapping,
  type TeamLayout,
  teamLayout,
  validateMapping,
} from './header-mapping';
import { failWith, type ImportIssue, type IoResult } from './issues';
import { buildJurors, type PlannedJuror } from './juror-plan';
import { DEFAULT_PREVIEW_RECORDS, MAX_REPORTED_ERRORS } from './limits';
import { columnLabel, type ReadTableOptions, readImportTable, type SourceTable } from './source-table';
import { buildTeams, type PlannedTeam } from './team-plan';

export interface ImportPlan {
  kind: ImportKind;
  /** Empty for a juror import. */
  teams: PlannedTeam[];
  /** Empty for a team import. */
  jurors: PlannedJuror[];
}

export interface ImportPreview {
  kind: ImportKind;
  /** Teams only: how members were read (null for jurors). */
  layout: TeamLayout | null;
  /** The first `limit` records that could be read, even when other rows have errors. */
  teams: PlannedTeam[];
  jurors: PlannedJuror[];
  teamCount: number;
  memberCount: number;
  jurorCount: number;
  /** Headers of columns that will not be imported (shown greyed out). */
  ignoredColumns: string[];
  /** Sorted by row, capped at MAX_REPORTED_ERRORS; `errorCount` is the total. Import is possible only when empty. */
  errors: ImportIssue[];
  errorCount: number;
}

type Table = Pick<SourceTable, 'headers' | 'rows' | 'issues'>;

interface Built {
  plan: ImportPlan;
  errors: ImportIssue[];
}

function build(table: Table, mapping: ColumnMapping, kind: ImportKind): Built {
  const mappingIssues = validateMapping(mapping, table.headers, kind);
  if (mappingIssues.length > 0) return { plan: { kind, teams: [], jurors: [] }, errors: mappingIssues };
  if (kind === 'teams') {
    const { teams, errors } = buildTeams(table, mapping);
    return { plan: { kind, teams, jurors: [] }, errors: [...table.issues, ...errors] };
  }
  const { jurors, errors } = buildJurors(table, mapping);
  return { plan: { kind, teams: [], jurors }, errors: [...table.issues, ...errors] };
}

/** The plan to write, or every reason not to. */
export function buildImportPlan(
  table: Table,
  mapping: ColumnMapping,
  kind: ImportKind,
): IoResult<ImportPlan> {
  const { plan, errors } = build(table, mapping, kind);
  return errors.length > 0 ? failWith(errors) : { ok: true, value: plan };
}

/** What the mapping screen shows before anything is written. */
export function previewImport(
  table: Table,
  mapping: ColumnMapping,
  kind: ImportKind,
  options: { limit?: number } = {},
): ImportPreview {
  const limit = options.limit ?? DEFAULT_PREVIEW_RECORDS;
  const { plan, errors } = build(table, mapping, kind);
  const sorted = [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const mapped = new Set(Object.values(mapping));
  return {
    kind,
    layout: kind === 'teams' ? teamLayout(mapping) : null,
    teams: plan.teams.slice(0, limit),
    jurors: plan.jurors.slice(0, limit),
    teamCount: plan.teams.length,
    memberCount: plan.teams.reduce((sum, t) => sum + t.members.length, 0),
    jurorCount: plan.jurors.length,
    ignoredColumns: table.headers.flatMap((_, i) => (mapped.has(i) ? [] : [columnLabel(table, i)])),
    errors: sorted.slice(0, MAX_REPORTED_ERRORS),
    errorCount: errors.length,
  };
}

export interface ImportFromBytesOptions extends ReadTableOptions {
  /** Default: guessed from the headers. */
  kind?: ImportKind;
  /** Default: `suggestMapping(headers, kind)`. */
  mapping?: ColumnMapping;
}

/** The whole pipeline in one call, for the CLI and for tests: file bytes in, plan or errors out. */
export async function importFromBytes(
  bytes: Uint8Array,
  options: ImportFromBytesOptions = {},
): Promise<IoResult<ImportPlan>> {
  const table = await readImportTable(bytes, options);
  if (!table.ok) return table;
  const kind = options.kind ?? guessKind(table.value.headers);
  const mapping = options.mapping ?? suggestMapping(table.value.headers, kind);
  return buildImportPlan(table.value, mapping, kind);
}
