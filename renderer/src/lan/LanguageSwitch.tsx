import type { Locale } from '../../../common/domain';
import { useI18n } from '../i18n';

/** Français / English on a phone's page, each written in its own language; the page remembers the choice. */
export function LanguageSwitch({ locale, onChange }: { locale: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useI18n();
  const options: { value: Locale; label: string }[] = [
    { value: 'fr', label: 'Français' },
    { value: 'en', label: 'English' },
  ];
  return (
    <fieldset className="net-lang" aria-label={t('lan.net.language')}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.value}
          className={option.value === locale ? 'secondary active' : 'ghost'}
          aria-pressed={option.value === locale}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
