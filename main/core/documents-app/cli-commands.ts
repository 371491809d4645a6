/**
 * The CLI's `documents` and `verify` commands: the same requests, mapping and
 * worker as the app (prepareDocument → runDocumentJob), headless.
 *
 *   documents --event <file> --out <dir> [--kind certificates|results|forms|order]
 *             [--which participation|awards|all] [--draft] [--tz <IANA zone>]
 *   verify <code> --event <file>
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CERTIFICATE_SETS, type CertificateSet, DOCUMENT_KINDS } from '../../../common/contract/documents';
import { formatDate, translate } from '../../../common/i18n';
import { closeDatabase, type Db, openDatabase } from '../db/open';
import { isDocumentError } from '../documents/errors';
import { runDocumentJob } from '../documents/run-document-job';
import { DomainError } from '../errors';
import { lockedAwardGrants } from './certificate-input';
import { jobFailure } from './document-errors';
import { type DocumentRequest, type PreparedDocument, prepareDocument } from './prepare';
import { repositoryFontDir } from './runtime';
import { verifyIssuedCode } from './verification-store';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${flag} must be one of: ${allowed.join(', ')}`);
}

/** The requests `--kind` (or its absence: everything available) stands for. */
function requestsFor(
  db: Db,
  kind: DocumentRequest['kind'] | undefined,
  which: CertificateSet | undefined,
  draft: boolean,
): {
  requests: DocumentRequest[];
  skipped: string[];
} {
  const skipped: string[] = [];
  const certificates = (): DocumentRequest[] => {
    if (which) return [{ kind: 'certificates', which }];
    const awards = lockedAwardGrants(db);
    if (awards && awards.length > 0)
      return [
        { kind: 'certificates', which: 'participation' },
        { kind: 'certificates', which: 'awards' },
      ];
    if (kind === undefined) skipped.push('award certificates: the results are not locked (or have no award)');
    return [{ kind: 'certificates', which: 'participation' }];
  };
  switch (kind) {
    case 'certificates':
      return { requests: certificates(), skipped };
    case 'results':
      return { requests: [{ kind: 'results', draft }], skipped };
    case 'forms':
    case 'order':
      return { requests: [{ kind }], skipped };
    case undefined: {
      const locked = lockedAwardGrants(db) !== null;
      if (!locked && !draft)
        skipped.push('results sheet: the results are not locked (add --draft for a marked draft)');
      return {
        requests: [
          ...certificates(),
          ...(locked || draft ? [{ kind: 'results' as const, draft }] : []),
          { kind: 'forms' },
          { kind: 'order' },
        ],
        skipped,
      };
    }
  }
}

async function render(db: Db, prepared: PreparedDocument, outDir: string): Promise<string> {
  const outPath = join(outDir, prepared.fileName);
  try {
    await runDocumentJob({ input: prepared.input, options: { fontDir: repositoryFontDir() }, outPath });
  } catch (error) {
    if (isDocumentError(error)) {
      const failure = jobFailure(error.detail, prepared.input, 'en');
      throw new Error(
        [translate('en', failure.code, failure.params), ...failure.details.map((d) => `  ${d}`)].join('\n'),
      );
    }
    throw error;
  }
  prepared.commit(db, new Date());
  return outPath;
}

export async function documentsCommand(args: string[], io: CliOutput): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      event: { type: 'string' },
      out: { type: 'string' },
      kind: { type: 'string' },
      which: { type: 'string' },
      draft: { type: 'boolean', default: false },
      tz: { type: 'string' },
    },
    strict: true,
  });
  if (!values.event || !values.out) throw new Error('--event <file> and --out <dir> are required');
  const kind = oneOf(values.kind, DOCUMENT_KINDS, 'kind');
  const which = oneOf(values.which, CERTIFICATE_SETS, 'which');
  const outDir = resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const db = openDatabase(resolve(values.event), { readonly: false });
  try {
    const { requests, skipped } = requestsFor(db, kind, which, values.draft ?? false);
    for (const reason of skipped) io.err(`skipped ${reason}`);
    for (const request of requests) {
      const prepared = prepareDocument(db, request, {
        now: new Date(),
        ...(values.tz ? { timeZone: values.tz } : {}),
      });
      io.out(await render(db, prepared, outDir));
    }
  } finally {
    closeDatabase(db);
  }
}

export function verifyCommand(args: string[], io: CliOutput): void {
  const { values, positionals } = parseArgs({
    args,
    options: { event: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const code = positionals.join(' ');
  if (!code || !values.event) throw new Error('usage: verify <code> --event <file.sqlite>');
  // Read-only: verifying a code never changes the event file (nor migrates an older one).
  const db = openDatabase(resolve(values.event), { readonly: true });
  try {
    const hasRegister = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'issued_certificate'")
      .get();
    const answer = hasRegister
      ? verifyIssuedCode(db, code)
      : ({ status: 'notIssued', code: code.trim().toUpperCase() } as const);
    switch (answer.status) {
      case 'issued': {
        const c = answer.certificate;
        io.out(`${c.code}: ${translate('en', 'documents.verify.issued')}`);
        io.out(
          c.kind === 'award'
            ? translate('en', 'documents.verify.award', { award: c.award ?? '' })
            : translate('en', 'documents.verify.participation'),
        );
        io.out(`${translate('en', 'documents.verify.recipient')}: ${c.recipient}`);
        io.out(`${translate('en', 'documents.verify.team')}: ${c.teamName}`);
        io.out(`${translate('en', 'documents.verify.project')}: ${c.projectTitle}`);
        io.out(
          `${translate('en', 'documents.verify.event')}: ${c.eventName} (${formatDate(c.startDate, 'en')})`,
        );
        io.out(`${translate('en', 'documents.verify.issuedAt')}: ${c.issuedAt}`);
        return;
      }
      case 'notIssued':
        throw new DomainError('documents.verify.notIssued', { code: answer.code });
      case 'checksumMismatch':
        throw new DomainError('documents.verify.checksum');
      case 'malformed':
        throw new DomainError('documents.verify.malformed');
    }
  } finally {
    closeDatabase(db);
  }
}
