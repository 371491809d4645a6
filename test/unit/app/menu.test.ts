import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../main/app/menu';

const actions = () => ({
  newEvent: vi.fn(),
  openEvent: vi.fn(),
  saveCopy: vi.fn(),
  loadDemo: vi.fn(),
  setLocale: vi.fn(),
});

describe('application menu', () => {
  it('speaks the UI language', () => {
    const fr = buildMenuTemplate('fr', actions(), false);
    const en = buildMenuTemplate('en', actions(), false);
    expect(fr.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Langue']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Language']);
    const frFile = fr[0]?.submenu as { label?: string }[];
    expect(frFile.map((i) => i.label).filter(Boolean)).toContain('Ouvrir un fichier d’événement…');
  });

  it('wires items to actions', () => {
    const a = actions();
    const [file, , , language] = buildMenuTemplate('fr', a, false);
    const items = file?.submenu as { label?: string; click?: () => void }[];
    items.find((i) => i.label === 'Enregistrer une copie…')?.click?.();
    expect(a.saveCopy).toHaveBeenCalledOnce();
    ((language?.submenu ?? []) as { label?: string; click?: () => void }[])
      .find((i) => i.label === 'English')
      ?.click?.();
    expect(a.setLocale).toHaveBeenCalledWith('en');
  });

  it('labels the File menu’s last item after what it does: Close window on macOS, Quit elsewhere', () => {
    for (const locale of ['fr', 'en'] as const) {
      const macFile = buildMenuTemplate(locale, actions(), true)[1]?.submenu as {
        role?: string;
        label?: string;
      }[];
      const close = macFile.find((i) => i.role === 'close');
      expect(close?.label).toBe(locale === 'fr' ? 'Fermer la fenêtre' : 'Close window');
      expect(macFile.some((i) => /quit/i.test(i.label ?? ''))).toBe(false);
      const otherFile = buildMenuTemplate(locale, actions(), false)[0]?.submenu as {
        role?: string;
        label?: string;
      }[];
      expect(otherFile.find((i) => i.role === 'quit')?.label).toBe(locale === 'fr' ? 'Quitter' : 'Quit');
    }
  });

  it('adds the macOS app menu only on macOS', () => {
    expect(buildMenuTemplate('en', actions(), true)[0]).toEqual({ role: 'appMenu' });
  });
});
