import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../common/domain';
import { translate } from '../../common/i18n';

export interface MenuActions {
  newEvent(): void;
  openEvent(): void;
  saveCopy(): void;
  loadDemo(): void;
  setLocale(locale: Locale): void;
}

/**
 * The application menu in the UI language. A pure function returning
 * Electron's template type, so it is tested without Electron.
 */
export function buildMenuTemplate(
  locale: Locale,
  actions: MenuActions,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const t = (key: string) => translate(locale, key);
  const fileMenu: MenuItemConstructorOptions = {
    label: locale === 'fr' ? 'Fichier' : 'File',
    submenu: [
      { label: t('file.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newEvent() },
      { label: t('file.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.openEvent() },
      { label: t('file.saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.saveCopy() },
      { type: 'separator' },
      { label: t('file.loadDemo'), click: () => actions.loadDemo() },
      { type: 'separator' },
      // macOS: Quit lives in the app menu (role 'appMenu'); File ends with closing the window.
      isMac
        ? { role: 'close', label: locale === 'fr' ? 'Fermer la fenêtre' : 'Close window' }
        : { role: 'quit', label: locale === 'fr' ? 'Quitter' : 'Quit' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: locale === 'fr' ? 'Édition' : 'Edit',
    submenu: [
      { role: 'undo', label: locale === 'fr' ? 'Annuler' : 'Undo' },
      { role: 'redo', label: locale === 'fr' ? 'Rétablir' : 'Redo' },
      { type: 'separator' },
      { role: 'cut', label: locale === 'fr' ? 'Couper' : 'Cut' },
      { role: 'copy', label: locale === 'fr' ? 'Copier' : 'Copy' },
      { role: 'paste', label: locale === 'fr' ? 'Coller' : 'Paste' },
      { role: 'selectAll', label: locale === 'fr' ? 'Tout sélectionner' : 'Select all' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: locale === 'fr' ? 'Affichage' : 'View',
    submenu: [
      { role: 'resetZoom', label: locale === 'fr' ? 'Taille réelle' : 'Actual size' },
      { role: 'zoomIn', label: locale === 'fr' ? 'Agrandir' : 'Zoom in' },
      { role: 'zoomOut', label: locale === 'fr' ? 'Réduire' : 'Zoom out' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: locale === 'fr' ? 'Plein écran' : 'Full screen' },
    ],
  };
  const languageMenu: MenuItemConstructorOptions = {
    label: t('app.language'),
    submenu: [
      { label: 'Français', type: 'radio', checked: locale === 'fr', click: () => actions.setLocale('fr') },
      { label: 'English', type: 'radio', checked: locale === 'en', click: () => actions.setLocale('en') },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, fileMenu, editMenu, viewMenu, languageMenu];
}
