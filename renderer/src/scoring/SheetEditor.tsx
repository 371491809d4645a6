import { useCallback, useEffect, useRef, useState } from 'react';
import type { JurorFormTeam, SheetView } from '../../../common/contract/scoring';
import type { Criterion } from '../../../common/domain';
import { CallFailure, call } from '../api';
import { useI18n } from '../i18n';
import { useOptionalNetState } from '../lan/useNetState';
import { FormError } from '../ui/fields';
import { ScaleControl } from './ScaleControl';
import { parseScore, scoreText } from './score-input';

/** Pause after the last keystroke before a draft is saved. */
const AUTOSAVE_MS = 700;

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the laptop holds, as this device last saw it: what each write is based on. */
interface Seen {
  scores: Record<number, number | null>;
  comment: string | null;
}

const seenOf = (sheet: SheetView | null): Seen => ({
  scores: Object.fromEntries((sheet?.scores ?? []).map((s) => [s.criterionId, s.value])),
  comment: sheet?.comment ?? null,
});
const commentValue = (text: string): string | null => (text === '' ? null : text);

/** Refusals after which the value shown goes back to the laptop's (nothing of the write was kept). */
const REVERTING = [
  'scoring.resultsLocked',
  'scoring.sheetSubmitted',
  'scoring.alreadySubmitted',
  'scoring.recused',
];

/**
 * One team's sheet on the juror form. Drafts save as the juror types (after a
 * short pause, when leaving the sheet, and when the page is hidden or
 * reloaded); "Submit" saves and submits in one step. A submitted sheet is
 * read-only until reopened with a reason. Mount it with key={teamId}.
 *
 * The same juror may have the sheet open on two devices: each write sends only
 * the criteria changed here, with the value this device last saw (`base`), so
 * the laptop merges per criterion; a criterion not being edited here follows
 * the laptop's value live; a criterion changed on both is refused by the
 * laptop and shown with the other device's value and a message.
 */
export function SheetEditor({
  token,
  team,
  criteria,
  locked,
  onSessionExpired,
  onReload,
}: {
  token: string;
  team: JurorFormTeam;
  criteria: Criterion[];
  locked: boolean;
  onSessionExpired: () => void;
  /** Re-reads the form (after a refused write, to show the laptop's values). */
  onReload?: () => void;
}) {
  const { t, locale } = useI18n();
  const net = useOptionalNetState();
  const sheet = team.sheet;
  const [texts, setTexts] = useState<Record<number, string>>(() =>
    Object.fromEntries((sheet?.scores ?? []).map((s) => [s.criterionId, scoreText(s.value, locale)])),
  );
  const [comment, setComment] = useState(sheet?.comment ?? '');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [submitState, setSubmitState] = useState<'idle' | 'sending' | 'done'>('idle');
  const [submittedAt, setSubmittedAt] = useState<Date | null>(null);
  /** Criteria both devices changed: the value typed here that was not kept, by criterion. */
  const [conflicts, setConflicts] = useState<Record<number, string>>({});
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const seen = useRef<Seen>(seenOf(sheet));
  const latest = useRef({ texts, comment, saveState });
  latest.current = { texts, comment, saveState };

  const submitted = sheet?.status === 'submitted' || submitState !== 'idle';
  const readOnly = submitted || locked || team.recused;
  const offline = net !== null && net.phase !== 'online';

  const localError = (c: Criterion): string | null => {
    const parsed = parseScore(texts[c.id] ?? '', c);
    return parsed.ok ? null : t(parsed.message.key, parsed.message.params);
  };

  /** Criteria typed here and not yet sent: what differs from what the laptop was last seen holding. */
  const changes = useCallback(
    (current: Record<number, string>) =>
      criteria.flatMap((c) => {
        const parsed = parseScore(current[c.id] ?? '', c);
        const base = seen.current.scores[c.id] ?? null;
        return parsed.ok && parsed.value !== base ? [{ criterionId: c.id, value: parsed.value, base }] : [];
      }),
    [criteria],
  );

  // The laptop's sheet changed (the other device, a reconnection): criteria not being edited here follow it.
  useEffect(() => {
    const next = seenOf(sheet);
    const before = seen.current;
    const { texts: current, comment: currentComment } = latest.current;
    const adopted: Record<number, string> = {};
    for (const c of criteria) {
      const parsed = parseScore(current[c.id] ?? '', c);
      const clean = parsed.ok && parsed.value === (before.scores[c.id] ?? null);
      if (clean) {
        before.scores[c.id] = next.scores[c.id] ?? null;
        if ((next.scores[c.id] ?? null) !== parsed.value)
          adopted[c.id] = scoreText(next.scores[c.id], locale);
      }
    }
    if (commentValue(currentComment) === before.comment) {
      before.comment = next.comment;
      if (next.comment !== commentValue(currentComment)) setComment(next.comment ?? '');
    }
    if (Object.keys(adopted).length > 0) setTexts((prev) => ({ ...prev, ...adopted }));
  }, [sheet, criteria, locale]);

  const fail = useCallback(
    (error: unknown, sent: { criterionId: number; value: number | null; base: number | null }[]) => {
      if (error instanceof CallFailure && error.error.code === 'scoring.sessionExpired') {
        onSessionExpired();
        return;
      }
      const code = error instanceof CallFailure ? error.error.code : '';
      const fields: Record<string, string> = {};
      const lost: Record<number, string> = {};
      const issues = error instanceof CallFailure ? (error.error.issues ?? []) : [];
      const conflicting = new Set(
        issues.filter((i) => i.code === 'scoring.conflictField').map((i) => Number(i.path[1])),
      );
      for (const { criterionId, value, base } of sent) {
        if (REVERTING.includes(code) || conflicting.has(criterionId)) {
          // Counted as seen: the re-read below shows the laptop's value in its place.
          seen.current.scores[criterionId] = value;
          if (conflicting.has(criterionId)) lost[criterionId] = scoreText(value, locale) || '–';
        } else seen.current.scores[criterionId] = base;
      }
      for (const issue of issues) {
        const key = issue.path.join('.');
        if (issue.code !== 'scoring.conflictField') fields[key] = issue.message;
      }
      setServerErrors(fields);
      setConflicts((prev) => ({ ...prev, ...lost }));
      const text = error instanceof Error ? error.message : String(error);
      setMessage(REVERTING.includes(code) ? t('scoring.form.refusedReverted', { message: text }) : text);
      if (REVERTING.includes(code) || conflicting.size > 0) onReload?.();
    },
    [onSessionExpired, onReload, t, locale],
  );

  const save = useCallback(async () => {
    window.clearTimeout(timer.current);
    const { texts: current, comment: currentComment } = latest.current;
    const scores = changes(current);
    const commentChanged = commentValue(currentComment) !== seen.current.comment;
    if (scores.length === 0 && !commentChanged) {
      setSaveState((state) => (state === 'pending' ? 'idle' : state));
      return;
    }
    const commentBase = seen.current.comment;
    // Counted as seen from now on: the next write builds on this one (writes go out in order).
    for (const s of scores) seen.current.scores[s.criterionId] = s.value;
    if (commentChanged) seen.current.comment = commentValue(currentComment);
    setSaveState('saving');
    try {
      await call('scoring.saveDraft', {
        token,
        teamId: team.teamId,
        scores,
        ...(commentChanged ? { comment: currentComment, commentBase } : {}),
      });
      setServerErrors({});
      setMessage(null);
      setSavedAt(new Date());
      setSaveState('saved');
    } catch (error) {
      if (commentChanged) seen.current.comment = commentBase;
      setSaveState('failed');
      fail(error, scores);
    }
  }, [token, team.teamId, changes, fail]);

  const schedule = () => {
    setSaveState('pending');
    latest.current.saveState = 'pending';
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
  };

  // Leaving the sheet (another team, sign out) saves what was typed since the last pause;
  // so does the page being hidden or reloaded: on a phone the write is kept in its storage at once.
  useEffect(() => {
    const flush = () => {
      if (latest.current.saveState === 'pending') void save();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      window.clearTimeout(timer.current);
      flush();
    };
  }, [save]);

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
    const scores = changes(texts);
    const commentChanged = commentValue(comment) !== seen.current.comment;
    const commentBase = seen.current.comment;
    for (const s of scores) seen.current.scores[s.criterionId] = s.value;
    if (commentChanged) seen.current.comment = commentValue(comment);
    setSubmitState('sending');
    try {
      await call('scoring.submit', {
        token,
        teamId: team.teamId,
        scores,
        ...(commentChanged ? { comment, commentBase } : {}),
      });
      setServerErrors({});
      setMessage(null);
      setSaveState('idle');
      setSubmittedAt(new Date());
      setSubmitState('done');
    } catch (error) {
      if (commentChanged) seen.current.comment = commentBase;
      setSubmitState('idle');
      setSaveState((s) => (s === 'saved' ? 'idle' : s));
      fail(error, scores);
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
      setSubmitState('idle');
      setSubmittedAt(null);
    } catch (error) {
      fail(error, []);
    }
  };

  // A sheet reopened elsewhere (the other device, the chair) is editable here again: the laptop's
  // sheet went from submitted back to draft (not merely "not yet re-read" after this device's submit).
  const lastStatus = useRef(sheet?.status);
  useEffect(() => {
    const before = lastStatus.current;
    lastStatus.current = sheet?.status;
    if (before === 'submitted' && sheet?.status === 'draft') {
      setSubmitState('idle');
      setSubmittedAt(null);
    }
  }, [sheet?.status]);

  const time = (date: Date) => date.toLocaleTimeString(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const queued = offline && (saveState === 'saving' || submitState === 'sending');

  return (
    <section className="card sheet" aria-labelledby="sheet-title" data-testid="sheet">
      <div className="card-head">
        <div>
          <h2 id="sheet-title">{team.name}</h2>
          {team.projectTitle && <p className="muted small">{team.projectTitle}</p>}
        </div>
        <SheetStatus
          submitted={submitted}
          recused={team.recused}
          locked={locked}
          queued={queued || (offline && (net?.pendingTeamIds.includes(team.teamId) ?? false))}
        />
      </div>
      {team.recused ? (
        <p className="warning">{t('scoring.form.recusedNotice')}</p>
      ) : (
        <>
          {locked && !submitted && (
            <p className="warning" data-testid="locked-unsubmitted">
              {t('scoring.form.lockedUnsubmitted')}
            </p>
          )}
          <FormError message={message} />
          <div className="scales">
            {criteria.map((c) => (
              <ScaleControl
                key={c.id}
                criterion={c}
                text={texts[c.id] ?? ''}
                error={
                  localError(c) ??
                  (conflicts[c.id] !== undefined
                    ? t('scoring.form.conflictValue', {
                        value: texts[c.id] || '–',
                        mine: conflicts[c.id] ?? '',
                      })
                    : null) ??
                  serverErrors[`scores.${c.id}`] ??
                  null
                }
                disabled={readOnly}
                onChange={(text) => {
                  setTexts((prev) => ({ ...prev, [c.id]: text }));
                  setConflicts(({ [c.id]: _seen, ...rest }) => rest);
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
            <span
              className={`small sheet-save-state${submitState !== 'idle' ? ' submitted' : ' muted'}`}
              role="status"
              data-testid="autosave"
              data-state={queued ? 'queued' : submitState !== 'idle' ? submitState : saveState}
            >
              {submitState === 'sending' &&
                (offline ? t('scoring.form.submitQueued') : t('scoring.form.saving'))}
              {submitState === 'done' &&
                submittedAt &&
                t('scoring.form.submittedAt', { time: time(submittedAt) })}
              {submitState === 'idle' && (
                <>
                  {saveState === 'pending' && t('scoring.form.unsaved')}
                  {saveState === 'saving' && (offline ? t('scoring.form.queued') : t('scoring.form.saving'))}
                  {saveState === 'saved' && savedAt && t('scoring.form.savedAt', { time: time(savedAt) })}
                  {saveState === 'failed' && t('scoring.form.saveFailed')}
                </>
              )}
            </span>
            {!submitted && !locked && (
              <button type="button" disabled={busy} onClick={() => void submit()}>
                {t('scoring.form.submit')}
              </button>
            )}
            {submitted && submitState !== 'sending' && !locked && !reopening && (
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
  queued,
}: {
  submitted: boolean;
  recused: boolean;
  locked: boolean;
  queued: boolean;
}) {
  const { t } = useI18n();
  if (recused) return <span className="badge warn">{t('scoring.status.recused')}</span>;
  if (locked && !submitted) return <span className="badge warn">{t('scoring.status.notCounted')}</span>;
  if (locked) return <span className="badge">{t('scoring.status.locked')}</span>;
  if (queued) return <span className="badge warn">{t('scoring.status.queued')}</span>;
  return submitted ? (
    <span className="badge ok">{t('scoring.status.submitted')}</span>
  ) : (
    <span className="badge">{t('scoring.status.draft')}</span>
  );
}
