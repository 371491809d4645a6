import type { CeremonyView as CeremonyData, CeremonyStep } from '../../../common/contract/results';
import { I18nProvider, useI18n } from '../i18n';
import './ceremony.css';

/**
 * The award ceremony on the projector: the award just revealed, big, and the
 * ones before it, small. It only ever receives revealed awards (`ceremony.get`
 * sends nothing about the next ones), so nothing can leak ahead of the chair.
 * Speaks the event's language, like the rest of the projector.
 */
export function CeremonyView({ view }: { view: CeremonyData }) {
  return (
    <I18nProvider locale={view.locale}>
      <Stage view={view} />
    </I18nProvider>
  );
}

function Stage({ view }: { view: CeremonyData }) {
  const { t } = useI18n();
  const current = view.revealed.at(-1);
  const earlier = view.revealed.slice(0, -1).reverse();
  return (
    <div className="pj-ceremony" data-testid="ceremony">
      <p className="pj-ceremony-event">{view.eventName}</p>
      {current ? (
        <Award step={current} key={current.step} />
      ) : (
        <div className="pj-ceremony-award">
          <p className="pj-ceremony-title">{t('ceremony.title')}</p>
        </div>
      )}
      {earlier.length > 0 && (
        <ul className="pj-ceremony-earlier">
          {earlier.map((step) => (
            <li key={step.step}>
              <span>{step.track ? `${step.track.name} — ${step.name}` : step.name}</span>{' '}
              {teamNames(step, t('ceremony.noWinner'))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function teamNames(step: CeremonyStep, none: string): string {
  return step.teams.length === 0 ? none : step.teams.map((team) => team.name).join(' · ');
}

function Award({ step }: { step: CeremonyStep }) {
  const { t } = useI18n();
  return (
    <div className="pj-ceremony-award pj-ceremony-reveal" data-testid="ceremony-award">
      {step.track && (
        <p className="pj-ceremony-project" data-testid="ceremony-track">
          {t('tracks.ceremony.track', { track: step.track.name })}
        </p>
      )}
      <p className="pj-ceremony-name">{step.name}</p>
      {step.teams.length === 0 ? (
        <p className="pj-ceremony-team">
          {t(step.kind === 'audience' ? 'audience.ceremony.noVotes' : 'ceremony.noWinner')}
        </p>
      ) : (
        step.teams.map((team) => (
          <div key={team.id}>
            <p className="pj-ceremony-team" data-testid="ceremony-team">
              {team.name}
            </p>
            {team.projectTitle && <p className="pj-ceremony-project">{team.projectTitle}</p>}
          </div>
        ))
      )}
      {step.teams.length > 1 && <p className="pj-ceremony-project">{t('ceremony.exAequo')}</p>}
      {step.kind === 'audience' && step.votes !== undefined && step.votes > 0 && (
        <p className="pj-ceremony-project" data-testid="ceremony-votes">
          {t('audience.ceremony.votes', { votes: step.votes })}
        </p>
      )}
    </div>
  );
}
