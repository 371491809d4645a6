import { useEffect, useState } from 'react';
import type { EventInfo, Locale } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, TextField } from '../ui/fields';
import { ImagePicker } from '../ui/ImagePicker';
import { useNotice } from '../ui/notice';
import { SaveForm } from '../ui/SaveForm';
import { useSubmit } from '../ui/useSubmit';

export function EventForm({ event }: { event: EventInfo }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [draft, setDraft] = useState(event);
  const { run, fields, message, busy, setFields } = useSubmit();
  useEffect(() => setDraft(event), [event]);
  const set = <K extends keyof EventInfo>(key: K, value: EventInfo[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (await run(() => call('event.update', draft))) notice.show(t('app.saved'));
    else notice.hide();
  };

  return (
    <>
      <SaveForm
        className="card form-grid event-form"
        title={t('setup.event')}
        message={message}
        busy={busy}
        onSave={() => void save()}
      >
        <TextField
          label={t('setup.event.name')}
          error={fields.name}
          wide
          name="event-name"
          value={draft.name}
          onChange={(value) => set('name', value)}
        />
        <TextField
          label={t('setup.event.organiser')}
          error={fields.organiser}
          wide
          name="event-organiser"
          value={draft.organiser}
          onChange={(value) => set('organiser', value)}
        />
        <TextField
          label={t('setup.event.venue')}
          error={fields.venue}
          className="event-venue"
          name="event-venue"
          value={draft.venue}
          onChange={(value) => set('venue', value)}
        />
        <TextField
          label={t('setup.event.city')}
          error={fields.city}
          name="event-city"
          value={draft.city}
          onChange={(value) => set('city', value)}
        />
        <TextField
          label={t('setup.event.startDate')}
          error={fields.startDate}
          type="date"
          name="event-start"
          value={draft.startDate}
          onChange={(value) => set('startDate', value)}
        />
        <TextField
          label={t('setup.event.endDate')}
          error={fields.endDate}
          type="date"
          name="event-end"
          value={draft.endDate}
          onChange={(value) => set('endDate', value)}
        />
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
        <Field label={t('setup.event.logo')} error={fields.logo} wide group>
          <ImagePicker
            value={draft.logo}
            onChange={(logo) => {
              setFields(({ logo: _, ...rest }) => rest);
              set('logo', logo);
            }}
            onRefused={() => setFields((f) => ({ ...f, logo: t('validation.image') }))}
            chooseLabel={t('setup.event.logoChoose')}
            removeLabel={t('setup.event.logoRemove')}
            previewClassName="logo-preview"
          />
        </Field>
      </SaveForm>
      {notice.element}
    </>
  );
}
