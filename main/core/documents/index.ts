/** Public API of the PDF document engine (see types.ts for the inputs). */
export { listIssuedCertificates, type PlannedCertificate, planCertificates } from './certificate-plan';
export {
  DocumentError,
  type DocumentErrorCode,
  type DocumentErrorDetail,
  type GlyphProblem,
  isDocumentError,
} from './errors';
export { defaultFileName } from './file-names';
export { defaultFontDir, FONT_FACES } from './fonts';
export { findGlyphProblems, type PrintedText, printedTexts } from './glyph-check';
export { exportIssuedCertificates, type IssuedCertificatesExport } from './issued-export';
export { type ProgressHook, renderDocument } from './render';
export { defaultWorkerUrl, type RunDocumentJobOptions, runDocumentJob } from './run-document-job';
export { estimateSlots } from './running-order';
export type * from './types';
export {
  type CertificateContent,
  certificateCode,
  type IssuedCertificate,
  legacyCertificateCode,
  normalizeCode,
  type VerificationResult,
  type VerificationSource,
  verifyCertificateCode,
} from './verification-code';
