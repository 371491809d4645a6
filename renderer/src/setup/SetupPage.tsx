import type { MessageKey } from '../../../common/i18n';
import { setupWarnings } from '../../../common/setup-checks';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { ChecklistPanel } from './Checklist';
import { CriteriaEditor } from './CriteriaEditor';
import { EventForm } from './EventForm';
import { JurorsEditor } from './JurorsEditor';
import { TeamsEditor } from './TeamsEditor';
import { TimerForm } from './TimerForm';
import { TracksEditor } from './TracksEditor';

const SECTIONS: { id: string; label: MessageKey }[] = [
  { id: 'event', label: 'setup.event' },
  { id: 'teams', label: 'setup.teams' },
  { id: 'jurors', label: 'setup.jurors' },
  { id: 'criteria', label: 'setup.criteria' },
  { id: 'tracks', label: 'tracks.setup.title' },
  { id: 'timer', label: 'setup.timer' },
  { id: 'day', label: 'checklist.title' },
];

export function SetupPage({ section }: { section: string }) {
  const { t } = useI18n();
  const { data: setup, error } = useLive('setup.get', {});
  if (error) return <p className="form-error">{error}</p>;
  if (!setup) return <p className="muted">{t('app.loading')}</p>;
  const warnings = setupWarnings(setup);
  return (
    <div className="setup">
      <aside className="setup-nav">
        <h1>{setup.event.name}</h1>
        <p className="muted small">
          {t('setup.event.summary', {
            teams: setup.teams.length,
            jurors: setup.jurors.length,
            criteria: setup.criteria.length,
          })}
        </p>
        <nav aria-label={t('setup.title')}>
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#/setup/${s.id}`} className={section === s.id ? 'active' : undefined}>
              {t(s.label)}
            </a>
          ))}
        </nav>
        {warnings.map((w) => (
          <p key={w.code} className="warning" role="status">
            {t(w.code, w.params)}
          </p>
        ))}
      </aside>
      <section className="setup-main">
        {section === 'event' && <EventForm event={setup.event} />}
        {section === 'teams' && <TeamsEditor teams={setup.teams} />}
        {section === 'jurors' && <JurorsEditor jurors={setup.jurors} />}
        {section === 'criteria' && <CriteriaEditor criteria={setup.criteria} />}
        {section === 'tracks' && <TracksEditor setup={setup} />}
        {section === 'timer' && <TimerForm timer={setup.timer} />}
        {section === 'day' && <ChecklistPanel />}
      </section>
    </div>
  );
}
