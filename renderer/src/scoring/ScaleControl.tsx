import type { Criterion } from '../../../common/domain';
import { formatNumber } from '../../../common/i18n';
import { useI18n } from '../i18n';
import { levelFor, parseScore } from './score-input';

/**
 * One criterion on the juror form: a number box (what keyboards and screen
 * readers use), a slider for the mouse, and the level descriptions beside the
 * scale; clicking a level sets its value. The level that applies is highlighted.
 */
export function ScaleControl({
  criterion,
  text,
  error,
  disabled,
  onChange,
}: {
  criterion: Criterion;
  text: string;
  error: string | null;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const { t, locale } = useI18n();
  const parsed = parseScore(text, criterion);
  const value = parsed.ok ? parsed.value : null;
  const active = levelFor(criterion, value);
  const inputId = `score-${criterion.id}`;
  const setValue = (v: number) => onChange(locale === 'fr' ? String(v).replace('.', ',') : String(v));
  return (
    <div className={`scale${error ? ' has-error' : ''}`} data-testid="scale">
      <div className="scale-head">
        <label htmlFor={inputId} className="scale-name">
          {criterion.name}
        </label>
        <span className="muted small">
          {t('scoring.form.range', {
            min: criterion.min,
            max: criterion.max,
            weight: formatNumber(criterion.weight, locale),
          })}
        </span>
      </div>
      {criterion.description && <p className="muted small scale-description">{criterion.description}</p>}
      <div className="scale-body">
        <div className="scale-inputs">
          <input
            id={inputId}
            className="scale-number"
            inputMode="decimal"
            value={text}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => onChange(e.target.value)}
          />
          <input
            type="range"
            // Faded until a score is typed or picked: the thumb at the minimum is not a score of 0.
            className={`scale-range${value === null ? ' unset' : ''}`}
            min={criterion.min}
            max={criterion.max}
            step={criterion.step > 0 ? criterion.step : 'any'}
            value={value ?? criterion.min}
            disabled={disabled}
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => setValue(Number(e.target.value))}
          />
        </div>
        {criterion.levels.length > 0 && (
          <ol className="scale-levels" aria-label={t('scoring.form.levels', { criterion: criterion.name })}>
            {criterion.levels.map((level) => (
              <li key={level.value} className={active === level.value ? 'active' : undefined}>
                <button
                  type="button"
                  className="link"
                  disabled={disabled}
                  onClick={() => setValue(level.value)}
                >
                  <strong>{formatNumber(level.value, locale)}</strong> {level.label}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      {error && (
        <p className="field-error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
