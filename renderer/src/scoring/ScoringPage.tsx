import { useCallback, useState } from 'react';
import { useI18n } from '../i18n';
import { SubTabs } from '../ui/SubTabs';
import { ChairGrid } from './ChairGrid';
import { JurorForm } from './JurorForm';
import { JurorPicker } from './JurorPicker';
import { KioskHandOver } from './Kiosk';
import './scoring.css';

/** The juror's session survives a reload of this window, not a restart of the app. */
const TOKEN_KEY = 'pitch-jury.scoring.token';

/** `#/scoring` (the juror form) and `#/scoring/grid` (the chair's paper-entry grid). */
export function ScoringPage({ section }: { section: string }) {
  const { t } = useI18n();
  return (
    <div className="scoring">
      <SubTabs
        label={t('nav.scoring')}
        tabs={[
          { href: '#/scoring', label: t('scoring.tab.form'), active: section !== 'grid' },
          { href: '#/scoring/grid', label: t('scoring.tab.grid'), active: section === 'grid' },
        ]}
      />
      {section === 'grid' ? <ChairGrid /> : <JurorArea />}
    </div>
  );
}

function JurorArea() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setToken(next);
  }, []);
  // Stable identity: the form reloads when it changes.
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);
  return token ? (
    <JurorForm token={token} onSignOut={signOut} />
  ) : (
    <>
      <JurorPicker onIdentified={signIn} />
      <KioskHandOver />
    </>
  );
}
