/**
 * What the OS dialogs of the Data page show, decided here (pure, tested) so
 * the Electron glue in main/index.ts only passes it to `dialog`.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export function importDialog(
  kind: 'table' | 'eventJson',
  locale: Locale,
): { title: string; filters: DialogFilter[] } {
  return kind === 'table'
    ? {
        title: translate(locale, 'data.import.choose'),
        filters: [{ name: 'CSV, Excel (.xlsx)', extensions: ['csv', 'txt', 'xlsx'] }],
      }
    : {
        title: translate(locale, 'data.eventJson.import'),
        filters: [{ name: 'Pitch Jury (JSON)', extensions: ['json'] }],
      };
}

const EXPORT_FILTERS: Record<'csv' | 'xlsx' | 'json', DialogFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel (.xlsx)', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export function exportDialog(
  format: 'csv' | 'xlsx' | 'json',
  locale: Locale,
): { title: string; filters: DialogFilter[] } {
  return { title: translate(locale, 'data.export.title'), filters: [EXPORT_FILTERS[format]] };
}

export function backupFolderDialog(locale: Locale): { title: string } {
  return { title: translate(locale, 'data.backup.chooseFolder') };
}
