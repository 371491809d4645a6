import { useState } from 'react';
import type { TeamDraft } from '../../../common/contract/setup';
import type { Team } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { Field, type FieldErrors, FormError, fieldErrorsOf } from '../ui/fields';
import { SortableList } from '../ui/SortableList';
import { useRemove } from './useRemove';

const EMPTY_TEAM: TeamDraft = { name: '', projectTitle: '', members: [{ name: '', email: null }] };

export function TeamsEditor({ teams }: { teams: Team[] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const remove = useRemove('teams.delete');
  return (
    <div className="card">
      <div className="card-head">
        <h2>{t('setup.teams')}</h2>
        <span className="muted">{t('setup.teams.count', { count: teams.length })}</span>
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          {t('setup.teams.add')}
        </button>
      </div>
      <FormError message={remove.error} />
      {editing === 'new' && <TeamForm initial={EMPTY_TEAM} id={null} onDone={() => setEditing(null)} />}
      {teams.length === 0 && editing !== 'new' && <p className="muted">{t('setup.teams.empty')}</p>}
      <SortableList
        items={teams}
        label={(team) => team.name}
        onReorder={(ids) => void call('teams.reorder', { ids })}
        render={(team) =>
          editing === team.id ? (
            <TeamForm
              id={team.id}
              initial={{
                name: team.name,
                projectTitle: team.projectTitle,
                members: team.members.map(({ name, email }) => ({ name, email })),
              }}
              onDone={() => setEditing(null)}
            />
          ) : (
            <div className="row-summary" data-testid="team-row">
              <div>
                <strong className="team-name">{team.name}</strong>
                <span className="muted"> — {team.projectTitle}</span>
                <div className="members small">{team.members.map((m) => m.name).join(' · ')}</div>
              </div>
              <div className="row-actions">
                <button type="button" className="ghost" onClick={() => setEditing(team.id)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="ghost danger" onClick={() => remove.run(team.id, team.name)}>
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

function TeamForm({ initial, id, onDone }: { initial: TeamDraft; id: number | null; onDone: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const setMember = (index: number, patch: Partial<TeamDraft['members'][number]>) =>
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));

  const save = async () => {
    // Blank member rows are the "add another" affordance, not members.
    const members = draft.members.filter((m) => m.name.trim() || m.email?.trim());
    try {
      if (id === null) await call('teams.create', { ...draft, members });
      else await call('teams.update', { id, ...draft, members });
      onDone();
    } catch (error) {
      const { fields: f, message: m } = fieldErrorsOf(error);
      setFields(f);
      setMessage(m);
    }
  };

  return (
    <form
      className="inline-form"
      aria-label={id === null ? t('setup.teams.add') : draft.name}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={message} />
      <div className="form-grid">
        <Field label={t('setup.teams.name')} error={fields.name}>
          <input
            name="team-name"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        </Field>
        <Field label={t('setup.teams.project')} error={fields.projectTitle}>
          <input
            name="team-project"
            value={draft.projectTitle}
            onChange={(e) => setDraft({ ...draft, projectTitle: e.target.value })}
          />
        </Field>
      </div>
      <fieldset className="members-edit">
        <legend>{t('setup.teams.members')}</legend>
        {draft.members.map((member, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved.
          <div className="member-row" key={index}>
            <Field label={t('setup.teams.memberName')} error={fields[`members.${index}.name`]}>
              <input
                name="member-name"
                value={member.name}
                onChange={(e) => setMember(index, { name: e.target.value })}
              />
            </Field>
            <Field
              label={`${t('setup.teams.memberEmail')} (${t('common.optional')})`}
              error={fields[`members.${index}.email`]}
            >
              <input
                name="member-email"
                type="email"
                value={member.email ?? ''}
                onChange={(e) => setMember(index, { email: e.target.value || null })}
              />
            </Field>
            <button
              type="button"
              className="ghost small danger"
              aria-label={`${t('common.delete')} ${member.name}`}
              onClick={() => setDraft({ ...draft, members: draft.members.filter((_, i) => i !== index) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          className="ghost"
          onClick={() => setDraft({ ...draft, members: [...draft.members, { name: '', email: null }] })}
        >
          {t('setup.teams.addMember')}
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit">{t('common.save')}</button>
        <button type="button" className="ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
