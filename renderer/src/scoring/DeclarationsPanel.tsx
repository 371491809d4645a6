import { useState } from 'react';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { DeclarationEditor, DeclarationSummary } from './DeclarationEditor';

/**
 * The chair's view of declarations of interest: whether one is required
 * before scoring, who has declared and what, and a paper declaration recorded
 * on a juror's behalf (the chair is then the actor in the log).
 */
export function DeclarationsPanel() {
  const { t } = useI18n();
  const overview = useLive('declarations.overview', {});
  const setup = useLive('setup.get', {});
  const [recording, setRecording] = useState<number | null>(null);
  const { run, message } = useSubmit();
  if (!overview.data || !setup.data) return null;
  const teams = setup.data.teams.map((team) => ({ teamId: team.id, name: team.name }));
  const { jurors, required } = overview.data;
  const declared = jurors.filter((j) => j.declaration !== null).length;

  return (
    <section className="card" aria-labelledby="declarations-title" data-testid="declarations-panel">
      <h2 id="declarations-title">{t('declarations.chairTitle')}</h2>
      <p className="muted">{t('declarations.chairIntro')}</p>
      <FormError message={message} />
      <label className="declaration-choice">
        <input
          type="checkbox"
          checked={required}
          data-testid="declarations-required"
          onChange={(e) => void run(() => call('declarations.setRequired', { required: e.target.checked }))}
        />
        {t('declarations.require')}
      </label>
      <p className="small">{t('declarations.declaredCount', { declared, total: jurors.length })}</p>
      <ul className="declaration-list">
        {jurors.map((juror) => (
          <li key={juror.jurorId} data-testid="declaration-row">
            <strong>{juror.name}</strong>{' '}
            {juror.declaration ? (
              <DeclarationSummary declaration={juror.declaration} teams={teams} />
            ) : (
              <span className={required ? 'warning' : 'muted'}>{t('declarations.notDeclared')}</span>
            )}{' '}
            {recording !== juror.jurorId && (
              <button type="button" className="ghost small" onClick={() => setRecording(juror.jurorId)}>
                {t('declarations.record')}
              </button>
            )}
            {recording === juror.jurorId && (
              <div className="declaration-paper">
                <h3>{t('declarations.recordFor', { juror: juror.name })}</h3>
                <DeclarationEditor
                  teams={teams}
                  current={juror.declaration}
                  submitLabel={t('declarations.submit')}
                  onSubmit={async (links) => {
                    const result = await call('declarations.record', { jurorId: juror.jurorId, links });
                    setRecording(null);
                    return result;
                  }}
                  onCancel={() => setRecording(null)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
