import { z } from 'zod';
import { BACKUP_REASONS, IMPORT_KINDS } from './data-fields';
import { empty } from './schemas';

/**
 * Data in and out (main/core/data): importing teams and jurors from CSV/.xlsx
 * with a preview, exports, the event as JSON, backups and restore.
 *
 * Files are always chosen through a dialog shown by main (PlatformServices):
 * the renderer never sends a path. An import is a small conversation keyed by
 * a token: `import.open` reads the file in main and answers a preview,
 * `import.preview` redoes it with another mapping, `import.commit` writes it
 * all or nothing.
 */

export {
  BACKUP_REASONS,
  type BackupReason,
  IMPORT_KINDS,
  type ImportFieldName,
  JUROR_IMPORT_FIELDS,
  TEAM_IMPORT_FIELDS,
} from './data-fields';

const importKind = z.enum(IMPORT_KINDS);
// Excel's last column is XFD (16 384 columns).
const columnIndex = z.number().int().min(0).max(16_383).optional();
const columnMapping = z
  .object({
    teamName: columnIndex,
    projectTitle: columnIndex,
    memberName: columnIndex,
    memberFirstName: columnIndex,
    memberLastName: columnIndex,
    memberEmail: columnIndex,
    members: columnIndex,
    jurorName: columnIndex,
    jurorFirstName: columnIndex,
    jurorLastName: columnIndex,
    jurorTitle: columnIndex,
    jurorOrganisation: columnIndex,
  })
  .strict();
const token = z.string().max(64);

/** One problem, already worded in the UI language (with its row and column first). */
const importIssue = z
  .object({
    code: z.string(),
    row: z.number().int().nullable(),
    column: z.string().nullable(),
    message: z.string(),
  })
  .strict();

const importView = z
  .object({
    token,
    fileName: z.string(),
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    separator: z.string().nullable(),
    sheetNames: z.array(z.string()),
    sheetName: z.string().nullable(),
    headers: z.array(z.string()),
    kind: importKind,
    mapping: columnMapping,
    layout: z.enum(['onePerRow', 'membersInOneCell', 'noMembers']).nullable(),
    /** The first records, for the preview table. */
    teams: z.array(
      z
        .object({
          row: z.number().int(),
          name: z.string(),
          projectTitle: z.string(),
          members: z.array(z.object({ name: z.string(), email: z.string().nullable() }).strict()),
        })
        .strict(),
    ),
    jurors: z.array(z.object({ row: z.number().int(), name: z.string(), title: z.string() }).strict()),
    teamCount: z.number().int(),
    memberCount: z.number().int(),
    jurorCount: z.number().int(),
    ignoredColumns: z.array(z.string()),
    /** Empty when the import can go ahead; capped, `errorCount` is the total. */
    errors: z.array(importIssue),
    errorCount: z.number().int(),
  })
  .strict();

const importOpened = z.discriminatedUnion('status', [
  z.object({ status: z.literal('preview'), view: importView }).strict(),
  /** The file could not be read as a table at all (too large, wrong encoding, .xls…). */
  z.object({ status: z.literal('unreadable'), fileName: z.string(), errors: z.array(importIssue) }).strict(),
]);

const importChoice = z
  .object({
    token,
    kind: importKind,
    /** null: let main suggest one from the headers (after a change of kind or sheet). */
    mapping: columnMapping.nullable(),
    sheetName: z.string().max(300).nullable(),
  })
  .strict();

const importResult = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('imported'),
      kind: importKind,
      teams: z.number().int(),
      members: z.number().int(),
      jurors: z.number().int(),
    })
    .strict(),
  z.object({ status: z.literal('refused'), view: importView }).strict(),
]);

const saved = z.object({ path: z.string() }).strict();

const backupSummary = z
  .object({
    eventName: z.string(),
    teams: z.number().int(),
    jurors: z.number().int(),
    criteria: z.number().int(),
    /** Score log entries; null when the file predates scoring. */
    scores: z.number().int().nullable(),
    schemaVersion: z.number().int(),
  })
  .strict();
const backupEntry = z
  .object({
    /** File name in the backup folder: the only way the renderer names a backup. */
    name: z.string(),
    /** ISO 8601 UTC. */
    at: z.string(),
    reason: z.enum(BACKUP_REASONS),
    sizeBytes: z.number().int(),
    status: z.enum(['ok', 'corrupt']),
    summary: backupSummary.nullable(),
    /** In the chosen folder (a USB stick), or in the laptop's own backups folder. */
    location: z.enum(['chosen', 'laptop']),
  })
  .strict();
const backupStatus = z
  .object({
    folder: z.string(),
    folderIsDefault: z.boolean(),
    /** The chosen folder is gone (USB stick pulled out): backups go to `laptopFolder` until it is back. */
    folderMissing: z.boolean(),
    laptopFolder: z.string(),
    intervalMinutes: z.number().int(),
    keep: z.number().int(),
    running: z.boolean(),
    lastSuccessAt: z.string().nullable(),
    /** Already translated. */
    lastError: z.string().nullable(),
    /** Already translated: the last backup went to the laptop because the chosen folder could not be written. */
    lastWarning: z.string().nullable(),
    /** Newest first. */
    backups: z.array(backupEntry),
  })
  .strict();
const backupName = z.object({ name: z.string().min(1).max(255) }).strict();

export const dataCalls = {
  /** The accepted formats, in the UI language (also in the README). */
  'import.help': { input: empty, output: z.array(z.string()) },
  /** Shows the "open" dialog in main, reads the file and answers a preview; null when cancelled. */
  'import.open': { input: empty, output: importOpened.nullable() },
  'import.preview': { input: importChoice, output: importView },
  /** All or nothing: writes every team (or juror) of the file in one transaction, or nothing. */
  'import.commit': { input: importChoice, output: importResult },
  'import.discard': { input: z.object({ token }).strict(), output: z.null() },
  /** Stops the import being read (or previewed) and forgets it; `import.open` then answers null. */
  'import.cancel': { input: empty, output: z.null() },
  /** Creates a new event file from a JSON export (dialog in main) and opens it; null when cancelled. */
  'import.eventJson': { input: empty, output: saved.nullable() },

  /** Results and setup as a spreadsheet: .xlsx = every table, one sheet each; CSV = the chosen table. */
  'export.results': {
    input: z
      .object({
        format: z.enum(['csv', 'xlsx']),
        table: z.enum(['ranking', 'jurorScores', 'teams', 'jurors']).default('ranking'),
      })
      .strict(),
    output: saved.nullable(),
  },
  /** The whole event as one schema-versioned JSON document. */
  'export.event': { input: empty, output: saved.nullable() },

  'backup.status': { input: empty, output: backupStatus },
  'backup.now': { input: empty, output: backupEntry },
  'backup.chooseFolder': { input: empty, output: backupStatus.nullable() },
  'backup.resetFolder': { input: empty, output: backupStatus },
  /** Re-checks one backup (integrity_check) and summarises it, for the confirmation before a restore. */
  'backup.inspect': { input: backupName, output: backupEntry },
  /** Replaces the open event with a backup, after saving a copy of the current file. */
  'backup.restore': {
    input: backupName,
    output: z.object({ path: z.string(), safetyCopy: z.string() }).strict(),
  },
} as const;

export type ImportView = z.infer<typeof importView>;
export type ImportOpened = z.infer<typeof importOpened>;
export type ImportIssueView = z.infer<typeof importIssue>;
export type ImportResult = z.infer<typeof importResult>;
export type ImportColumnMapping = z.infer<typeof columnMapping>;
export type BackupEntry = z.infer<typeof backupEntry>;
export type BackupSummary = z.infer<typeof backupSummary>;
export type BackupStatus = z.infer<typeof backupStatus>;
