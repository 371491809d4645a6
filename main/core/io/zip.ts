/**
 * Just enough of the zip format to look inside an .xlsx before handing it to
 * exceljs: list the entries from the central directory and inflate one with a
 * hard output cap. That is what lets a zip bomb or a 100 000-row sheet be
 * refused in milliseconds instead of after exceljs has built it in memory.
 * Zip64 archives are not read here (`null`): a spreadsheet under the 10 MB
 * import limit never needs them.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not something spreadsheet tools write. */
  method: number;
  compressedSize: number;
  /** As declared by the archive; `inflateEntry` enforces it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The entries of a (non-zip64) archive, or null when the directory is missing, truncated or zip64. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  const decoder = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.byteLength) return null;
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) return null;
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record sits at the end, after an optional comment of up to 65 535 bytes.
  const lowest = Math.max(0, view.byteLength - EOCD_MIN - 0xffff);
  for (let p = view.byteLength - EOCD_MIN; p >= lowest; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  return -1;
}

export type InflateOutcome = { ok: true; data: Uint8Array } | { ok: false; reason: 'tooLarge' | 'corrupt' };

/**
 * Inflates one entry. Refuses (`tooLarge`) an entry declaring more than
 * `maxBytes`, and (`corrupt`) one whose data inflates past its declared size:
 * a lying header is how zip bombs slip past a size check.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): InflateOutcome {
  if (entry.uncompressedSize > maxBytes) return { ok: false, reason: 'tooLarge' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL_SIGNATURE)
    return { ok: false, reason: 'corrupt' };
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return { ok: false, reason: 'corrupt' };
  const compressed = bytes.subarray(start, end);
  if (entry.method === 0) {
    return compressed.byteLength === entry.uncompressedSize
      ? { ok: true, data: compressed }
      : { ok: false, reason: 'corrupt' };
  }
  if (entry.method !== 8) return { ok: false, reason: 'corrupt' };
  try {
    // +1 so that output beyond the declared size is detected rather than silently cut.
    const data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
    if (data.byteLength !== entry.uncompressedSize) return { ok: false, reason: 'corrupt' };
    return { ok: true, data };
  } catch {
    // Broken deflate data, or more output than declared: a damaged or deliberately lying archive.
    return { ok: false, reason: 'corrupt' };
  }
}
