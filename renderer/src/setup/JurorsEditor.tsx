import { useState } from 'react';
import type { JurorDraft } from '../../../common/contract/setup';
import type { Juror } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { EditableList, useRowForm } from '../ui/EditableList';
import { TextField } from '../ui/fields';
import { SaveForm } from '../ui/SaveForm';

export function JurorsEditor({ jurors }: { jurors: Juror[] }) {
  const { t } = useI18n();
  return (
    <EditableList
      title={t('setup.jurors')}
      addLabel={t('setup.jurors.add')}
      emptyText={t('setup.jurors.empty')}
      items={jurors}
      itemName={(juror) => juror.name}
      rowTestId="juror-row"
      onReorder={(ids) => call('jurors.reorder', { ids })}
      onDelete={(juror) => call('jurors.delete', { id: juror.id })}
      summary={(juror) => (
        <>
          <strong>{juror.name}</strong>
          {juror.title && <span className="muted"> — {juror.title}</span>}
        </>
      )}
      form={(juror, done) => (
        <JurorForm
          id={juror?.id ?? null}
          initial={juror ? { name: juror.name, title: juror.title } : { name: '', title: '' }}
          onDone={done}
        />
      )}
    />
  );
}

function JurorForm({ id, initial, onDone }: { id: number | null; initial: JurorDraft; onDone: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { fields, save, formProps } = useRowForm(onDone);
  return (
    <SaveForm
      {...formProps}
      onSave={() =>
        void save(() =>
          id === null ? call('jurors.create', draft) : call('jurors.update', { id, ...draft }),
        )
      }
    >
      <TextField
        label={t('setup.jurors.name')}
        error={fields.name}
        name="juror-name"
        value={draft.name}
        onChange={(value) => setDraft({ ...draft, name: value })}
      />
      <TextField
        label={t('setup.jurors.title')}
        error={fields.title}
        name="juror-title"
        value={draft.title}
        onChange={(value) => setDraft({ ...draft, title: value })}
      />
    </SaveForm>
  );
}
