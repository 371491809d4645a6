import { useEffect, useState } from 'react';
import type { EventInfo, ImageAsset, Locale } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';

export function EventForm({ event }: { event: EventInfo }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [draft, setDraft] = useState(event);
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setDraft(event), [event]);
  const set = <K extends keyof EventInfo>(key: K, value: EventInfo[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    try {
      await call('event.update', draft);
      setFields({});
      setMessage(null);
      notice.show(t('app.saved'));
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      setFields(f);
      setMessage(m);
    }
  };
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const logo = await readImage(file);
    if (!logo) {
      setFields({ logo: t('validation.image') });
      return;
    }
    set('logo', logo);
  };

  return (
    <form
      className="card form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="wide">{t('setup.event')}</h2>
      <FormError message={message} />
      <Field label={t('setup.event.name')} error={fields.name} wide>
        <input name="event-name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <Field label={t('setup.event.startDate')} error={fields.startDate}>
        <input
          type="date"
          name="event-start"
          value={draft.startDate}
          onChange={(e) => set('startDate', e.target.value)}
        />
      </Field>
      <Field label={t('setup.event.endDate')} error={fields.endDate}>
        <input
          type="date"
          name="event-end"
          value={draft.endDate}
          onChange={(e) => set('endDate', e.target.value)}
        />
      </Field>
      <Field label={t('setup.event.venue')} error={fields.venue}>
        <input name="event-venue" value={draft.venue} onChange={(e) => set('venue', e.target.value)} />
      </Field>
      <Field label={t('setup.event.city')} error={fields.city}>
        <input name="event-city" value={draft.city} onChange={(e) => set('city', e.target.value)} />
      </Field>
      <Field label={t('setup.event.organiser')} error={fields.organiser} wide>
        <input
          name="event-organiser"
          value={draft.organiser}
          onChange={(e) => set('organiser', e.target.value)}
        />
      </Field>
      <Field label={t('setup.event.locale')}>
        <select
          name="event-locale"
          value={draft.locale}
          onChange={(e) => set('locale', e.target.value as Locale)}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </Field>
      <Field label={t('setup.event.scaleMax')} error={fields.scaleMax}>
        <select
          name="event-scale"
          value={draft.scaleMax}
          onChange={(e) => set('scaleMax', Number(e.target.value))}
        >
          <option value={20}>20</option>
          <option value={100}>100</option>
          <option value={10}>10</option>
        </select>
      </Field>
      <Field label={t('setup.event.logo')} error={fields.logo} wide>
        <div className="logo-row">
          {draft.logo && (
            <img
              className="logo-preview"
              alt=""
              src={`data:${draft.logo.mime};base64,${draft.logo.dataBase64}`}
            />
          )}
          <input
            type="file"
            accept="image/png,image/jpeg"
            aria-label={t('setup.event.logoChoose')}
            onChange={(e) => void chooseLogo(e.target.files?.[0])}
          />
          {draft.logo && (
            <button type="button" className="ghost" onClick={() => set('logo', null)}>
              {t('setup.event.logoRemove')}
            </button>
          )}
        </div>
      </Field>
      <div className="wide actions">
        <button type="submit">{t('common.save')}</button>
      </div>
      {notice.element}
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
