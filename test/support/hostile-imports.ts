/**
 * Hostile import files, generated in memory (nothing large is committed):
 * zip bombs with and without zip64, archives whose headers lie about sizes,
 * sheets of a million formula-only rows, hidden second sheets, XML entity
 * expansion, CSVs mixing UTF-8 and Windows-1252. Used by the unit tests and
 * by the bench (test/bench/io-hostile.bench.ts).
 *
 * Big parts are never built as strings: a deflate block sequence ended by a
 * full flush is self-contained, so one compressed chunk repeated N times and
 * closed by an empty final block inflates to the chunk N times. A 2 GB sheet
 * is then a few hundred kilobytes to write, in a few milliseconds.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** One entry, already compressed: the inflated size and CRC it really has, and what its headers claim. */
export interface RawEntry {
  name: string;
  compressed: Uint8Array;
  size: number;
  crc: number;
  /** The uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
}

/** A part whose content is head + body × times + tail, compressed without ever being built. */
export function repeatedPart(
  name: string,
  head: string,
  body: string,
  times: number,
  tail: string,
): RawEntry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const headBytes = Buffer.from(head, 'utf8');
  const bodyBytes = Buffer.from(body, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  const headZ = deflateRawSync(headBytes, flush);
  const bodyZ = deflateRawSync(bodyBytes, flush);
  const tailZ = deflateRawSync(tailBytes); // ends with the final block
  const size = headBytes.byteLength + bodyBytes.byteLength * times + tailBytes.byteLength;
  // The CRC of a multi-gigabyte part would take seconds to compute and nothing here checks it
  // (yauzl verifies sizes, not CRCs; a real bomb need not carry a right one either): parts over
  // 64 MB carry 0.
  let crc = 0;
  if (size <= 64 * 1024 * 1024) {
    crc = crc32(headBytes);
    for (let k = 0; k < times; k++) crc = crc32(bodyBytes, crc);
    crc = crc32(tailBytes, crc);
  }
  const chunks: Buffer[] = [headZ];
  for (let k = 0; k < times; k++) chunks.push(bodyZ);
  chunks.push(tailZ);
  return {
    name,
    compressed: new Uint8Array(Buffer.concat(chunks)),
    size,
    crc: crc >>> 0,
  };
}

export function textPart(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return {
    name,
    compressed: new Uint8Array(deflateRawSync(data)),
    size: data.byteLength,
    crc: crc32(data) >>> 0,
  };
}

/** A zip of deflated entries; `zip64` writes zip64 sizes, offsets and end records, as big archives do. */
export function writeZip(entries: readonly RawEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const zip64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const declared = entry.declaredSize ?? entry.size;
    const compressedSize = entry.compressed.byteLength;
    const localExtra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (zip64) {
      localExtra.writeUInt16LE(0x0001, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(declared), 4);
      localExtra.writeBigUInt64LE(BigInt(compressedSize), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : compressedSize, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : declared, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(localExtra.byteLength, 28);

    const centralExtra = zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (zip64) {
      centralExtra.writeUInt16LE(0x0001, 0);
      centralExtra.writeUInt16LE(24, 2);
      centralExtra.writeBigUInt64LE(BigInt(declared), 4);
      centralExtra.writeBigUInt64LE(BigInt(compressedSize), 12);
      centralExtra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(zip64 ? 0xffffffff : compressedSize, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : declared, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt16LE(centralExtra.byteLength, 30);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);

    locals.push(local, name, localExtra, Buffer.from(entry.compressed));
    centrals.push(central, name, centralExtra);
    offset += local.byteLength + name.byteLength + localExtra.byteLength + compressedSize;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.byteLength), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.byteLength), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : directory.byteLength, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, ...tail, end]));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SheetSpec {
  name: string;
  state?: 'hidden' | 'veryHidden';
  part: RawEntry;
}

/** A workbook around the given sheet parts (xl/worksheets/sheetN.xml in order), plus any extra parts. */
export function workbook(
  sheets: readonly Omit<SheetSpec, 'part'>[],
  parts: readonly RawEntry[],
  options: { zip64?: boolean; workbookXml?: string; extraRels?: string } = {},
): Uint8Array {
  const sheetTags = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  return writeZip(
    [
      textPart(
        '_rels/.rels',
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      textPart(
        'xl/workbook.xml',
        options.workbookXml ??
          `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetTags}</sheets></workbook>`,
      ),
      textPart(
        'xl/_rels/workbook.xml.rels',
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${rels}${options.extraRels ?? ''}</Relationships>`,
      ),
      ...parts,
    ],
    { zip64: options.zip64 === true },
  );
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

/** A small legitimate team sheet: header + n teams with inline strings. */
export function teamSheet(n: number, index = 1): RawEntry {
  const rows = [`<row r="1">${inline('A1', 'Équipe')}${inline('B1', 'Projet')}</row>`];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    rows.push(
      `<row r="${r}">${inline(`A${r}`, `Équipe ${i + 1}`)}${inline(`B${r}`, `Projet ${i + 1}`)}</row>`,
    );
  }
  return textPart(`xl/worksheets/sheet${index}.xml`, `${SHEET_HEAD}${rows.join('')}${SHEET_TAIL}`);
}

/** A header and n rows whose only cell is a formula with its cached value, as Excel writes them. */
export function formulaSheet(n: number): RawEntry {
  const rows = [`<row r="1">${inline('A1', 'Équipe')}</row>`];
  for (let r = 2; r <= n + 1; r++)
    rows.push(`<row r="${r}"><c r="A${r}" t="str"><f>"Team "&amp;ROW()</f><v>Team ${r}</v></c></row>`);
  return textPart('xl/worksheets/sheet1.xml', `${SHEET_HEAD}${rows.join('')}${SHEET_TAIL}`);
}

/** `rows` rows of the same row XML (row numbers are not required by the format; exceljs numbers them in order). */
export function repeatedRowsSheet(rowXml: string, rows: number, index = 1, header = true): RawEntry {
  const head = header ? `${SHEET_HEAD}<row>${inline('A1', 'Équipe')}</row>` : SHEET_HEAD;
  // Grouped 1000 rows a block so that the compressed file stays small for a million rows.
  const block = rowXml.repeat(1000);
  return repeatedPart(
    `xl/worksheets/sheet${index}.xml`,
    head + rowXml.repeat(rows % 1000),
    block,
    Math.floor(rows / 1000),
    SHEET_TAIL,
  );
}

/** The billion laughs: ten levels of ten references, a gigabyte once expanded. */
export function entityBomb(root: string): string {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let k = 1; k <= 9; k++) dtd += `<!ENTITY lol${k} "${`&lol${k - 1};`.repeat(10)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE ${root} [${dtd}]>`;
}

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** The import error code it must be refused with. */
  code: string;
  /** Sheet to pick, when the hostile part is not the first sheet. */
  sheetName?: string;
}

const FORMULA_ROW = '<row><c><f>ROW()*2</f></c></row>';
const VALUE_ROW = `<row>${'<c t="inlineStr"><is><t>x</t></is></c>'}</row>`;
const EMPTY_STYLED_ROW = '<row><c s="1"/><c s="1"/></row>';

/** Every hostile file of the issue, each with the refusal it must get. Built in well under a second. */
export function hostileFiles(): HostileFile[] {
  const lying = (entry: RawEntry, declaredSize: number): RawEntry => ({ ...entry, declaredSize });
  const mixedCsv = new Uint8Array([
    ...Buffer.from('Équipe;Projet\nÉnergie Verte;Solaire\n', 'utf8'),
    ...[0x46, 0x6f, 0x72, 0xea, 0x74, 0x3b, 0x42, 0x6f, 0x69, 0x73, 0x0a], // "Forêt;Bois" in Windows-1252
  ]);
  return [
    {
      name: 'zip64 bomb: a 2 GB sheet, honest zip64 sizes',
      bytes: workbook([{ name: 'Feuil1' }], [bombSheet(1, 2048)], { zip64: true }),
      code: 'import.xlsxTooLarge',
    },
    {
      name: 'zip64 bomb: a 2 GB sheet declaring 1 KB',
      bytes: workbook([{ name: 'Feuil1' }], [lying(bombSheet(1, 2048), 1024)], { zip64: true }),
      code: 'import.xlsxUnreadable',
    },
    {
      name: 'zip bomb: a 2 GB sheet declaring 15 MB (under the cap)',
      bytes: workbook([{ name: 'Feuil1' }], [lying(bombSheet(1, 2048), 15 * 1024 * 1024)]),
      code: 'import.xlsxUnreadable',
    },
    {
      name: 'a sheet declaring 190 MB',
      bytes: workbook([{ name: 'Feuil1' }], [bombSheet(1, 190)]),
      code: 'import.xlsxTooLarge',
    },
    {
      name: 'zip64 sheet of 1M value rows declaring a small size',
      bytes: workbook(
        [{ name: 'Feuil1' }],
        [lying(repeatedRowsSheet(VALUE_ROW, 1_000_000), 12 * 1024 * 1024)],
        {
          zip64: true,
        },
      ),
      code: 'import.tooManyRowsOver',
    },
    {
      name: '1M rows holding only formulas',
      bytes: workbook(
        [{ name: 'Feuil1' }],
        [lying(repeatedRowsSheet(FORMULA_ROW, 1_000_000), 12 * 1024 * 1024)],
      ),
      code: 'import.tooManyRowsOver',
    },
    {
      name: '1M formula-only rows, honest size (33 MB, over the sheet cap)',
      bytes: workbook([{ name: 'Feuil1' }], [repeatedRowsSheet(FORMULA_ROW, 1_000_000)]),
      code: 'import.xlsxTooLarge',
    },
    {
      name: '300k formatted empty rows (no value, but exceljs would build them)',
      bytes: workbook([{ name: 'Feuil1' }], [repeatedRowsSheet(EMPTY_STYLED_ROW, 300_000)]),
      code: 'import.tooManyCells',
    },
    {
      name: 'hidden second sheet of 1M rows, picked by name',
      bytes: workbook(
        [{ name: 'Équipes' }, { name: 'Caché', state: 'hidden' }],
        [teamSheet(3), lying(repeatedRowsSheet(VALUE_ROW, 1_000_000, 2), 12 * 1024 * 1024)],
      ),
      code: 'import.tooManyRowsOver',
      sheetName: 'Caché',
    },
    {
      name: 'merged range of 27 million cells',
      bytes: workbook(
        [{ name: 'Feuil1' }],
        [
          textPart(
            'xl/worksheets/sheet1.xml',
            `${SHEET_HEAD}<row r="1">${inline('A1', 'Équipe')}</row><row r="2">${inline('A2', 'Alpha')}</row>${SHEET_TAIL.replace('</worksheet>', '<mergeCells count="1"><mergeCell ref="A2:Z1048576"/></mergeCells></worksheet>')}`,
          ),
        ],
      ),
      code: 'import.tooManyCells',
    },
    {
      name: 'entity expansion in the sheet',
      bytes: workbook(
        [{ name: 'Feuil1' }],
        [
          textPart(
            'xl/worksheets/sheet1.xml',
            `${entityBomb('worksheet')}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${inline('A1', '&lol9;')}</row></sheetData></worksheet>`,
          ),
        ],
      ),
      code: 'import.xlsxEntities',
    },
    {
      name: 'entity expansion in the workbook part',
      bytes: workbook([{ name: 'Feuil1' }], [teamSheet(2)], {
        workbookXml: `${entityBomb('workbook')}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      }),
      code: 'import.xlsxEntities',
    },
    {
      name: 'entity expansion in the shared strings',
      bytes: workbookWithSharedStrings(
        `${entityBomb('sst')}<sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`,
      ),
      code: 'import.xlsxEntities',
    },
    { name: 'CSV mixing UTF-8 and Windows-1252', bytes: mixedCsv, code: 'import.encodingMixed' },
  ];
}

/** A one-sheet workbook whose first cell is shared string 0, with the given sharedStrings part. */
export function workbookWithSharedStrings(sharedStringsXml: string): Uint8Array {
  const sheet = textPart(
    'xl/worksheets/sheet1.xml',
    `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2">${inline('A2', 'Alpha')}</row>${SHEET_TAIL}`,
  );
  return workbook([{ name: 'Feuil1' }], [sheet, textPart('xl/sharedStrings.xml', sharedStringsXml)], {
    extraRels: `<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`,
  });
}

/** A legitimate team workbook of n teams whose second, hidden sheet is `hidden` (never to be read). */
export function workbookWithHiddenSheet(n: number, hidden: RawEntry): Uint8Array {
  return workbook([{ name: 'Équipes' }, { name: 'Caché', state: 'hidden' }], [teamSheet(n), hidden]);
}

/** A sheet part of `megabytes` MB of zeros inside <sheetData>, as sheet number `index`. */
export function bombSheet(index: number, megabytes: number): RawEntry {
  return repeatedPart(
    `xl/worksheets/sheet${index}.xml`,
    SHEET_HEAD,
    '0'.repeat(64 * 1024),
    megabytes * 16,
    SHEET_TAIL,
  );
}
