import { useState } from 'react';
import type { DeclarationView, DeclareResultView } from '../../../common/contract/declarations';
import { useI18n } from '../i18n';
import { Field, FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import './declarations.css';

export interface DeclarationTeam {
  teamId: number;
  name: string;
}

/** "30 septembre 2026 à 14:05" / "30 September 2026, 14:05" in the page's language and the device's zone. */
export function formatDeclaredAt(iso: string, locale: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** One line saying what was declared and when (the juror's form, the chair's list). */
export function DeclarationSummary({
  declaration,
  teams,
}: {
  declaration: DeclarationView;
  teams: readonly DeclarationTeam[];
}) {
  const { t, locale } = useI18n();
  const at = formatDeclaredAt(declaration.atUtc, locale);
  const names = declaration.links.map(
    (l) => teams.find((team) => team.teamId === l.teamId)?.name ?? `#${l.teamId}`,
  );
  return (
    <span data-testid="declaration-summary">
      {declaration.links.length === 0
        ? t('declarations.declaredNone', { at })
        : t('declarations.declaredLinks', { at, teams: names.join(', ') })}{' '}
      {declaration.byChair && <span className="muted small">{t('declarations.byChair')}</span>}
    </span>
  );
}

/**
 * The declaration form, shared by the juror's form (laptop and phone) and the
 * chair's paper entry: "no link", or the teams with what links them. It starts
 * from the current declaration; a link already declared stays ticked (only the
 * chair can lift the recusal it brought).
 */
export function DeclarationEditor({
  teams,
  current,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  teams: readonly DeclarationTeam[];
  current: DeclarationView | null;
  submitLabel: string;
  onSubmit: (links: { teamId: number; detail: string }[]) => Promise<DeclareResultView>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [details, setDetails] = useState<Map<number, string>>(
    () => new Map(current?.links.map((l) => [l.teamId, l.detail]) ?? []),
  );
  const [hasLinks, setHasLinks] = useState((current?.links.length ?? 0) > 0);
  const [started, setStarted] = useState<string[]>([]);
  const { run, fields, message, busy } = useSubmit();
  const declaredBefore = new Set(current?.links.map((l) => l.teamId) ?? []);
  const linked = teams.filter((team) => details.has(team.teamId));

  const toggle = (teamId: number, on: boolean) =>
    setDetails((previous) => {
      const next = new Map(previous);
      if (on) next.set(teamId, next.get(teamId) ?? '');
      else next.delete(teamId);
      return next;
    });

  return (
    <form
      className="declaration-form"
      data-testid="declaration-form"
      onSubmit={(e) => {
        e.preventDefault();
        const links = hasLinks
          ? linked.map((team) => ({ teamId: team.teamId, detail: details.get(team.teamId) ?? '' }))
          : [];
        void run(async () => {
          const result = await onSubmit(links);
          setStarted(
            result.startedSheetTeamIds.map(
              (id) => teams.find((team) => team.teamId === id)?.name ?? `#${id}`,
            ),
          );
        });
      }}
    >
      <FormError message={message} />
      <fieldset aria-label={t('declarations.title')}>
        <label className="declaration-choice">
          <input
            type="radio"
            name="declaration-kind"
            checked={!hasLinks}
            disabled={declaredBefore.size > 0}
            onChange={() => setHasLinks(false)}
          />
          {t('declarations.none')}
        </label>
        <label className="declaration-choice">
          <input type="radio" name="declaration-kind" checked={hasLinks} onChange={() => setHasLinks(true)} />
          {t('declarations.someLinks')}
        </label>
      </fieldset>
      {declaredBefore.size > 0 && <p className="muted small">{t('declarations.linksStay')}</p>}
      {hasLinks && (
        <ul className="declaration-teams">
          {teams.map((team, index) => {
            const checked = details.has(team.teamId);
            const at = linked.findIndex((l) => l.teamId === team.teamId);
            return (
              <li key={team.teamId}>
                <label className="declaration-choice">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={declaredBefore.has(team.teamId)}
                    onChange={(e) => toggle(team.teamId, e.target.checked)}
                    data-testid={`declaration-team-${index}`}
                  />
                  {team.name}
                </label>
                {checked && (
                  <Field
                    label={t('declarations.detail', { team: team.name })}
                    error={fields[`links.${at}.detail`] ?? fields[`links.${at}.teamId`]}
                  >
                    <input
                      value={details.get(team.teamId) ?? ''}
                      maxLength={300}
                      onChange={(e) => setDetails((prev) => new Map(prev).set(team.teamId, e.target.value))}
                      data-testid={`declaration-detail-${index}`}
                    />
                  </Field>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {started.length > 0 && (
        <p className="warning" role="status">
          {t('declarations.startedSheets', { teams: started.join(', ') })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="declaration-submit">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="ghost" onClick={onCancel}>
            {t('declarations.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
