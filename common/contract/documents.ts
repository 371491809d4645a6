import { z } from 'zod';
import { CERTIFICATE_SETS, DOCUMENT_KINDS } from './document-kinds';
import { empty, id, imageAsset, locale, text } from './schemas';

/**
 * PDF documents: signatories, generating a document in the worker thread
 * (a job: progress, cancel, then save / open / print), and checking a
 * certificate's verification code against the event file's register.
 * The renderer never names a file path: it names a job, main knows the file.
 */

export { CERTIFICATE_SETS, DOCUMENT_KINDS } from './document-kinds';
export const MAX_SIGNATORIES = 4;

const documentKind = z.enum(DOCUMENT_KINDS);
const certificateSet = z.enum(CERTIFICATE_SETS);
const jobId = z.string().min(1).max(64);

const signatoryDraft = z
  .object({ name: text(200), title: text(200), signature: imageAsset.nullable() })
  .strict();
const signatory = z
  .object({
    id,
    name: z.string(),
    title: z.string(),
    signature: imageAsset.nullable(),
    position: z.number().int(),
  })
  .strict();

const jobError = z
  .object({
    code: z.string(),
    /** Translated into the UI language. */
    message: z.string(),
    /** One translated line per problem (e.g. each name with a character the fonts lack). */
    details: z.array(z.string()),
  })
  .strict();

const job = z
  .object({
    id: jobId,
    kind: documentKind,
    /** Certificates only: which set. */
    which: certificateSet.nullable(),
    draft: z.boolean(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
    /** The default file name, in the event's language ("Attestations de participation - …pdf"). */
    fileName: z.string(),
    /** Where the finished PDF waits (user-data folder); null until done. */
    path: z.string().nullable(),
    error: jobError.nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .strict();

/** What each kind would produce now, so the page can say it before anything runs. */
const overview = z
  .object({
    /** The documents' language: the event's, whatever the UI language. */
    locale,
    signatories: z.number().int(),
    participationCertificates: z.number().int(),
    /** null while the results are not locked (award certificates need them). */
    awardCertificates: z.number().int().nullable(),
    resultsLocked: z.boolean(),
    resultsHash: z.string().nullable(),
    jurors: z.number().int(),
    teams: z.number().int(),
    /** False: no session start is set in the running order; slots start at 9:00 on the first day. */
    sessionStartSet: z.boolean(),
  })
  .strict();

const certificateFacts = z
  .object({
    code: z.string(),
    kind: z.enum(['participation', 'award']),
    recipientKind: z.enum(['member', 'team']),
    recipient: z.string(),
    teamName: z.string(),
    projectTitle: z.string(),
    award: z.string().nullable(),
    eventName: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    issuedAt: z.string(),
  })
  .strict();

const verification = z.discriminatedUnion('status', [
  z.object({ status: z.literal('issued'), certificate: certificateFacts }).strict(),
  /** Well formed, checksum right, but this event never issued it. */
  z.object({ status: z.literal('notIssued'), code: z.string() }).strict(),
  /** A typo: the check symbol does not match. */
  z.object({ status: z.literal('checksumMismatch') }).strict(),
  z.object({ status: z.literal('malformed') }).strict(),
]);

const saved = z.object({ path: z.string() }).strict();

export const documentsCalls = {
  'documents.overview': { input: empty, output: overview },
  /** The jobs of the open event, newest first. */
  'documents.jobs': { input: empty, output: z.array(job) },
  /** Starts rendering in the worker thread; progress arrives as `documents.progress`. */
  'documents.generate': {
    input: z
      .object({
        kind: documentKind,
        which: certificateSet.optional(),
        /** Results only: a clearly marked draft from results that are not locked. */
        draft: z.boolean().optional(),
      })
      .strict(),
    output: job,
  },
  'documents.cancel': { input: z.object({ jobId }).strict(), output: job },
  /** "Save as" dialog proposing the job's default file name; null when cancelled. */
  'documents.save': { input: z.object({ jobId }).strict(), output: saved.nullable() },
  /** Opens the finished PDF in the system viewer. */
  'documents.open': { input: z.object({ jobId }).strict(), output: saved },
  /** Prints the finished PDF through the system (see PlatformServices.printPdf). */
  'documents.print': { input: z.object({ jobId }).strict(), output: saved },
  'documents.verify': { input: z.object({ code: text(64) }).strict(), output: verification },

  'signatories.list': { input: empty, output: z.array(signatory) },
  'signatories.create': { input: signatoryDraft, output: z.array(signatory) },
  'signatories.update': {
    input: z.object({ id, name: text(200), title: text(200), signature: imageAsset.nullable() }).strict(),
    output: z.array(signatory),
  },
  'signatories.delete': { input: z.object({ id }).strict(), output: z.array(signatory) },
  'signatories.reorder': {
    input: z.object({ ids: z.array(id).max(100) }).strict(),
    output: z.array(signatory),
  },
} as const;

export const documentsEvents = {
  /** A job advanced (throttled to whole percents); state changes come as `event.changed` ['documents']. */
  'documents.progress': z
    .object({ jobId, done: z.number().int().min(0), total: z.number().int().min(0) })
    .strict(),
} as const;

export type DocumentKindId = z.infer<typeof documentKind>;
export type CertificateSet = z.infer<typeof certificateSet>;
export type SignatoryDraft = z.infer<typeof signatoryDraft>;
export type SignatoryView = z.infer<typeof signatory>;
export type DocumentJobView = z.infer<typeof job>;
export type DocumentsOverview = z.infer<typeof overview>;
export type CertificateFacts = z.infer<typeof certificateFacts>;
export type VerificationView = z.infer<typeof verification>;
