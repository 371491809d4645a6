/**
 * Typed failures of the document engine. They carry codes and structured
 * details, never sentences: the UI and the CLI word them in the user's locale.
 * The details are plain data so they survive the trip back from the worker.
 */

/** One string that the embedded fonts cannot draw. */
export interface GlyphProblem {
  /** Path of the field in the input, e.g. "teams[2].members[0].name". */
  field: string;
  /** The whole string, so the message can name the person or team. */
  value: string;
  /** The first character without a glyph, and its code point as "U+4E2D". */
  character: string;
  codePoint: string;
}

export type DocumentErrorDetail =
  | { code: 'documents.unsupportedCharacter'; problems: GlyphProblem[] }
  | { code: 'documents.finalRequiresLockedResults'; reason: 'missingHash' | 'malformedHash' }
  | { code: 'documents.invalidImage'; field: string }
  | { code: 'documents.fontMissing'; path: string }
  | { code: 'documents.unknownReference'; field: string; id: number }
  | { code: 'documents.nothingToRender' }
  | { code: 'documents.cancelled' }
  | { code: 'documents.workerFailed'; message: string };

export type DocumentErrorCode = DocumentErrorDetail['code'];

export class DocumentError extends Error {
  readonly detail: DocumentErrorDetail;

  constructor(detail: DocumentErrorDetail) {
    super(detail.code);
    this.name = 'DocumentError';
    this.detail = detail;
  }

  get code(): DocumentErrorCode {
    return this.detail.code;
  }
}

export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof DocumentError;
}
