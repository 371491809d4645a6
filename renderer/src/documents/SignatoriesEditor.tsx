import { useState } from 'react';
import type { SignatoryDraft, SignatoryView } from '../../../common/contract/documents';
import type { ImageAsset } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { SortableList } from '../ui/SortableList';

/** Who signs the certificates, left to right, with an optional scanned signature. */
export function SignatoriesEditor({ signatories }: { signatories: SignatoryView[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = (signatory: SignatoryView) => {
    if (!window.confirm(t('common.confirmDelete', { name: signatory.name }))) return;
    call('signatories.delete', { id: signatory.id }).then(
      () => setError(null),
      (failure: unknown) => setError(fieldErrorsOf(failure).message),
    );
  };
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t('documents.signatories.title')}</h2>
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('documents.signatories.add')}
        </button>
      </div>
      <p className="muted small">{t('documents.signatories.hint')}</p>
      <FormError message={error} />
      {editing === 'new' && (
        <SignatoryForm
          id={null}
          initial={{ name: '', title: '', signature: null }}
          onDone={() => setEditing(null)}
        />
      )}
      {signatories.length === 0 && editing !== 'new' && (
        <p className="muted">{t('documents.signatories.empty')}</p>
      )}
      <SortableList
        items={signatories}
        label={(s) => s.name}
        onReorder={(ids) => void call('signatories.reorder', { ids })}
        render={(signatory) =>
          editing === signatory.id ? (
            <SignatoryForm
              id={signatory.id}
              initial={{ name: signatory.name, title: signatory.title, signature: signatory.signature }}
              onDone={() => setEditing(null)}
            />
          ) : (
            <div className="row-summary" data-testid="signatory-row">
              <div>
                <strong>{signatory.name}</strong>
                {signatory.title && <span className="muted"> — {signatory.title}</span>}
                {signatory.signature && (
                  <span className="badge ok doc-signed">{t('documents.signatories.hasSignature')}</span>
                )}
              </div>
              <div className="row-actions">
                <button type="button" className="ghost" onClick={() => setEditing(signatory.id)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="ghost danger" onClick={() => remove(signatory)}>
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
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      if (id === null) await call('signatories.create', draft);
      else await call('signatories.update', { id, ...draft });
      onDone();
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      setFields(f);
      setMessage(m);
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const signature = await readImage(file);
    if (!signature) setFields({ ...fields, signature: t('documents.signatureImage') });
    else {
      setFields({ ...fields, signature: '' });
      setDraft({ ...draft, signature });
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
      <Field label={t('documents.signatories.name')} error={fields.name}>
        <input
          name="signatory-name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </Field>
      <Field label={t('documents.signatories.role')} error={fields.title}>
        <input
          name="signatory-title"
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
      </Field>
      <Field label={t('documents.signatories.signature')} error={fields.signature || undefined} wide>
        <div className="logo-row">
          {draft.signature && (
            <img
              className="doc-signature-preview"
              alt=""
              src={`data:${draft.signature.mime};base64,${draft.signature.dataBase64}`}
            />
          )}
          <input
            type="file"
            accept="image/png,image/jpeg"
            aria-label={t('documents.signatories.signatureChoose')}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {draft.signature && (
            <button type="button" className="ghost" onClick={() => setDraft({ ...draft, signature: null })}>
              {t('documents.signatories.signatureRemove')}
            </button>
          )}
        </div>
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

async function readImage(file: File): Promise<ImageAsset | null> {
  if (file.size > 2_000_000 || (file.type !== 'image/png' && file.type !== 'image/jpeg')) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mime: file.type, dataBase64: btoa(binary) };
}
