/**
 * Reading the parts of an .xlsx (a zip) with hard caps, through yauzl: it
 * reads the central directory (zip64 included), inflates one entry at a time
 * as a stream, and with `validateEntrySizes` fails an entry the moment it
 * inflates past the size it declares. On top of that every read here has its
 * own byte cap, checked against the declared size before inflating and
 * against the bytes actually produced while inflating, and a caller may stop
 * a read early (the sheet's row count, xlsx-prescan.ts). So a zip bomb, zip64
 * or not, costs at most the cap, never the size it expands to.
 *
 * Why yauzl rather than a hand-written reader or fflate: it follows the spec
 * (central directory, zip64 extra fields, local-header checks), never buffers
 * a whole entry, and enforces declared sizes while inflating; fflate's
 * synchronous unzip inflates whole entries and its streaming reader trusts
 * local headers.
 */
import yauzl from 'yauzl';

export interface ZipPart {
  name: string;
  /** As declared by the archive (zip64 sizes included); never trusted for memory. */
  declaredSize: number;
  entry: yauzl.Entry;
}

export type ZipFailure = 'tooLarge' | 'corrupt';

/** An archive this many entries long is not a spreadsheet someone saved (Excel writes about a dozen). */
export const MAX_ZIP_ENTRIES = 5_000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export class ZipReader {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly parts: ReadonlyMap<string, ZipPart>,
  ) {}

  /** The directory of the archive, or why it cannot be read. Inflates nothing. */
  static open(
    bytes: Uint8Array,
  ): Promise<{ ok: true; reader: ZipReader } | { ok: false; reason: ZipFailure }> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new Promise((resolve) => {
      yauzl.fromBuffer(
        buffer,
        {
          autoClose: false,
          lazyEntries: true,
          validateEntrySizes: true,
          decodeStrings: true,
          strictFileNames: false,
        },
        (error, zip) => {
          if (error || !zip) {
            resolve({ ok: false, reason: 'corrupt' });
            return;
          }
          const parts = new Map<string, ZipPart>();
          zip.on('entry', (entry: yauzl.Entry) => {
            if (parts.size >= MAX_ZIP_ENTRIES) {
              zip.close();
              resolve({ ok: false, reason: 'corrupt' });
              return;
            }
            const name = entry.fileName.startsWith('/') ? entry.fileName.slice(1) : entry.fileName;
            if (!name.endsWith('/')) parts.set(name, { name, declaredSize: entry.uncompressedSize, entry });
            zip.readEntry();
          });
          zip.on('end', () => resolve({ ok: true, reader: new ZipReader(zip, parts) }));
          zip.on('error', () => resolve({ ok: false, reason: 'corrupt' }));
          zip.readEntry();
        },
      );
    });
  }

  /**
   * Inflates one part, handing each chunk to `onChunk` (return false to stop
   * reading: the rest is never inflated). Refuses (`tooLarge`) a part that
   * declares or produces more than `maxBytes`; `corrupt` when the data is
   * damaged or longer than declared.
   */
  read(
    part: ZipPart,
    maxBytes: number,
    onChunk: (chunk: Buffer) => boolean | undefined,
  ): Promise<{ ok: true; bytes: number; stopped: boolean } | { ok: false; reason: ZipFailure }> {
    if (part.declaredSize > maxBytes) return Promise.resolve({ ok: false, reason: 'tooLarge' });
    return new Promise((resolve) => {
      this.zip.openReadStream(part.entry, (error, stream) => {
        if (error || !stream) {
          resolve({ ok: false, reason: 'corrupt' });
          return;
        }
        let bytes = 0;
        let settled = false;
        const settle = (outcome: Parameters<typeof resolve>[0]) => {
          if (settled) return;
          settled = true;
          stream.destroy();
          resolve(outcome);
        };
        stream.on('data', (chunk: Buffer) => {
          bytes += chunk.byteLength;
          if (bytes > maxBytes) settle({ ok: false, reason: 'tooLarge' });
          else if (onChunk(chunk) === false) settle({ ok: true, bytes, stopped: true });
        });
        stream.on('end', () => settle({ ok: true, bytes, stopped: false }));
        stream.on('error', () => settle({ ok: false, reason: 'corrupt' }));
      });
    });
  }

  /** A whole part as bytes, capped as `read` caps it. */
  async readAll(
    part: ZipPart,
    maxBytes: number,
  ): Promise<{ ok: true; data: Buffer } | { ok: false; reason: ZipFailure }> {
    const chunks: Buffer[] = [];
    const outcome = await this.read(part, maxBytes, (chunk) => {
      chunks.push(chunk);
      return true;
    });
    return outcome.ok ? { ok: true, data: Buffer.concat(chunks) } : outcome;
  }

  close(): void {
    this.zip.close();
  }
}
