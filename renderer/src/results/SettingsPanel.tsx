import { useState } from 'react';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import type { ResultsSettings, TieBreakRuleView } from '../../../common/contract/results';
import { PLAIN_TIE_BREAK_KINDS, type PlainTieBreakKind } from '../../../common/contract/tie-break-kinds';
import type { EventSetup } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { methodExplanation, methodMissingPolicy, methodName, namesOf, ruleText } from '../scoring/labels';
import { FormError } from '../ui/fields';
import { useSubmit } from '../ui/useSubmit';
import { useTrackId } from './track-context';

/**
 * How the results are computed: the method (each with its one-sentence
 * explanation and how it treats missing and recused scores), the tie-break
 * chain, and the overtime penalty declared in advance. Read-only while locked.
 */
export function SettingsPanel({
  settings,
  setup,
  locked,
}: {
  settings: ResultsSettings;
  setup: EventSetup;
  locked: boolean;
}) {
  const { t } = useI18n();
  const names = namesOf(setup);
  const { run, message } = useSubmit();
  const trackId = useTrackId();
  const [penaltyText, setPenaltyText] = useState<string>(
    settings.penalty ? String(settings.penalty.pointsPerStarted30s) : '',
  );
  const [newRule, setNewRule] = useState<string>('first_places' satisfies PlainTieBreakKind);

  const update = (change: Parameters<typeof call<'results.updateSettings'>>[1]) =>
    run(() => call('results.updateSettings', { ...change, trackId }));
  const setRules = (rules: TieBreakRuleView[]) => void update({ tieBreaks: rules });
  const move = (from: number, to: number) => {
    const rules = [...settings.tieBreaks];
    const [rule] = rules.splice(from, 1);
    if (!rule || to < 0 || to > rules.length) return;
    rules.splice(to, 0, rule);
    setRules(rules);
  };
  const ruleOptions: { value: string; label: string }[] = [
    ...setup.criteria.map((c) => ({
      value: `criterion:${c.id}`,
      label: ruleText(t, { kind: 'criterion', criterionId: c.id }, names),
    })),
    ...PLAIN_TIE_BREAK_KINDS.map((kind) => ({ value: kind, label: t(`ranking.tieBreak.${kind}`) })),
  ];
  const parseRule = (value: string): TieBreakRuleView =>
    value.startsWith('criterion:')
      ? { kind: 'criterion', criterionId: Number(value.slice('criterion:'.length)) }
      : { kind: PLAIN_TIE_BREAK_KINDS.find((kind) => kind === value) ?? 'first_places' };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('results.settings.title')}</h2>
      <FormError message={message} />
      <fieldset className="methods" disabled={locked}>
        <legend>{t('results.settings.method')}</legend>
        {AGGREGATION_METHOD_IDS.map((method) => (
          <label key={method} className={`method${settings.method === method ? ' active' : ''}`}>
            <input
              type="radio"
              name="method"
              value={method}
              checked={settings.method === method}
              onChange={() => void update({ method })}
            />
            <span>
              <strong>{methodName(t, method)}</strong>
              <span className="method-explanation">{methodExplanation(t, method)}</span>
              <span className="muted small">{methodMissingPolicy(t, method)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="tie-chain">
        <h3>{t('results.settings.tieBreaks')}</h3>
        {settings.tieBreaks.length === 0 ? (
          <p className="muted small">{t('results.settings.noTieBreak')}</p>
        ) : (
          <ol>
            {settings.tieBreaks.map((rule, index) => (
              <li key={rule.kind === 'criterion' ? `c${rule.criterionId}` : rule.kind}>
                {ruleText(t, rule, names)}
                {!locked && (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="ghost small"
                      disabled={index === 0}
                      aria-label={`${t('common.moveUp')} : ${ruleText(t, rule, names)}`}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="ghost small danger"
                      onClick={() => setRules(settings.tieBreaks.filter((_, i) => i !== index))}
                    >
                      {t('common.delete')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
        {settings.tieBreaks
          .filter((rule) => rule.kind === 'first_places' || rule.kind === 'head_to_head')
          .map((rule) => (
            <p key={`detail:${rule.kind}`} className="muted small" data-testid="rule-detail">
              {t(`ranking.tieBreak.${rule.kind as 'first_places' | 'head_to_head'}.detail` as const)}
            </p>
          ))}
        {!locked && (
          <div className="inline-row">
            <select
              aria-label={t('results.settings.addRule')}
              value={newRule}
              onChange={(e) => setNewRule(e.target.value)}
            >
              {ruleOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary"
              onClick={() => setRules([...settings.tieBreaks, parseRule(newRule)])}
            >
              {t('results.settings.addRule')}
            </button>
          </div>
        )}
      </div>

      <div className="penalty">
        <h3>{t('results.settings.penalty')}</h3>
        <p className="muted small">
          {settings.penalty
            ? t('results.settings.penaltyOn', { points: settings.penalty.pointsPerStarted30s })
            : t('results.settings.penaltyOff')}{' '}
          {!settings.penaltyEditable && t('results.settings.penaltyFrozen')}
        </p>
        {settings.penaltyEditable && !locked && (
          <form
            className="inline-row"
            onSubmit={(e) => {
              e.preventDefault();
              const text = penaltyText.trim().replace(',', '.');
              const points = Number(text);
              void update({
                penalty:
                  text === '' || points === 0
                    ? null
                    : { pointsPerStarted30s: Number.isFinite(points) ? points : -1 },
              });
            }}
          >
            <label className="inline-label">
              <span>{t('results.settings.penaltyPoints')}</span>
              <input
                inputMode="decimal"
                value={penaltyText}
                onChange={(e) => setPenaltyText(e.target.value)}
              />
            </label>
            <button type="submit" className="secondary">
              {t('common.save')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
