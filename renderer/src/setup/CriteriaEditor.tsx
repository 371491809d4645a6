import { useState } from 'react';
import type { Criterion, Locale } from '../../../common/domain';
import { formatNumber, type MessageKey } from '../../../common/i18n';
import { levelsToText, parseLevelsText } from '../../../common/levels-text';
import { weightTotal } from '../../../common/setup-checks';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { EditableList, useRowForm } from '../ui/EditableList';
import { Field, type FieldErrors, TextField } from '../ui/fields';
import { SaveForm } from '../ui/SaveForm';

interface CriterionForm {
  name: string;
  description: string;
  weight: string;
  min: string;
  max: string;
  step: string;
  levels: string;
}

type NumberKey = 'weight' | 'min' | 'max' | 'step';

const NUMBER_FIELDS: { key: NumberKey; label: MessageKey }[] = [
  { key: 'weight', label: 'setup.criteria.weight' },
  { key: 'min', label: 'setup.criteria.min' },
  { key: 'max', label: 'setup.criteria.max' },
  { key: 'step', label: 'setup.criteria.step' },
];

const EMPTY: CriterionForm = {
  name: '',
  description: '',
  weight: '25',
  min: '0',
  max: '10',
  step: '1',
  levels: '',
};

export function CriteriaEditor({ criteria }: { criteria: Criterion[] }) {
  const { t, locale } = useI18n();
  const total = weightTotal(criteria);
  // Once sheets are submitted, a weight (or scale) edit silently changes results: say so up front.
  const progress = useLive('scores.progress', {});
  const submitted = progress.data?.submittedTotal ?? 0;
  return (
    <EditableList
      title={t('setup.criteria')}
      aside={
        <>
          <span
            className={Math.abs(total - 100) > 1e-9 ? 'badge warn' : 'badge ok'}
            data-testid="weight-total"
          >
            {t('setup.criteria.weightTotal', { total })}
          </span>
          {submitted > 0 && (
            <p className="warning small" role="status" data-testid="weight-after-sheets">
              {t('setup.criteria.weightAfterSheets', { count: submitted })}
            </p>
          )}
        </>
      }
      addLabel={t('setup.criteria.add')}
      emptyText={t('setup.criteria.empty')}
      items={criteria}
      itemName={(c) => c.name}
      rowTestId="criterion-row"
      onReorder={(ids) => call('criteria.reorder', { ids })}
      onDelete={(c) => call('criteria.delete', { id: c.id })}
      summary={(c) => (
        <>
          <strong>{c.name}</strong> <span className="badge">{percent(c.weight, locale)}</span>{' '}
          <span className="muted small">
            {formatNumber(c.min, locale)}–{formatNumber(c.max, locale)} ·{' '}
            {t('setup.criteria.step').toLocaleLowerCase(locale)} {formatNumber(c.step, locale)}
          </span>
          <div className="small muted">{c.description}</div>
        </>
      )}
      form={(c, done) => (
        <CriterionEditorForm id={c?.id ?? null} initial={c ? asForm(c) : EMPTY} onDone={done} />
      )}
    />
  );
}

function asForm(c: Criterion): CriterionForm {
  return {
    name: c.name,
    description: c.description,
    weight: String(c.weight),
    min: String(c.min),
    max: String(c.max),
    step: String(c.step),
    levels: levelsToText(c.levels),
  };
}

/** Level issues point at levels.N: show them on the levels textarea. */
function levelsOnTextarea(fields: FieldErrors): FieldErrors {
  const levelIssue = Object.entries(fields).find(([key]) => key.startsWith('levels.'));
  return levelIssue ? { ...fields, levels: levelIssue[1] } : fields;
}

/** "35 %" in French (narrow no-break space), "35%" in English. */
function percent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(value / 100);
}

/** Reads a number typed the French way ("0,5") or the English way ("0.5"). */
function toNumber(text: string): number {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' ? Number.NaN : value;
}

function CriterionEditorForm({
  id,
  initial,
  onDone,
}: {
  id: number | null;
  initial: CriterionForm;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const { fields, setFields, save: saveDraft, formProps } = useRowForm(onDone, levelsOnTextarea);
  const set = (key: keyof CriterionForm, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    // The message under a field the chair is fixing goes away with the edit.
    setFields(({ [key]: _fixed, ...rest }) => rest);
  };

  const save = async () => {
    const numbers = Object.fromEntries(NUMBER_FIELDS.map(({ key }) => [key, toNumber(form[key])])) as Record<
      NumberKey,
      number
    >;
    const local: FieldErrors = {};
    for (const { key } of NUMBER_FIELDS)
      if (!Number.isFinite(numbers[key]))
        // A weight typed as words gets the range it must fall in, not "required".
        local[key] = t(
          key === 'weight' && form.weight.trim() ? 'validation.weightRange' : 'validation.required',
        );
    const { levels, badLines } = parseLevelsText(form.levels);
    if (badLines.length > 0) local.levels = t('validation.levelFormat', { line: badLines[0] ?? 1 });
    if (Object.keys(local).length > 0) {
      setFields(local);
      return;
    }
    const draft = { name: form.name, description: form.description, levels, ...numbers };
    await saveDraft(() =>
      id === null ? call('criteria.create', draft) : call('criteria.update', { id, ...draft }),
    );
  };

  return (
    <SaveForm {...formProps} onSave={() => void save()}>
      <TextField
        label={t('setup.criteria.name')}
        error={fields.name}
        wide
        name="criterion-name"
        value={form.name}
        onChange={(value) => set('name', value)}
      />
      <Field label={t('setup.criteria.description')} error={fields.description} wide>
        <textarea
          name="criterion-description"
          rows={2}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      {NUMBER_FIELDS.map(({ key, label }) => (
        <TextField
          key={key}
          label={t(label)}
          error={fields[key]}
          name={`criterion-${key}`}
          inputMode="decimal"
          value={form[key]}
          onChange={(value) => set(key, value)}
        />
      ))}
      <Field
        label={t('setup.criteria.levels')}
        error={fields.levels}
        hint={t('setup.criteria.levelsHint')}
        wide
      >
        <textarea
          name="criterion-levels"
          rows={4}
          value={form.levels}
          onChange={(e) => set('levels', e.target.value)}
        />
      </Field>
    </SaveForm>
  );
}
