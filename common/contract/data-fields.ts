/**
 * The plain lists of the data contract (common/contract/data.ts), without zod,
 * so the renderer can use them without bundling the schema library.
 */
export const IMPORT_KINDS = ['teams', 'jurors'] as const;
/** Same lists as main/core/io TEAM_FIELDS and JUROR_FIELDS (a test checks it), in the order the UI shows them. */
export const TEAM_IMPORT_FIELDS = [
  'teamName',
  'projectTitle',
  'memberName',
  'memberFirstName',
  'memberLastName',
  'memberEmail',
  'members',
] as const;
export const JUROR_IMPORT_FIELDS = [
  'jurorName',
  'jurorFirstName',
  'jurorLastName',
  'jurorTitle',
  'jurorOrganisation',
] as const;
export type ImportFieldName = (typeof TEAM_IMPORT_FIELDS)[number] | (typeof JUROR_IMPORT_FIELDS)[number];

export const BACKUP_REASONS = [
  'periodic',
  'manual',
  'results-locked',
  'team-scored',
  'before-restore',
  'imported',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
