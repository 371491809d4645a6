import { useState } from 'react';
import type { JurorDraft } from '../../../common/contract/setup';
import type { Juror } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { SortableList } from '../ui/SortableList';
import { useRemove } from './useRemove';

export function JurorsEditor({ jurors }: { jurors: Juror[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const remove = useRemove('jurors.delete');
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t('setup.jurors')}</h2>
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('setup.jurors.add')}
        </button>
      </div>
      <FormError message={remove.error} />
      {editing === 'new' && (
        <JurorForm id={null} initial={{ name: '', title: '' }} onDone={() => setEditing(null)} />
      )}
      {jurors.length === 0 && editing !== 'new' && <p className="muted">{t('setup.jurors.empty')}</p>}
      <SortableList
        items={jurors}
        label={(j) => j.name}
        onReorder={(ids) => void call('jurors.reorder', { ids })}
        render={(juror) =>
          editing === juror.id ? (
            <JurorForm
              id={juror.id}
              initial={{ name: juror.name, title: juror.title }}
              onDone={() => setEditing(null)}
            />
          ) : (
            <div className="row-summary" data-testid="juror-row">
              <div>
                <strong>{juror.name}</strong>
                <span className="muted"> — {juror.title}</span>
              </div>
              <div className="row-actions">
                <button type="button" className="ghost" onClick={() => setEditing(juror.id)}>
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="ghost danger"
                  onClick={() => remove.run(juror.id, juror.name)}
                >
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

function JurorForm({ id, initial, onDone }: { id: number | null; initial: JurorDraft; onDone: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      if (id === null) await call('jurors.create', draft);
      else await call('jurors.update', { id, ...draft });
      onDone();
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      setFields(f);
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
      <Field label={t('setup.jurors.name')} error={fields.name}>
        <input
          name="juror-name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </Field>
      <Field label={t('setup.jurors.title')} error={fields.title}>
        <input
          name="juror-title"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
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
