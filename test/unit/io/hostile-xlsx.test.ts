/**
 * Hostile imports (issue 13, items 1–4): every file of the hostile set is
 * refused with the right message, by reading at most a capped number of
 * bytes; a hidden second sheet is never read; XML entities are refused in
 * any part. Bounded by sizes and counts, never by time.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, MAX_XLSX_SHEET_BYTES } from '../../../main/core/io/limits';
import { readImportTable } from '../../../main/core/io/source-table';
import { ZipReader } from '../../../main/core/io/zip';
import {
  bombSheet,
  formulaSheet,
  hostileFiles,
  repeatedRowsSheet,
  teamSheet,
  workbook,
  workbookWithHiddenSheet,
  workbookWithSharedStrings,
} from '../../support/hostile-imports';

async function firstError(bytes: Uint8Array, sheetName?: string) {
  const result = await readImportTable(bytes, sheetName === undefined ? {} : { sheetName });
  return result.ok ? null : result.errors[0];
}

describe('the hostile set', () => {
  it.each(hostileFiles().map((f) => [f.name, f] as const))('refuses %s', async (_, file) => {
    expect((await firstError(file.bytes, file.sheetName))?.code).toBe(file.code);
  });

  it('holds the files of the issue, each small on disk', () => {
    for (const file of hostileFiles())
      expect(file.bytes.byteLength, file.name).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('the zip reader', () => {
  it('reads zip64 archives', async () => {
    const bytes = workbook([{ name: 'Équipes' }], [teamSheet(3)], { zip64: true });
    const table = await readImportTable(bytes);
    expect(table.ok && table.value.rows.map((r) => r.cells[0])).toEqual(['Équipe 1', 'Équipe 2', 'Équipe 3']);
  });

  it('stops inflating a lying entry at its cap: at most the cap reaches the caller', async () => {
    // 2 GB of zeros declaring 1 MB less than the sheet cap.
    const part = { ...bombSheet(1, 2048), declaredSize: MAX_XLSX_SHEET_BYTES - 1024 * 1024 };
    const opened = await ZipReader.open(workbook([{ name: 'a' }], [part], { zip64: true }));
    if (!opened.ok) throw new Error('not opened');
    const zipPart = opened.reader.parts.get('xl/worksheets/sheet1.xml');
    if (zipPart === undefined) throw new Error('no sheet');
    let delivered = 0;
    const outcome = await opened.reader.read(zipPart, MAX_XLSX_SHEET_BYTES, (chunk) => {
      delivered += chunk.byteLength;
      return true;
    });
    expect(outcome).toEqual({ ok: false, reason: 'corrupt' });
    expect(delivered).toBeLessThanOrEqual(zipPart.declaredSize);
  });

  it('refuses an entry declaring more than its cap without inflating a byte', async () => {
    const opened = await ZipReader.open(workbook([{ name: 'a' }], [bombSheet(1, 190)]));
    if (!opened.ok) throw new Error('not opened');
    const zipPart = opened.reader.parts.get('xl/worksheets/sheet1.xml');
    if (zipPart === undefined) throw new Error('no sheet');
    let delivered = 0;
    const outcome = await opened.reader.read(zipPart, MAX_XLSX_SHEET_BYTES, (chunk) => {
      delivered += chunk.byteLength;
      return true;
    });
    expect(outcome).toEqual({ ok: false, reason: 'tooLarge' });
    expect(delivered).toBe(0);
  });
});

describe('row counting', () => {
  it('counts formula-only rows, stopping at the first row over the limit', async () => {
    const formulas = repeatedRowsSheet('<row><c><f>1+1</f></c></row>', 20_000);
    expect(await firstError(workbook([{ name: 'Feuil1' }], [formulas]))).toEqual({
      code: 'import.tooManyRowsOver',
      limit: MAX_IMPORT_ROWS,
    });
  });

  it('still accepts exactly the limit of formula rows', async () => {
    const table = await readImportTable(workbook([{ name: 'Feuil1' }], [formulaSheet(MAX_IMPORT_ROWS)]));
    expect(table.ok && table.value.rows.length).toBe(MAX_IMPORT_ROWS);
    expect(table.ok && table.value.rows[0]?.cells).toEqual(['Team 2']);
  });
});

describe('only the sheet being imported is read', () => {
  it('imports the first sheet and never reads a hidden second one, however big or damaged', async () => {
    // 190 MB of rows, and a second variant whose data is garbage: reading either would refuse the file.
    const huge = bombSheet(2, 190);
    const garbage = { ...huge, compressed: new Uint8Array(1000).fill(0xff), declaredSize: 10 };
    for (const hidden of [huge, garbage]) {
      const table = await readImportTable(workbookWithHiddenSheet(3, hidden));
      if (!table.ok) throw new Error(JSON.stringify(table.errors));
      expect(table.value.sheetName).toBe('Équipes');
      expect(table.value.sheetNames).toEqual(['Équipes', 'Caché']);
      expect(table.value.rows.map((r) => r.cells[0])).toEqual(['Équipe 1', 'Équipe 2', 'Équipe 3']);
    }
  });

  it('reads the hidden sheet only when it is picked, and then applies every limit to it', async () => {
    const bytes = workbookWithHiddenSheet(3, bombSheet(2, 190));
    expect((await firstError(bytes, 'Caché'))?.code).toBe('import.xlsxTooLarge');
  });
});

describe('XML entities', () => {
  it('are refused even when they would expand to little', async () => {
    const small = workbookWithSharedStrings(
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY team "Alpha">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&team;</t></si></sst>',
    );
    expect((await firstError(small))?.code).toBe('import.xlsxEntities');
  });

  it('a plain shared-strings workbook still reads', async () => {
    const plain = workbookWithSharedStrings(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Équipe</t></si></sst>',
    );
    const table = await readImportTable(plain);
    expect(table.ok && table.value.headers).toEqual(['Équipe']);
  });
});
