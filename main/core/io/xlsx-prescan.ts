/**
 * Looks inside an .xlsx before exceljs loads it: refuses zip bombs (declared or
 * actual inflated size over the limit), finds the sheets in tab order, and
 * counts the rows of the chosen sheet that hold a value, so an oversized sheet
 * is refused without being built in memory. Regular expressions are enough:
 * these parts are machine-written SpreadsheetML, and a miss here only means
 * exceljs (and the row count after loading) gets the final word.
 */
import { excerpt, fail, type IoResult } from './issues';
import { MAX_IMPORT_ROWS, MAX_XLSX_UNCOMPRESSED_BYTES } from './limits';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip';

export interface XlsxOutline {
  /** Sheet names in tab order. */
  sheetNames: string[];
  /** The sheet to read (the first one unless a name was asked for). */
  sheetName: string;
  /** Rows of that sheet holding at least one value, header included. */
  rowsWithValues: number;
}

/**
 * `null` outline means the archive could not be read with this light reader
 * (zip64): the caller then relies on exceljs and its own row count.
 */
export function prescanXlsx(bytes: Uint8Array, wantedSheet?: string): IoResult<XlsxOutline | null> {
  const entries = readZipDirectory(bytes);
  if (entries === null) return { ok: true, value: null };
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) {
    return fail({ code: 'import.xlsxTooLarge', limit: MAX_XLSX_UNCOMPRESSED_BYTES, actual: declared });
  }
  // Every part is inflated with its declared size as a hard cap (no entry may lie), but only
  // the small descriptive parts and the chosen sheet are kept: peak memory is one part.
  const decoder = new TextDecoder('utf-8');
  const texts = new Map<string, string>();
  const inflateText = (entry: ZipEntry): IoResult<string> => {
    const outcome = inflateEntry(bytes, entry, MAX_XLSX_UNCOMPRESSED_BYTES);
    if (outcome.ok) return { ok: true, value: decoder.decode(outcome.data) };
    return fail(
      outcome.reason === 'tooLarge'
        ? { code: 'import.xlsxTooLarge', limit: MAX_XLSX_UNCOMPRESSED_BYTES, actual: entry.uncompressedSize }
        : { code: 'import.xlsxUnreadable' },
    );
  };
  for (const entry of entries.filter(isDescriptivePart)) {
    const text = inflateText(entry);
    if (!text.ok) return text;
    texts.set(entry.name, text.value);
  }

  const workbookPath = officeDocumentPath(texts.get('_rels/.rels'));
  const workbook = workbookPath === null ? undefined : texts.get(workbookPath);
  if (workbookPath === null || workbook === undefined) {
    // A zip, but not a workbook: .docx, .ods, a zipped folder.
    return fail({ code: 'import.unsupportedFormat' });
  }
  const rels = parseRelationships(texts.get(relsPathFor(workbookPath)) ?? '', directoryOf(workbookPath));
  const sheets = parseSheets(workbook).map((s) => ({ name: s.name, part: rels.get(s.relId) }));
  if (sheets.length === 0) return fail({ code: 'import.xlsxUnreadable' });
  const chosen = wantedSheet === undefined ? sheets[0] : sheets.find((s) => s.name === wantedSheet);
  if (chosen === undefined) return fail({ code: 'import.sheetNotFound', value: excerpt(wantedSheet ?? '') });

  let rowsWithValues: number | null = null;
  for (const entry of entries.filter((e) => !isDescriptivePart(e))) {
    const text = inflateText(entry);
    if (!text.ok) return text;
    if (entry.name === chosen.part) rowsWithValues = countRowsWithValues(text.value);
  }
  if (rowsWithValues === null) return fail({ code: 'import.xlsxUnreadable' });
  if (rowsWithValues - 1 > MAX_IMPORT_ROWS) {
    return fail({ code: 'import.tooManyRows', limit: MAX_IMPORT_ROWS, actual: rowsWithValues - 1 });
  }
  return {
    ok: true,
    value: { sheetNames: sheets.map((s) => s.name), sheetName: chosen.name, rowsWithValues },
  };
}

/** The small XML parts that say where the sheets are: relationships and the workbook itself. */
function isDescriptivePart(entry: ZipEntry): boolean {
  return entry.name.endsWith('.rels') || /(^|\/)workbook\d*\.xml$/.test(entry.name);
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
    if ((attrs.get('Type') ?? '').endsWith('/officeDocument'))
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

function parseRelationships(xml: string, baseDir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined) map.set(id, resolvePath(baseDir, target));
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

/** Rows that contain a cell value (<v>) or an inline string (<is>); formatted empty rows do not count. */
export function countRowsWithValues(sheetXml: string): number {
  const end = sheetXml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  const data = end === -1 ? sheetXml : sheetXml.slice(0, end);
  const rowStarts = [...data.matchAll(/<(?:[\w.-]+:)?row\b[^>]*?(\/?)>/g)];
  let count = 0;
  for (let k = 0; k < rowStarts.length; k++) {
    const m = rowStarts[k];
    if (m === undefined || m[1] === '/') continue;
    const from = (m.index ?? 0) + m[0].length;
    const to = rowStarts[k + 1]?.index ?? data.length;
    if (/<(?:[\w.-]+:)?(?:v|is)[\s>]/.test(data.slice(from, to))) count++;
  }
  return count;
}
