import { useEffect, useState } from 'react';
import type { TimerDefaults } from '../../../common/domain';
import { formatDuration, type MessageKey, parseDuration } from '../../../common/i18n';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';

const FIELDS: { key: keyof TimerDefaults; label: MessageKey }[] = [
  { key: 'pitchMs', label: 'setup.timer.pitch' },
  { key: 'qaMs', label: 'setup.timer.qa' },
  { key: 'changeoverMs', label: 'setup.timer.changeover' },
  { key: 'amberAtMs', label: 'setup.timer.amber' },
  { key: 'redAtMs', label: 'setup.timer.red' },
];

type TimerText = Record<keyof TimerDefaults, string>;

function toText(timer: TimerDefaults): TimerText {
  return {
    pitchMs: formatDuration(timer.pitchMs),
    qaMs: formatDuration(timer.qaMs),
    changeoverMs: formatDuration(timer.changeoverMs),
    amberAtMs: formatDuration(timer.amberAtMs),
    redAtMs: formatDuration(timer.redAtMs),
  };
}

export function TimerForm({ timer }: { timer: TimerDefaults }) {
  const { t } = useI18n();
  const notice = useNotice();
  const [text, setText] = useState(() => toText(timer));
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setText(toText(timer)), [timer]);

  const save = async () => {
    const parsed: Partial<TimerDefaults> = {};
    const local: FieldErrors = {};
    for (const { key } of FIELDS) {
      const ms = parseDuration(text[key]);
      if (ms === null) local[key] = t('validation.duration');
      else parsed[key] = ms;
    }
    if (Object.keys(local).length > 0) {
      setFields(local);
      return;
    }
    try {
      await call('timerDefaults.update', parsed as TimerDefaults);
      setFields({});
      setMessage(null);
      notice.show(t('app.saved'));
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      setFields(f);
      setMessage(m);
    }
  };

  return (
    <form
      className="card form-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="wide">{t('setup.timer')}</h2>
      <FormError message={message} />
      {FIELDS.map(({ key, label }) => (
        <Field key={key} label={t(label)} error={fields[key]}>
          <input
            name={`timer-${key}`}
            value={text[key]}
            onChange={(e) => setText({ ...text, [key]: e.target.value })}
          />
        </Field>
      ))}
      <div className="actions wide">
        <button type="submit">{t('common.save')}</button>
      </div>
      {notice.element}
    </form>
  );
}
