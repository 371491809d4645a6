import { useState } from 'react';
import type { TeamDraft } from '../../../common/contract/setup';
import type { Team } from '../../../common/domain';
import { call } from '../api';
import { useI18n } from '../i18n';
import { EditableList, useRowForm } from '../ui/EditableList';
import { TextField } from '../ui/fields';
import { SaveForm } from '../ui/SaveForm';

const EMPTY_TEAM: TeamDraft = { name: '', projectTitle: '', members: [{ name: '', email: null }] };

export function TeamsEditor({ teams }: { teams: Team[] }) {
  const { t } = useI18n();
  return (
    <EditableList
      title={t('setup.teams')}
      aside={<span className="muted">{t('setup.teams.count', { count: teams.length })}</span>}
      addLabel={t('setup.teams.add')}
      emptyText={t('setup.teams.empty')}
      items={teams}
      itemName={(team) => team.name}
      rowTestId="team-row"
      onReorder={(ids) => call('teams.reorder', { ids })}
      onDelete={(team) => call('teams.delete', { id: team.id })}
      summary={(team) => (
        <>
          <strong className="team-name">{team.name}</strong>
          {team.projectTitle && <span className="muted"> — {team.projectTitle}</span>}
          <div className="members small">{team.members.map((m) => m.name).join(' · ')}</div>
        </>
      )}
      form={(team, done) =>
        team ? (
          <TeamForm
            id={team.id}
            initial={{
              name: team.name,
              projectTitle: team.projectTitle,
              members: team.members.map(({ name, email }) => ({ name, email })),
            }}
            onDone={done}
          />
        ) : (
          <TeamForm id={null} initial={EMPTY_TEAM} onDone={done} />
        )
      }
    />
  );
}

function TeamForm({ initial, id, onDone }: { initial: TeamDraft; id: number | null; onDone: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { fields, save: saveDraft, formProps } = useRowForm(onDone);
  const setMember = (index: number, patch: Partial<TeamDraft['members'][number]>) =>
    setDraft((d) => ({ ...d, members: d.members.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));

  const save = async () => {
    // Blank member rows are the "add another" affordance, not members.
    const members = draft.members.filter((m) => m.name.trim() || m.email?.trim());
    await saveDraft(() =>
      id === null
        ? call('teams.create', { ...draft, members })
        : call('teams.update', { id, ...draft, members }),
    );
  };

  return (
    <SaveForm
      {...formProps}
      className="inline-form"
      label={id === null ? t('setup.teams.add') : draft.name}
      onSave={() => void save()}
    >
      <div className="form-grid team-fields">
        <TextField
          label={t('setup.teams.name')}
          error={fields.name}
          name="team-name"
          value={draft.name}
          onChange={(value) => setDraft({ ...draft, name: value })}
        />
        <TextField
          label={t('setup.teams.project')}
          error={fields.projectTitle}
          name="team-project"
          value={draft.projectTitle}
          onChange={(value) => setDraft({ ...draft, projectTitle: value })}
        />
      </div>
      <fieldset className="members-edit">
        <legend>{t('setup.teams.members')}</legend>
        {draft.members.map((member, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved.
          <div className="member-row" key={index}>
            <TextField
              label={t('setup.teams.memberName')}
              error={fields[`members.${index}.name`]}
              name="member-name"
              value={member.name}
              onChange={(value) => setMember(index, { name: value })}
            />
            <TextField
              label={`${t('setup.teams.memberEmail')} (${t('common.optional')})`}
              error={fields[`members.${index}.email`]}
              name="member-email"
              type="email"
              value={member.email ?? ''}
              onChange={(value) => setMember(index, { email: value || null })}
            />
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
    </SaveForm>
  );
}
