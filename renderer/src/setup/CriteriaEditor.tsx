import { useState } from 'react';
import type { Criterion } from '../../../common/domain';
import { formatNumber } from '../../../common/i18n';
import { levelsToText, parseLevelsText } from '../../../common/levels-text';
import { weightTotal } from '../../../common/setup-checks';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { SortableList } from '../ui/SortableList';
import { useRemove } from './useRemove';

interface CriterionForm {
  name: string;
  description: string;
  weight: string;
  min: string;
  max: string;
  step: string;
  levels: string;
}

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
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const remove = useRemove('criteria.delete');
  const total = weightTotal(criteria);
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t('setup.criteria')}</h2>
        <span className={Math.abs(total - 100) > 1e-9 ? 'badge warn' : 'badge ok'} data-testid="weight-total">
          {t('setup.criteria.weightTotal', { total })}
        </span>
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('setup.criteria.add')}
        </button>
      </div>
      <FormError message={remove.error} />
      {editing === 'new' && <CriterionEditorForm id={null} initial={EMPTY} onDone={() => setEditing(null)} />}
      {criteria.length === 0 && editing !== 'new' && <p className="muted">{t('setup.criteria.empty')}</p>}
      <SortableList
        items={criteria}
        label={(c) => c.name}
        onReorder={(ids) => void call('criteria.reorder', { ids })}
        render={(c) =>
          editing === c.id ? (
            <CriterionEditorForm
              id={c.id}
              initial={{
                name: c.name,
                description: c.description,
                weight: String(c.weight),
                min: String(c.min),
                max: String(c.max),
                step: String(c.step),
                levels: levelsToText(c.levels),
              }}
              onDone={() => setEditing(null)}
            />
          ) : (
            <div className="row-summary" data-testid="criterion-row">
              <div>
                <strong>{c.name}</strong> <span className="badge">{formatNumber(c.weight, locale)} %</span>{' '}
                <span className="muted small">
                  {formatNumber(c.min, locale)}–{formatNumber(c.max, locale)} ({t('setup.criteria.step')}{' '}
                  {formatNumber(c.step, locale)})
                </span>
                <div className="small muted">{c.description}</div>
              </div>
              <div className="row-actions">
                <button type="button" className="ghost" onClick={() => setEditing(c.id)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="ghost danger" onClick={() => remove.run(c.id, c.name)}>
                  {t('common.delete')}
                </button>
              </div>
            </div>
          )
        }
      />
    </div>
  );
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
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof CriterionForm, value: string) => setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    const numbers = {
      weight: toNumber(form.weight),
      min: toNumber(form.min),
      max: toNumber(form.max),
      step: toNumber(form.step),
    };
    const local: FieldErrors = {};
    for (const [key, value] of Object.entries(numbers))
      if (!Number.isFinite(value)) local[key] = t('validation.required');
    const { levels, badLines } = parseLevelsText(form.levels);
    if (badLines.length > 0) local.levels = t('validation.levelFormat', { line: badLines[0] ?? 1 });
    if (Object.keys(local).length > 0) {
      setFields(local);
      return;
    }
    const draft = { name: form.name, description: form.description, levels, ...numbers };
    try {
      if (id === null) await call('criteria.create', draft);
      else await call('criteria.update', { id, ...draft });
      onDone();
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      // Level issues point at levels.N; show them on the textarea.
      const levelIssue = Object.entries(f).find(([key]) => key.startsWith('levels.'));
      setFields(levelIssue ? { ...f, levels: levelIssue[1] } : f);
      setMessage(m);
    }
  };

  return (
    <form
      className="inline-form form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={message} />
      <Field label={t('setup.criteria.name')} error={fields.name} wide>
        <input name="criterion-name" value={form.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <Field label={t('setup.criteria.description')} error={fields.description} wide>
        <textarea
          name="criterion-description"
          rows={2}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <Field label={t('setup.criteria.weight')} error={fields.weight}>
        <input
          name="criterion-weight"
          inputMode="decimal"
          value={form.weight}
          onChange={(e) => set('weight', e.target.value)}
        />
      </Field>
      <Field label={t('setup.criteria.min')} error={fields.min}>
        <input
          name="criterion-min"
          inputMode="decimal"
          value={form.min}
          onChange={(e) => set('min', e.target.value)}
        />
      </Field>
      <Field label={t('setup.criteria.max')} error={fields.max}>
        <input
          name="criterion-max"
          inputMode="decimal"
          value={form.max}
          onChange={(e) => set('max', e.target.value)}
        />
      </Field>
      <Field label={t('setup.criteria.step')} error={fields.step}>
        <input
          name="criterion-step"
          inputMode="decimal"
          value={form.step}
          onChange={(e) => set('step', e.target.value)}
        />
      </Field>
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
      <div className="actions wide">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
