import { useCallback, useEffect, useState } from 'react';
import type { RoomDraftInput, RoomsView, RoomView } from '../../../common/contract/rooms';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { fieldErrorsOf } from '../ui/fields';
import { useNotice } from '../ui/notice';
import { FinalRoundSection } from './FinalRound';
import { RoomProgressLine } from './RoomProgressLine';
import { RoomLinkIssue, RoomPushPanel } from './RoomPush';
import './rooms.css';

type Draft = RoomDraftInput & { key: string };

const toDrafts = (rooms: readonly RoomView[]): Draft[] =>
  rooms.map((r) => ({
    key: `room-${r.id}`,
    id: r.id,
    name: r.name,
    teamIds: r.teamIds,
    jurorIds: r.jurorIds,
  }));

/**
 * `#/rooms`: rooms judged in parallel on several laptops. On the head laptop:
 * each room's name, teams in running order and jury, its room file, its
 * progress and when its result last arrived, and merging a room result. On a
 * room laptop (a room file is open): writing the room result for the head.
 */
export function RoomsPage() {
  const { t } = useI18n();
  const notice = useNotice();
  const { data, reload } = useLive('rooms.get', {});
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [serial, setSerial] = useState(0);

  useEffect(() => {
    if (data && !dirty) setDrafts(toDrafts(data.rooms));
  }, [data, dirty]);

  const failed = useCallback(
    (error: unknown) => notice.show(fieldErrorsOf(error).message, 'error'),
    [notice.show],
  );
  const run = async (work: () => Promise<string | null>) => {
    try {
      const message = await work();
      if (message) notice.show(message);
    } catch (error) {
      failed(error);
    }
  };

  if (!data || !drafts) return null;
  if (data.thisRoom)
    return (
      <div className="pj-rooms">
        {notice.element}
        <h1>{t('rooms.title')}</h1>
        <section className="card">
          <p>{t('rooms.thisIsRoom', { room: data.thisRoom.roomName, event: data.thisRoom.eventName })}</p>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                const saved = await call('rooms.writeResult', {});
                return saved ? t('rooms.resultWritten', { path: saved.path }) : null;
              })
            }
          >
            {t('rooms.writeResult')}
          </button>
        </section>
        <RoomPushPanel />
      </div>
    );

  const change = (key: string, update: (draft: Draft) => Draft) => {
    setDirty(true);
    setDrafts(drafts.map((d) => (d.key === key ? update(d) : d)));
  };
  const assignedTeams = new Set(drafts.flatMap((d) => d.teamIds));
  const assignedJurors = new Set(drafts.flatMap((d) => d.jurorIds));
  const progressOf = (draft: Draft) => data.rooms.find((r) => r.id === draft.id);

  return (
    <div className="pj-rooms">
      {notice.element}
      <h1>{t('rooms.title')}</h1>
      <p className="muted">{t('rooms.intro')}</p>
      {drafts.length === 0 && <p>{t('rooms.single')}</p>}
      <div className="pj-rooms-actions">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setSerial(serial + 1);
            setDirty(true);
            setDrafts([...drafts, { key: `new-${serial}`, id: null, name: '', teamIds: [], jurorIds: [] }]);
          }}
        >
          {t('rooms.add')}
        </button>
        <button
          type="button"
          disabled={!dirty}
          onClick={() =>
            void run(async () => {
              const saved = await call('rooms.save', { rooms: drafts.map(({ key: _, ...d }) => d) });
              setDirty(false);
              setDrafts(toDrafts(saved.rooms));
              return t('rooms.saved');
            })
          }
        >
          {t('rooms.save')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(async () => {
              const report = await call('rooms.merge', {});
              reload();
              return report?.message ?? null;
            })
          }
        >
          {t('rooms.merge')}
        </button>
      </div>
      <div className="pj-rooms-grid">
        {drafts.map((draft, index) => (
          <RoomCard
            key={draft.key}
            draft={draft}
            index={index}
            view={data}
            progress={progressOf(draft)}
            dirty={dirty}
            freeTeams={data.teams.filter((team) => !assignedTeams.has(team.id))}
            freeJurors={data.jurors.filter((juror) => !assignedJurors.has(juror.id))}
            onChange={(update) => change(draft.key, update)}
            onRemove={() => {
              setDirty(true);
              setDrafts(drafts.filter((d) => d.key !== draft.key));
            }}
            onWrite={(poolId) =>
              void run(async () => {
                const saved = await call('rooms.writeRoomFile', { poolId });
                return saved ? t('rooms.fileWritten', { path: saved.path }) : null;
              })
            }
          />
        ))}
      </div>
      <FinalRoundSection view={data} run={run} />
    </div>
  );
}

function RoomCard({
  draft,
  index,
  view,
  progress,
  dirty,
  freeTeams,
  freeJurors,
  onChange,
  onRemove,
  onWrite,
}: {
  draft: Draft;
  index: number;
  view: RoomsView;
  progress: RoomView | undefined;
  dirty: boolean;
  freeTeams: RoomsView['teams'];
  freeJurors: RoomsView['jurors'];
  onChange: (update: (draft: Draft) => Draft) => void;
  onRemove: () => void;
  onWrite: (poolId: number) => void;
}) {
  const { t } = useI18n();
  const issued = progress?.issued ?? false;
  const nameOf = (list: RoomsView['teams'], id: number) => list.find((x) => x.id === id)?.name ?? `#${id}`;
  const moveUp = (ids: readonly number[], at: number) =>
    at === 0
      ? [...ids]
      : [...ids.slice(0, at - 1), ids[at] as number, ids[at - 1] as number, ...ids.slice(at + 1)];
  const titleId = `pj-room-${draft.key}`;
  return (
    <section className="card pj-room" aria-labelledby={titleId}>
      <label>
        <span id={titleId}>{t('rooms.name')}</span>
        <input
          value={draft.name}
          disabled={issued}
          maxLength={100}
          aria-label={`${t('rooms.name')} ${index + 1}`}
          onChange={(e) => onChange((d) => ({ ...d, name: e.target.value }))}
        />
      </label>
      {progress && <RoomProgressLine progress={progress} />}
      {issued && <p className="small muted">{t('rooms.issued')}</p>}
      {progress && <RoomLinkIssue poolId={progress.id} />}
      <h3>{t('rooms.teams')}</h3>
      <ol className="pj-room-list">
        {draft.teamIds.map((teamId, at) => (
          <li key={teamId}>
            <span>{nameOf(view.teams, teamId)}</span>
            {!issued && (
              <span className="pj-room-item-actions">
                <button
                  type="button"
                  className="ghost small"
                  disabled={at === 0}
                  aria-label={`${t('rooms.up')}: ${nameOf(view.teams, teamId)}`}
                  onClick={() => onChange((d) => ({ ...d, teamIds: moveUp(d.teamIds, at) }))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="ghost small"
                  aria-label={`${t('rooms.remove')}: ${nameOf(view.teams, teamId)}`}
                  onClick={() =>
                    onChange((d) => ({ ...d, teamIds: d.teamIds.filter((id) => id !== teamId) }))
                  }
                >
                  ×
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {!issued && freeTeams.length > 0 && (
        <AddSelect
          label={`${t('rooms.moveHere')} (${t('rooms.teams')})`}
          options={freeTeams}
          onPick={(id) => onChange((d) => ({ ...d, teamIds: [...d.teamIds, id] }))}
        />
      )}
      <h3>{t('rooms.jurors')}</h3>
      <ul className="pj-room-list">
        {draft.jurorIds.map((jurorId) => (
          <li key={jurorId}>
            <span>{nameOf(view.jurors, jurorId)}</span>
            {!issued && (
              <button
                type="button"
                className="ghost small"
                aria-label={`${t('rooms.remove')}: ${nameOf(view.jurors, jurorId)}`}
                onClick={() =>
                  onChange((d) => ({ ...d, jurorIds: d.jurorIds.filter((id) => id !== jurorId) }))
                }
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!issued && freeJurors.length > 0 && (
        <AddSelect
          label={`${t('rooms.moveHere')} (${t('rooms.jurors')})`}
          options={freeJurors}
          onPick={(id) => onChange((d) => ({ ...d, jurorIds: [...d.jurorIds, id] }))}
        />
      )}
      <div className="pj-rooms-actions">
        {draft.id !== null && (
          <button
            type="button"
            className="secondary"
            disabled={dirty}
            onClick={() => onWrite(draft.id as number)}
          >
            {t('rooms.writeFile')}
          </button>
        )}
        {!issued && (
          <button type="button" className="ghost" onClick={onRemove}>
            {t('rooms.remove')}
          </button>
        )}
      </div>
    </section>
  );
}

function AddSelect({
  label,
  options,
  onPick,
}: {
  label: string;
  options: RoomsView['teams'];
  onPick: (id: number) => void;
}) {
  return (
    <select
      aria-label={label}
      value=""
      onChange={(e) => {
        if (e.target.value) onPick(Number(e.target.value));
      }}
    >
      <option value="">{label}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
