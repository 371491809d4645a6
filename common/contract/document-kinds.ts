/**
 * The PDF documents, as plain values (no zod, so the renderer and the CLI can
 * list them without the schemas), with one spelling in every layer: the
 * contract's request, the PDF engine's input (main/core/documents/types.ts),
 * the file names and the CLI's `--kind`.
 */
export const DOCUMENT_KINDS = ['certificates', 'results', 'forms', 'order'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Which certificates a certificates document holds. */
export const CERTIFICATE_SETS = ['participation', 'awards', 'all'] as const;
export type CertificateSet = (typeof CERTIFICATE_SETS)[number];
