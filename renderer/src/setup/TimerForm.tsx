import { useEffect, useState } from 'react';
import type { TimerDefaults } from '../../../common/domain';
import { formatDuration, type MessageKey, parseDuration } from '../../../common/i18n';
import { call } from '../api';
import { useI18n } from '../i18n';
import { type FieldErrors, TextField } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { SaveForm } from '../ui/SaveForm';
import { useSubmit } from '../ui/useSubmit';

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
  const { run, fields, message, busy, setFields } = useSubmit();
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
      notice.hide();
      setFields(local);
      return;
    }
    if (await run(() => call('timerDefaults.update', parsed as TimerDefaults))) notice.show(t('app.saved'));
    else notice.hide();
  };

  return (
    <>
      <SaveForm
        className="card form-grid"
        title={t('setup.timer')}
        message={message}
        busy={busy}
        onSave={() => void save()}
      >
        {FIELDS.map(({ key, label }) => (
          <TextField
            key={key}
            label={t(label)}
            error={fields[key]}
            name={`timer-${key}`}
            value={text[key]}
            onChange={(value) => setText({ ...text, [key]: value })}
          />
        ))}
      </SaveForm>
      {notice.element}
    </>
  );
}
