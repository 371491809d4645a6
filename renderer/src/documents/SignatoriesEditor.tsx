import { useState } from 'react';
import type { SignatoryDraft, SignatoryView } from '../../../common/contract/documents';
import { call } from '../api';
import { useI18n } from '../i18n';
import { EditableList, useRowForm } from '../ui/EditableList';
import { Field, TextField } from '../ui/fields';
import { ImagePicker } from '../ui/ImagePicker';
import { SaveForm } from '../ui/SaveForm';

/** Who signs the certificates, left to right, with an optional scanned signature. */
export function SignatoriesEditor({ signatories }: { signatories: SignatoryView[] }) {
  const { t } = useI18n();
  return (
    <EditableList
      title={t('documents.signatories.title')}
      intro={<p className="muted small">{t('documents.signatories.hint')}</p>}
      addLabel={t('documents.signatories.add')}
      emptyText={t('documents.signatories.empty')}
      items={signatories}
      itemName={(s) => s.name}
      rowTestId="signatory-row"
      onReorder={(ids) => call('signatories.reorder', { ids })}
      onDelete={(s) => call('signatories.delete', { id: s.id })}
      summary={(signatory) => (
        <>
          <strong>{signatory.name}</strong>
          {signatory.title && <span className="muted"> — {signatory.title}</span>}
          {signatory.signature && (
            <span className="badge ok doc-signed">{t('documents.signatories.hasSignature')}</span>
          )}
        </>
      )}
      form={(signatory, done) => (
        <SignatoryForm
          id={signatory?.id ?? null}
          initial={
            signatory
              ? { name: signatory.name, title: signatory.title, signature: signatory.signature }
              : { name: '', title: '', signature: null }
          }
          onDone={done}
        />
      )}
    />
  );
}

function SignatoryForm({
  id,
  initial,
  onDone,
}: {
  id: number | null;
  initial: SignatoryDraft;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { fields, setFields, save, formProps } = useRowForm(onDone);
  return (
    <SaveForm
      {...formProps}
      onSave={() =>
        void save(() =>
          id === null ? call('signatories.create', draft) : call('signatories.update', { id, ...draft }),
        )
      }
    >
      <TextField
        label={t('documents.signatories.name')}
        error={fields.name}
        name="signatory-name"
        value={draft.name}
        onChange={(value) => setDraft({ ...draft, name: value })}
      />
      <TextField
        label={t('documents.signatories.role')}
        error={fields.title}
        name="signatory-title"
        value={draft.title}
        onChange={(value) => setDraft({ ...draft, title: value })}
      />
      <Field label={t('documents.signatories.signature')} error={fields.signature} wide group>
        <ImagePicker
          value={draft.signature}
          onChange={(signature) => {
            setFields(({ signature: _, ...rest }) => rest);
            setDraft({ ...draft, signature });
          }}
          onRefused={() => setFields((f) => ({ ...f, signature: t('documents.signatureImage') }))}
          chooseLabel={t('documents.signatories.signatureChoose')}
          removeLabel={t('documents.signatories.signatureRemove')}
          previewClassName="doc-signature-preview"
        />
      </Field>
    </SaveForm>
  );
}
