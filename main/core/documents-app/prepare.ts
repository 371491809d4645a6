/**
 * One request ("certificates, participation" / "results, draft" …) turned
 * into the engine's input, its default file name, and what to record once
 * the PDF exists. Shared by the app's handlers and the CLI, so both produce
 * the same documents from the same event file.
 */
import type { CertificateSet, DocumentKindId, DocumentsOverview } from '../../../common/contract/documents';
import type { Db } from '../db/open';
import { listIssuedCertificates } from '../documents/certificate-plan';
import { defaultFileName } from '../documents/file-names';
import type { DocumentInput } from '../documents/types';
import { readEventInfo } from '../event/event-info';
import { listJurors } from '../event/jurors';
import { listTeams } from '../event/teams';
import { readSessionInfo } from '../pitch-day';
import { readLockedResults } from '../results/lock-ops';
import { buildCertificatesInput, certificateCounts } from './certificate-input';
import { buildResultsSheetInput } from './results-input';
import { buildRunningOrderInput, buildScoringFormsInput } from './session-inputs';
import { listSignatories } from './signatories';
import { recordIssued } from './verification-store';

export interface DocumentRequest {
  kind: DocumentKindId;
  /** Certificates: which set (default: participation). */
  which?: CertificateSet | undefined;
  /** Results: a marked draft instead of the final sheet. */
  draft?: boolean | undefined;
}

export interface PreparedDocument {
  request: { kind: DocumentKindId; which: CertificateSet | null; draft: boolean };
  input: DocumentInput;
  fileName: string;
  /** Progress steps of the job: one per certificate, else 1 (counted here once, not again per job). */
  steps: number;
  /** Runs once the file is written (certificates: their codes enter the register). */
  commit(db: Db, at: Date): void;
}

export interface PrepareOptions {
  now: Date;
  /** IANA zone for printed times; the system zone when absent. */
  timeZone?: string;
}

const nothing = () => undefined;

export function prepareDocument(db: Db, request: DocumentRequest, options: PrepareOptions): PreparedDocument {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  switch (request.kind) {
    case 'certificates': {
      const which = request.which ?? 'participation';
      const input = buildCertificatesInput(db, which);
      const issued = listIssuedCertificates(input);
      return {
        request: { kind: 'certificates', which, draft: false },
        input,
        fileName: defaultFileName(input),
        steps: issued.length,
        commit: (target, at) => void recordIssued(target, issued, at.toISOString()),
      };
    }
    case 'results': {
      const input = buildResultsSheetInput(db, { draft: request.draft ?? false, now: options.now, ...zone });
      return {
        request: { kind: 'results', which: null, draft: input.draft },
        input,
        fileName: defaultFileName(input),
        steps: 1,
        commit: nothing,
      };
    }
    case 'forms': {
      const input = buildScoringFormsInput(db);
      return {
        request: { kind: 'forms', which: null, draft: false },
        input,
        fileName: defaultFileName(input),
        steps: 1,
        commit: nothing,
      };
    }
    case 'order': {
      const input = buildRunningOrderInput(db, { now: options.now, ...zone });
      return {
        request: { kind: 'order', which: null, draft: false },
        input,
        fileName: defaultFileName(input),
        steps: 1,
        commit: nothing,
      };
    }
  }
}

/** What each kind would produce now, for the Documents page. */
export function readDocumentsOverview(db: Db): DocumentsOverview {
  return db.transaction((): DocumentsOverview => {
    const counts = certificateCounts(db);
    const locked = readLockedResults(db);
    return {
      locale: readEventInfo(db).locale,
      signatories: listSignatories(db).length,
      participationCertificates: counts.participation,
      awardCertificates: counts.awards,
      resultsLocked: locked !== null,
      resultsHash: locked?.hash ?? null,
      jurors: listJurors(db).length,
      teams: listTeams(db).length,
      sessionStartSet: readSessionInfo(db).startMs !== null,
    };
  })();
}
