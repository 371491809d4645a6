import { useState } from 'react';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { namesOf } from './labels';

/** Conflicts of interest: juror × team with the reason, shown on results and documents. */
export function RecusalsPanel({ readOnly = false }: { readOnly?: boolean }) {
  const { t } = useI18n();
  const recusals = useLive('recusals.list', {});
  const setup = useLive('setup.get', {});
  const [draft, setDraft] = useState({ jurorId: 0, teamId: 0, reason: '' });
  /**
   * Deleting a recusal makes a juror expected for a team they must not score:
   * it takes a second, deliberate answer (the safe "Keep" has focus, so a
   * stray Enter keeps it), and the last deletion can be undone with its reason.
   */
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ jurorId: number; teamId: number; reason: string } | null>(null);
  const { run, fields, message } = useSubmit();
  if (!recusals.data || !setup.data) return null;
  const names = namesOf(setup.data);
  const jurorId = draft.jurorId || setup.data.jurors[0]?.id || 0;
  const teamId = draft.teamId || setup.data.teams[0]?.id || 0;

  return (
    <section className="card" aria-labelledby="recusals-title">
      <h2 id="recusals-title">{t('scoring.recusals.title')}</h2>
      <FormError message={message} />
      {recusals.data.length === 0 ? (
        <p className="muted">{t('scoring.recusals.none')}</p>
      ) : (
        <ul className="recusal-list">
          {recusals.data.map((r) => (
            <li key={`${r.jurorId}:${r.teamId}`} data-testid="recusal-row">
              {t('scoring.recusals.line', {
                juror: names.juror(r.jurorId),
                team: names.team(r.teamId),
                reason: r.reason,
              })}
              {!readOnly &&
                (confirming === `${r.jurorId}:${r.teamId}` ? (
                  <span className="recusal-confirm">
                    <span>{t('scoring.recusals.confirm')}</span>
                    <button
                      type="button"
                      className="small"
                      // biome-ignore lint/a11y/noAutofocus: the safe answer takes the focus so a stray Enter keeps the recusal
                      autoFocus
                      onClick={() => setConfirming(null)}
                    >
                      {t('scoring.recusals.keep')}
                    </button>
                    <button
                      type="button"
                      className="small danger"
                      onClick={() =>
                        void run(() => call('recusals.clear', { jurorId: r.jurorId, teamId: r.teamId })).then(
                          (done) => {
                            setConfirming(null);
                            if (done) setDeleted({ jurorId: r.jurorId, teamId: r.teamId, reason: r.reason });
                          },
                        )
                      }
                    >
                      {t('scoring.recusals.confirmDelete')}
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="ghost small danger"
                    onClick={() => setConfirming(`${r.jurorId}:${r.teamId}`)}
                  >
                    {t('common.delete')}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {deleted && !readOnly && (
        <p className="recusal-undo" role="status">
          {t('scoring.recusals.deleted', {
            juror: names.juror(deleted.jurorId),
            team: names.team(deleted.teamId),
          })}{' '}
          <button
            type="button"
            className="small"
            onClick={() =>
              void run(() => call('recusals.set', deleted)).then((done) => {
                if (done) setDeleted(null);
              })
            }
          >
            {t('scoring.recusals.undo')}
          </button>
        </p>
      )}
      {!readOnly && setup.data.jurors.length > 0 && setup.data.teams.length > 0 && (
        <form
          className="form-grid recusal-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => call('recusals.set', { jurorId, teamId, reason: draft.reason })).then((done) => {
              if (done) setDraft((d) => ({ ...d, reason: '' }));
            });
          }}
        >
          <Field label={t('scoring.grid.juror')}>
            <select value={jurorId} onChange={(e) => setDraft({ ...draft, jurorId: Number(e.target.value) })}>
              {setup.data.jurors.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('scoring.grid.team')}>
            <select value={teamId} onChange={(e) => setDraft({ ...draft, teamId: Number(e.target.value) })}>
              {setup.data.teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('scoring.recusals.reason')} error={fields.reason}>
            <input value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
          </Field>
          <div className="actions">
            <button type="submit">{t('scoring.recusals.add')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
