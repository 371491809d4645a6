import { useCallback, useEffect, useRef, useState } from 'react';
import type { JurorFormTeam } from '../../../common/contract/scoring';
import type { Criterion } from '../../../common/domain';
import { CallFailure, call } from '../api';
import { useI18n } from '../i18n';
import { FormError } from '../ui/fields';
import { ScaleControl } from './ScaleControl';
import { parseScore, scoreText } from './score-input';

/** Pause after the last keystroke before a draft is saved. */
const AUTOSAVE_MS = 700;

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * One team's sheet on the juror form. Drafts save as the juror types (after a
 * short pause, and when leaving the sheet); "Submit" saves and submits in one
 * step. A submitted sheet is read-only until reopened with a reason.
 * Mount it with key={teamId}: its local text is the truth while typing.
 */
export function SheetEditor({
  token,
  team,
  criteria,
  locked,
  onSessionExpired,
}: {
  token: string;
  team: JurorFormTeam;
  criteria: Criterion[];
  locked: boolean;
  onSessionExpired: () => void;
}) {
  const { t, locale } = useI18n();
  const sheet = team.sheet;
  const [texts, setTexts] = useState<Record<number, string>>(() =>
    Object.fromEntries((sheet?.scores ?? []).map((s) => [s.criterionId, scoreText(s.value, locale)])),
  );
  const [comment, setComment] = useState(sheet?.comment ?? '');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ texts, comment, saveState });
  latest.current = { texts, comment, saveState };

  const submitted = sheet?.status === 'submitted';
  const readOnly = submitted || locked || team.recused;

  const localError = (c: Criterion): string | null => {
    const parsed = parseScore(texts[c.id] ?? '', c);
    return parsed.ok ? null : t(parsed.message.key, parsed.message.params);
  };

  const edits = useCallback(
    (current: Record<number, string>) =>
      criteria.flatMap((c) => {
        const parsed = parseScore(current[c.id] ?? '', c);
        return parsed.ok ? [{ criterionId: c.id, value: parsed.value }] : [];
      }),
    [criteria],
  );

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof CallFailure && error.error.code === 'scoring.sessionExpired') {
        onSessionExpired();
        return;
      }
      const fields: Record<string, string> = {};
      if (error instanceof CallFailure)
        for (const issue of error.error.issues ?? []) fields[issue.path.join('.')] = issue.message;
      setServerErrors(fields);
      setMessage(error instanceof Error ? error.message : String(error));
    },
    [onSessionExpired],
  );

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    const { texts: current, comment: currentComment } = latest.current;
    setSaveState('saving');
    try {
      await call('scoring.saveDraft', {
        token,
        teamId: team.teamId,
        scores: edits(current),
        comment: currentComment,
      });
      setServerErrors({});
      setMessage(null);
      setSavedAt(new Date());
      setSaveState('saved');
    } catch (error) {
      setSaveState('failed');
      fail(error);
    }
  }, [token, team.teamId, edits, fail]);

  const schedule = () => {
    setSaveState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
  };

  // Leaving the sheet (another team, sign out) saves what was typed since the last pause.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (latest.current.saveState === 'pending') void save();
    },
    [save],
  );

  // A double click submits once: the second "submit" would be refused as already submitted.
  const submitting = useRef(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (submitting.current) return;
    window.clearTimeout(timer.current);
    const invalid = criteria.find((c) => localError(c) !== null);
    if (invalid) {
      setSaveState((s) => (s === 'saved' ? 'idle' : s)); // no "Saved" beside an error
      setMessage(t('scoring.form.fixErrors'));
      return;
    }
    submitting.current = true;
    setBusy(true);
    try {
      await call('scoring.submit', { token, teamId: team.teamId, scores: edits(texts), comment });
      setServerErrors({});
      setMessage(null);
      setSaveState('idle');
    } catch (error) {
      setSaveState((s) => (s === 'saved' ? 'idle' : s));
      fail(error);
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  const reopen = async () => {
    try {
      await call('scoring.reopen', { token, teamId: team.teamId, reason });
      setReopening(false);
      setReason('');
      setMessage(null);
      setServerErrors({});
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="card sheet" aria-labelledby="sheet-title" data-testid="sheet">
      <div className="card-head">
        <div>
          <h2 id="sheet-title">{team.name}</h2>
          {team.projectTitle && <p className="muted small">{team.projectTitle}</p>}
        </div>
        <SheetStatus submitted={submitted} recused={team.recused} locked={locked} />
      </div>
      {team.recused ? (
        <p className="warning">{t('scoring.form.recusedNotice')}</p>
      ) : (
        <>
          <FormError message={message} />
          <div className="scales">
            {criteria.map((c) => (
              <ScaleControl
                key={c.id}
                criterion={c}
                text={texts[c.id] ?? ''}
                error={localError(c) ?? serverErrors[`scores.${c.id}`] ?? null}
                disabled={readOnly}
                onChange={(text) => {
                  setTexts((prev) => ({ ...prev, [c.id]: text }));
                  schedule();
                }}
              />
            ))}
          </div>
          <label className="field wide">
            <span className="field-label">{t('scoring.form.comment')}</span>
            <textarea
              rows={3}
              value={comment}
              disabled={readOnly}
              onChange={(e) => {
                setComment(e.target.value);
                schedule();
              }}
            />
          </label>
          <div className="sheet-actions">
            <span className="muted small" role="status" data-testid="autosave">
              {saveState === 'pending' && t('scoring.form.unsaved')}
              {saveState === 'saving' && t('scoring.form.saving')}
              {saveState === 'saved' &&
                savedAt &&
                t('scoring.form.savedAt', {
                  time: savedAt.toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB'),
                })}
              {saveState === 'failed' && t('scoring.form.saveFailed')}
            </span>
            {!submitted && !locked && (
              <button type="button" disabled={busy} onClick={() => void submit()}>
                {t('scoring.form.submit')}
              </button>
            )}
            {submitted && !locked && !reopening && (
              <button type="button" className="secondary" onClick={() => setReopening(true)}>
                {t('scoring.form.reopen')}
              </button>
            )}
          </div>
          {reopening && (
            <form
              className="inline-form reopen-form"
              onSubmit={(e) => {
                e.preventDefault();
                void reopen();
              }}
            >
              <label className="field">
                <span className="field-label">{t('scoring.form.reopenReason')}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div className="actions">
                <button type="submit">{t('scoring.form.reopenConfirm')}</button>
                <button type="button" className="ghost" onClick={() => setReopening(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

function SheetStatus({
  submitted,
  recused,
  locked,
}: {
  submitted: boolean;
  recused: boolean;
  locked: boolean;
}) {
  const { t } = useI18n();
  if (recused) return <span className="badge warn">{t('scoring.status.recused')}</span>;
  if (locked) return <span className="badge">{t('scoring.status.locked')}</span>;
  return submitted ? (
    <span className="badge ok">{t('scoring.status.submitted')}</span>
  ) : (
    <span className="badge">{t('scoring.status.draft')}</span>
  );
}
