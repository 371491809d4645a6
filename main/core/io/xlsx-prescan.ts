/**
 * Looks inside an .xlsx before exceljs loads it, reading only what the chosen
 * sheet needs: the package and workbook relationships, the workbook (sheet
 * names in tab order), the chosen sheet, its shared strings and styles. Other
 * sheets, hidden or not, are never inflated. Every part is read through
 * zip.ts with a byte cap (declared and actual); the sheet is scanned as it
 * inflates and reading stops as soon as it has more rows than an import
 * takes. Any part declaring a DTD or an entity is refused: Excel and
 * LibreOffice never write one, and entity expansion is the other way an XML
 * file balloons. Regular expressions are enough for these machine-written
 * SpreadsheetML parts; exceljs then reads the vetted parts (xlsx-read.ts).
 */
import { excerpt, fail, type ImportIssue, type IoResult } from './issues';
import {
  MAX_IMPORT_ROWS,
  MAX_XLSX_SHEET_BYTES,
  MAX_XLSX_SHEET_ELEMENTS,
  MAX_XLSX_SMALL_PART_BYTES,
  MAX_XLSX_TABLE_PART_BYTES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from './limits';
import { type ZipFailure, type ZipPart, ZipReader } from './zip';

export interface XlsxOutline {
  /** Sheet names in tab order. */
  sheetNames: string[];
  /** The sheet to read (the first one unless a name was asked for). */
  sheetName: string;
  /** Rows of that sheet holding at least one cell with content (value, formula or inline string), header included. */
  rowsWithValues: number;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  /** The vetted parts exceljs needs, already inflated. */
  parts: {
    sheet: Buffer;
    /** Hyperlink relationships of the sheet only (the cell text is what is read). */
    sheetRels: Buffer | null;
    sharedStrings: Buffer | null;
    styles: Buffer | null;
  };
}

/** Progress while scanning the sheet, for a progress bar (rows counted so far). */
export type PrescanProgress = (rowsCounted: number) => void;

const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
  hyperlink: /\/hyperlink$/,
};

const ENTITY_DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;

export async function prescanXlsx(
  bytes: Uint8Array,
  wantedSheet?: string,
  onProgress?: PrescanProgress,
): Promise<IoResult<XlsxOutline>> {
  const opened = await ZipReader.open(bytes);
  if (!opened.ok) return fail({ code: 'import.xlsxUnreadable' });
  const zip = opened.reader;
  try {
    return await prescan(zip, wantedSheet, onProgress);
  } finally {
    zip.close();
  }
}

async function prescan(
  zip: ZipReader,
  wantedSheet: string | undefined,
  onProgress: PrescanProgress | undefined,
): Promise<IoResult<XlsxOutline>> {
  let budget = MAX_XLSX_UNCOMPRESSED_BYTES;
  const refusal = (reason: ZipFailure, part: ZipPart, cap: number): ImportIssue =>
    reason === 'tooLarge'
      ? { code: 'import.xlsxTooLarge', limit: cap, actual: Math.max(part.declaredSize, cap + 1) }
      : { code: 'import.xlsxUnreadable' };

  /** A whole small part as text: capped, counted against the budget, refused when it declares entities. */
  const readText = async (name: string, cap: number): Promise<IoResult<string | null>> => {
    const part = zip.parts.get(name);
    if (part === undefined) return { ok: true, value: null };
    const limit = Math.min(cap, budget);
    const read = await zip.readAll(part, limit);
    if (!read.ok) return fail(refusal(read.reason, part, limit));
    budget -= read.data.byteLength;
    const text = new TextDecoder('utf-8').decode(read.data);
    if (ENTITY_DECLARATION.test(text)) return fail({ code: 'import.xlsxEntities' });
    return { ok: true, value: text };
  };

  const rootRels = await readText('_rels/.rels', MAX_XLSX_SMALL_PART_BYTES);
  if (!rootRels.ok) return rootRels;
  const workbookPath = officeDocumentPath(rootRels.value ?? undefined);
  // A zip, but not a workbook: .docx, .ods, a zipped folder.
  if (workbookPath === null || !zip.parts.has(workbookPath))
    return fail({ code: 'import.unsupportedFormat' });
  const workbook = await readText(workbookPath, MAX_XLSX_SMALL_PART_BYTES);
  if (!workbook.ok) return workbook;
  const workbookRelsText = await readText(relsPathFor(workbookPath), MAX_XLSX_SMALL_PART_BYTES);
  if (!workbookRelsText.ok) return workbookRelsText;
  const rels = parseRelationships(workbookRelsText.value ?? '', directoryOf(workbookPath));
  const sheets = parseSheets(workbook.value ?? '').map((s) => ({
    name: s.name,
    part: rels.get(s.relId)?.target,
  }));
  if (sheets.length === 0) return fail({ code: 'import.xlsxUnreadable' });
  const chosen = wantedSheet === undefined ? sheets[0] : sheets.find((s) => s.name === wantedSheet);
  if (chosen === undefined) return fail({ code: 'import.sheetNotFound', value: excerpt(wantedSheet ?? '') });
  const sheetPart = chosen.part === undefined ? undefined : zip.parts.get(chosen.part);
  if (sheetPart === undefined) return fail({ code: 'import.xlsxUnreadable' });

  // The sheet, scanned as it inflates: the read stops at the first row over the limit.
  const scanner = new SheetScanner(onProgress);
  const kept: Buffer[] = [];
  const sheetCap = Math.min(MAX_XLSX_SHEET_BYTES, budget);
  const sheetRead = await zip.read(sheetPart, sheetCap, (chunk) => {
    kept.push(chunk);
    return scanner.feed(chunk);
  });
  if (!sheetRead.ok) return fail(refusal(sheetRead.reason, sheetPart, sheetCap));
  const verdict = scanner.finish();
  if (verdict !== null) return fail(verdict);
  budget -= sheetRead.bytes;

  const relOfType = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type))?.target;
  const sharedStrings = await readPart(relOfType(REL_TYPE.sharedStrings), MAX_XLSX_TABLE_PART_BYTES);
  if (!sharedStrings.ok) return sharedStrings;
  const styles = await readPart(relOfType(REL_TYPE.styles), MAX_XLSX_TABLE_PART_BYTES);
  if (!styles.ok) return styles;
  const sheetRelsText = await readText(relsPathFor(sheetPart.name), MAX_XLSX_SMALL_PART_BYTES);
  if (!sheetRelsText.ok) return sheetRelsText;

  return {
    ok: true,
    value: {
      sheetNames: sheets.map((s) => s.name),
      sheetName: chosen.name,
      rowsWithValues: scanner.contentRows,
      date1904: /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(
        workbook.value ?? '',
      ),
      parts: {
        sheet: Buffer.concat(kept),
        sheetRels: sheetRelsText.value === null ? null : Buffer.from(hyperlinkRelsOnly(sheetRelsText.value)),
        sharedStrings: sharedStrings.value,
        styles: styles.value,
      },
    },
  };

  async function readPart(name: string | undefined, cap: number): Promise<IoResult<Buffer | null>> {
    if (name === undefined) return { ok: true, value: null };
    const text = await readText(name, cap);
    if (!text.ok) return text;
    return { ok: true, value: text.value === null ? null : Buffer.from(text.value, 'utf8') };
  }
}

/**
 * Counts, as the sheet's XML streams in, the rows holding at least one cell
 * with content (any non-empty <c>: a value, a formula, an inline string) and
 * every row and cell element, and spots entity declarations. `feed` answers
 * false once the sheet is known to be refused, so the caller stops inflating.
 * Counting stops at </sheetData>; the rest (merged cells) is kept for exceljs.
 */
export class SheetScanner {
  contentRows = 0;
  elements = 0;
  private inRow = false;
  private rowHasContent = false;
  private carry = '';
  private done = false;
  private afterData = false;
  private refusal: ImportIssue | null = null;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly onProgress?: PrescanProgress) {}

  /** Tags that matter, whatever their namespace prefix; `<col>` and `<cfRule>` do not match `c\b`. */
  private static readonly TAG = /<(\/?)(?:[\w.-]+:)?(row|c|sheetData)\b[^>]*?(\/?)>/g;
  /** A tag split over two chunks is at most this long in SpreadsheetML; longer means it is not. */
  private static readonly MAX_CARRY = 1024 * 1024;
  /**
   * Characters without a single tag: a cell holds at most 32 767 characters
   * (about 128 KB in UTF-8), so a longer run is padding, not a sheet.
   */
  private static readonly MAX_TEXT_RUN = 256 * 1024;
  private sinceTag = 0;

  feed(chunk: Uint8Array): boolean {
    if (this.done) return false;
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    if (ENTITY_DECLARATION.test(text)) return this.refuse({ code: 'import.xlsxEntities' });
    const tag = SheetScanner.TAG;
    tag.lastIndex = 0;
    let end = 0;
    for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
      end = tag.lastIndex;
      const closing = m[1] === '/';
      const name = m[2];
      const selfClosing = m[3] === '/';
      if (name === 'sheetData') {
        // What follows the data (merged cells, hyperlinks) is still read, under the same byte cap.
        if (closing) this.afterData = true;
      } else if (this.afterData) {
        // A <c> or <row> after the data is not a cell.
      } else if (name === 'row') {
        if (closing) {
          if (this.inRow && this.rowHasContent) {
            this.contentRows++;
            if (this.contentRows - 1 > MAX_IMPORT_ROWS)
              return this.refuse({ code: 'import.tooManyRowsOver', limit: MAX_IMPORT_ROWS });
            if (this.contentRows % 1000 === 0) this.onProgress?.(this.contentRows);
          }
          this.inRow = false;
        } else {
          this.elements++;
          this.inRow = !selfClosing;
          this.rowHasContent = false;
        }
      } else if (!closing) {
        this.elements++;
        if (!selfClosing && this.inRow) this.rowHasContent = true;
      }
      if (this.elements > MAX_XLSX_SHEET_ELEMENTS)
        return this.refuse({ code: 'import.tooManyCells', limit: MAX_XLSX_SHEET_ELEMENTS });
    }
    const lastOpen = text.lastIndexOf('<');
    this.sinceTag = lastOpen === -1 ? this.sinceTag + text.length : text.length - lastOpen;
    if (this.sinceTag > SheetScanner.MAX_TEXT_RUN) return this.refuse({ code: 'import.xlsxUnreadable' });
    this.carry = lastOpen >= end ? text.slice(lastOpen) : '';
    if (this.carry.length > SheetScanner.MAX_CARRY) return this.refuse({ code: 'import.xlsxUnreadable' });
    return true;
  }

  /** Null when the sheet can be read; otherwise why not. */
  finish(): ImportIssue | null {
    return this.refusal;
  }

  private refuse(issue: ImportIssue): false {
    this.refusal = issue;
    this.done = true;
    return false;
  }
}

/** Keeps only the sheet's hyperlink relationships: drawings, comments and tables are not read. */
function hyperlinkRelsOnly(xml: string): string {
  const links = [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => REL_TYPE.hyperlink.test(attributes(tag).get('Type') ?? ''))
    .map((tag) => (tag.endsWith('/>') ? tag : `${tag.slice(0, -1)}/>`));
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${links.join('')}</Relationships>`;
}

function attributes(tag: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] ?? '';
    // Namespace prefixes vary between writers (r:id, ns1:id): keep the local name too.
    const value = unescapeXml(m[2] ?? m[3] ?? '');
    map.set(name, value);
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    if (!map.has(local)) map.set(local, value);
  }
  return map;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole, dec, hex, named) => {
    if (dec !== undefined) return safeFromCodePoint(Number.parseInt(dec, 10), whole);
    if (hex !== undefined) return safeFromCodePoint(Number.parseInt(hex, 16), whole);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'] ?? whole;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function officeDocumentPath(rootRels: string | undefined): string | null {
  if (rootRels === undefined) return null;
  for (const m of rootRels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    if (REL_TYPE.officeDocument.test(attrs.get('Type') ?? ''))
      return resolvePath('', attrs.get('Target') ?? '');
  }
  return null;
}

function relsPathFor(partPath: string): string {
  const dir = directoryOf(partPath);
  return `${dir}_rels/${partPath.slice(dir.length)}.rels`;
}

function directoryOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function resolvePath(baseDir: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : baseDir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function parseRelationships(xml: string, baseDir: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined)
      map.set(id, { target: resolvePath(baseDir, target), type: attrs.get('Type') ?? '' });
  }
  return map;
}

function parseSheets(workbookXml: string): { name: string; relId: string }[] {
  const sheets: { name: string; relId: string }[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const name = attrs.get('name');
    const relId = attrs.get('id');
    if (name !== undefined && relId !== undefined) sheets.push({ name, relId });
  }
  return sheets;
}
