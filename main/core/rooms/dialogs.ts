/**
 * What the OS dialogs of the Rooms page show, decided here (pure, tested) so
 * the Electron glue in main/index.ts only passes it to `dialog`.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';

export interface RoomDialog {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

export function roomDialog(kind: 'roomFile' | 'roomResult' | 'merge', locale: Locale): RoomDialog {
  if (kind === 'roomFile')
    return {
      title: translate(locale, 'rooms.writeFile').replace(/…$/, ''),
      filters: [{ name: 'Pitch Jury', extensions: ['sqlite'] }],
    };
  return {
    title: translate(locale, kind === 'roomResult' ? 'rooms.writeResult' : 'rooms.merge').replace(/…$/, ''),
    filters: [{ name: 'Pitch Jury (JSON)', extensions: ['json'] }],
  };
}
