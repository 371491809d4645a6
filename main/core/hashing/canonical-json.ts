import { DomainError } from '../errors';

/**
 * One byte-exact JSON text per value, so a hash of it identifies the value
 * itself and not the way it happened to be built or stored. The rules follow
 * RFC 8785 (JSON Canonicalization Scheme) with one addition, NFC:
 *
 * - Objects: keys sorted by UTF-16 code units (JavaScript's default sort, as
 *   in RFC 8785); properties whose value is `undefined` are omitted (so an
 *   absent optional field and `undefined` hash alike). `null` is kept.
 * - No whitespace anywhere.
 * - Numbers: finite only (NaN and ±Infinity throw); −0 is written 0; otherwise
 *   the shortest text that reads back to the same double (ECMAScript
 *   Number.prototype.toString, as JSON.stringify and RFC 8785 do): 14, 14.5,
 *   0.1, 1e+21. No rounding: the caller decides the precision of what it locks.
 * - Strings (values and keys): normalised to Unicode NFC first, so "Tāmaʻa"
 *   typed with a combining macron hashes like the precomposed one; then JSON
 *   escaping (", \, control characters; everything else as is, UTF-8 when hashed).
 * - Arrays keep their order; `undefined` inside an array throws (JSON would
 *   silently turn it into null).
 * - Only plain data: a Date, Map, Set, class instance, function, symbol or
 *   bigint throws 'canonicalJson.unsupported' (pass ISO strings for dates).
 * - Two keys that become equal after NFC throw 'canonicalJson.duplicateKey'.
 */

export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue | undefined };

function unsupported(path: string, kind: string): never {
  throw new DomainError('canonicalJson.unsupported', { path, kind });
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function writeNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new DomainError('canonicalJson.nonFiniteNumber', { path });
  if (Object.is(value, -0)) return '0';
  return String(value);
}

function writeString(value: string): string {
  return JSON.stringify(value.normalize('NFC'));
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return writeNumber(value, path);
    case 'string':
      return writeString(value);
    case 'object':
      break;
    default:
      return unsupported(path, typeof value);
  }
  if (Array.isArray(value)) {
    const parts = value.map((item: unknown, i) => {
      if (item === undefined) unsupported(`${path}[${i}]`, 'undefined');
      return write(item, `${path}[${i}]`);
    });
    return `[${parts.join(',')}]`;
  }
  if (!isPlainObject(value)) return unsupported(path, value.constructor?.name ?? 'object');
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const [rawKey, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const key = rawKey.normalize('NFC');
    if (seen.has(key)) throw new DomainError('canonicalJson.duplicateKey', { path, key });
    seen.add(key);
    entries.push([key, item]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = entries.map(([key, item]) => `${writeString(key)}:${write(item, `${path}.${key}`)}`);
  return `{${parts.join(',')}}`;
}

export function canonicalJson(value: unknown): string {
  return write(value, '$');
}
