import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of a text's UTF-8 bytes: the score chain, the results lock and the verifier share it. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
