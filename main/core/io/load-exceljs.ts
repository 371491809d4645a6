/**
 * exceljs, loaded on first use: evaluating it takes about a second on a slow
 * laptop, and the app's first window needs no spreadsheet. One import shared
 * by reading and writing .xlsx files.
 */
import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | null = null;

export function loadExcelJs(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((mod) => (mod as { default?: typeof ExcelJS }).default ?? mod);
  return loading;
}
