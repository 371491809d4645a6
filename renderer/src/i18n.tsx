import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '../../common/domain';
import { type MessageKey, type MessageParams, translate } from '../../common/i18n';

interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>({ locale: 'fr', t: (key, params) => translate('fr', key, params) });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ locale, t: (key, params) => translate(locale, key, params) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
