/**
 * exceljs, loaded on first use. Loading it costs 1.2–2.8 s on the 2-core
 * development VM (measured with `node --cpu-prof`: most of a CSV or JSON
 * export's time was spent requiring exceljs, which those exports never use).
 * Loaded lazily, only an .xlsx import or export pays for it, once per process.
 */
type ExcelJsModule = typeof import('exceljs');

let loading: Promise<ExcelJsModule> | null = null;

export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import('exceljs').then((module) => (module as { default?: ExcelJsModule }).default ?? module);
  return loading;
}
