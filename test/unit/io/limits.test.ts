import { describe, expect, it } from 'vitest';
import { importFromBytes } from '../../../main/core/io/import-plan';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../main/core/io/limits';
import { checkImportSize, readImportTable } from '../../../main/core/io/source-table';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

function teamsCsv(rows: number): string {
  let text = 'Équipe;Projet\r\n';
  for (let i = 0; i < rows; i++) text += `Équipe ${i};Projet ${i}\r\n`;
  return text;
}

describe('size limit', () => {
  it('refuses a 50 MB file from its size alone, with the limit and the actual size', async () => {
    const size = 50 * 1024 * 1024;
    expect(checkImportSize(size)).toEqual({
      code: 'import.fileTooLarge',
      limit: MAX_IMPORT_BYTES,
      actual: size,
    });
    expect(await importFromBytes(new Uint8Array(size))).toEqual({
      ok: false,
      errors: [{ code: 'import.fileTooLarge', limit: MAX_IMPORT_BYTES, actual: size }],
      errorCount: 1,
    });
  });

  it('draws the line at exactly MAX_IMPORT_BYTES', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)?.code).toBe('import.fileTooLarge');
  });
});

describe('row limit', () => {
  it('refuses 100 000 CSV rows with the exact count', async () => {
    const result = await readImportTable(utf8(teamsCsv(100_000)));
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'import.tooManyRows', limit: MAX_IMPORT_ROWS, actual: 100_000 }],
      errorCount: 1,
    });
  });

  it('accepts exactly MAX_IMPORT_ROWS data rows and refuses one more', async () => {
    const atLimit = await readImportTable(utf8(teamsCsv(MAX_IMPORT_ROWS)));
    expect(atLimit.ok && atLimit.value.rows.length).toBe(MAX_IMPORT_ROWS);
    const over = await readImportTable(utf8(teamsCsv(MAX_IMPORT_ROWS + 1)));
    expect(over.ok ? null : over.errors[0]).toEqual({
      code: 'import.tooManyRows',
      limit: MAX_IMPORT_ROWS,
      actual: MAX_IMPORT_ROWS + 1,
    });
  });

  it('counts records, not lines: blank lines and line breaks inside quotes do not count', async () => {
    let text = 'Équipe;Membres\r\n';
    for (let i = 0; i < MAX_IMPORT_ROWS; i++) text += `T${i};"Ana\r\nBo"\r\n;;\r\n\r\n`;
    const result = await readImportTable(utf8(text));
    expect(result.ok && result.value.rows.length).toBe(MAX_IMPORT_ROWS);
  });
});
