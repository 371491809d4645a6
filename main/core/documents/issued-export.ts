/**
 * The list of codes a certificate batch issues, as a versioned JSON document
 * the CLI's `verify` and the app's verify screen can load without the event
 * secret.
 */
import { listIssuedCertificates } from './certificate-plan';
import type { CertificatesInput } from './types';
import type { IssuedCertificate } from './verification-code';

export interface IssuedCertificatesExport {
  format: 'pitch-jury/issued-certificates';
  version: 1;
  eventKey: string;
  eventName: string;
  certificates: IssuedCertificate[];
}

export function exportIssuedCertificates(input: CertificatesInput): IssuedCertificatesExport {
  return {
    format: 'pitch-jury/issued-certificates',
    version: 1,
    eventKey: input.verification.eventKey,
    eventName: input.event.name,
    certificates: listIssuedCertificates(input),
  };
}
