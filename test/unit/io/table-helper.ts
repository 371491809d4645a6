/** Test helper: a SourceTable from literal rows, numbered as a spreadsheet would (header = row 1). */
import { type SourceTable, tableFromRecords } from '../../../main/core/io/source-table';

export function tableOf(rows: readonly (readonly string[])[]): SourceTable {
  const result = tableFromRecords(
    rows.map((cells, i) => ({ row: i + 1, line: i + 1, cells: [...cells] })),
    { format: 'csv', encoding: 'utf-8', separator: ';', sheetName: null, sheetNames: [] },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
