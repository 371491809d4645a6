import { useState } from 'react';
import type { FinalistRuleInput, FinalRoundView, RoomsView } from '../../../common/contract/rooms';
import { call } from '../api';
import { useLive } from '../hooks';
import { useI18n } from '../i18n';
import { RoomProgressLine } from './RoomProgressLine';
import { RoomLinkIssue } from './RoomPush';

type RuleKind = FinalistRuleInput['kind'];

/**
 * The final round on the head laptop's Rooms page: the finalist rule stated
 * once (with the drawn order), then the final's jury and its room file. The
 * final runs like a room, on any laptop, and its result is merged with the
 * page's "Merge a room result" button like any room's.
 */
export function FinalRoundSection({
  view,
  run,
}: {
  view: RoomsView;
  /** Runs an action and shows its message or its refusal (the page's notice). */
  run: (work: () => Promise<string | null>) => Promise<void>;
}) {
  const { t } = useI18n();
  const { data: final, reload } = useLive('rooms.final', {});
  if (final === undefined) return null;
  return (
    <section className="card pj-final" aria-labelledby="pj-final-title">
      <h2 id="pj-final-title">{t('final.title')}</h2>
      {final === null ? (
        <DecideFinal view={view} run={run} onDecided={reload} />
      ) : (
        <FinalDecided final={final} view={view} run={run} onChanged={reload} />
      )}
    </section>
  );
}

function DecideFinal({
  view,
  run,
  onDecided,
}: {
  view: RoomsView;
  run: (work: () => Promise<string | null>) => Promise<void>;
  onDecided: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<RuleKind>(view.rooms.length > 0 ? 'topPerPool' : 'topOverall');
  const [n, setN] = useState('2');
  const [picked, setPicked] = useState<number[]>([]);
  const [reason, setReason] = useState('');
  const [seed, setSeed] = useState('');

  const rule = (): FinalistRuleInput =>
    kind === 'chairSelection'
      ? { kind, teamIds: picked, reason }
      : // Not a number at all (letters, empty) is 0 here, so the core answers "a whole number, 1 or more".
        { kind, n: Number.isFinite(Number(n.replace(',', '.'))) ? Number(n.replace(',', '.')) : 0 };

  return (
    <>
      <p className="muted">{t('final.intro')}</p>
      <fieldset className="pj-final-rule">
        <legend>{t('final.rule')}</legend>
        {(['topPerPool', 'topOverall', 'chairSelection'] as const).map((k) => (
          <label key={k} className="pj-final-radio">
            <input type="radio" name="pj-final-rule" checked={kind === k} onChange={() => setKind(k)} />
            {t(`final.rule.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'chairSelection' ? (
        <>
          <fieldset>
            <legend>{t('final.pick')}</legend>
            {view.teams.map((team) => (
              <label key={team.id} className="pj-final-radio">
                <input
                  type="checkbox"
                  checked={picked.includes(team.id)}
                  onChange={(e) =>
                    setPicked(e.target.checked ? [...picked, team.id] : picked.filter((id) => id !== team.id))
                  }
                />
                {team.name}
              </label>
            ))}
          </fieldset>
          <label>
            <span>{t('final.reason')}</span>
            <textarea value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </label>
        </>
      ) : (
        <label>
          <span>{t('final.n')}</span>
          <input
            type="number"
            min={1}
            step={1}
            value={n}
            onChange={(e) => setN(e.target.value)}
            aria-label={t('final.n')}
          />
        </label>
      )}
      <label>
        <span>{t('final.seed')}</span>
        <input
          value={seed}
          maxLength={100}
          onChange={(e) => setSeed(e.target.value)}
          aria-label={t('final.seed')}
        />
      </label>
      <div className="pj-rooms-actions">
        <button
          type="button"
          onClick={() => {
            if (!window.confirm(t('final.confirm'))) return;
            void run(async () => {
              const decided = await call('rooms.decideFinal', {
                rule: rule(),
                drawSeed: seed.trim() ? seed.trim() : null,
              });
              onDecided();
              return t('final.decided', { count: decided.finalists.length });
            });
          }}
        >
          {t('final.decide')}
        </button>
      </div>
    </>
  );
}

function FinalDecided({
  final,
  view,
  run,
  onChanged,
}: {
  final: FinalRoundView;
  view: RoomsView;
  run: (work: () => Promise<string | null>) => Promise<void>;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const room = final.room;
  const [jury, setJury] = useState<number[] | null>(null);
  const current = jury ?? room?.jurorIds ?? [];
  const issued = room?.issued ?? false;
  const teamName = (id: number) => view.teams.find((x) => x.id === id)?.name ?? `#${id}`;
  const jurorName = (id: number) => view.jurors.find((x) => x.id === id)?.name ?? `#${id}`;

  return (
    <>
      <p data-testid="final-rule">{final.ruleText}</p>
      <p className="small muted">
        {t('final.decidedAt', { at: new Date(final.decidedAtUtc).toLocaleString(locale) })}
      </p>
      <h3>{t('final.order')}</h3>
      <ol className="pj-room-list pj-final-order" data-testid="final-order">
        {final.order.map((teamId, i) => (
          <li key={teamId}>
            <span className="pj-final-rank">{i + 1}.</span> {teamName(teamId)}
          </li>
        ))}
      </ol>
      {room && <RoomProgressLine progress={room} testId="final-progress" />}
      <fieldset>
        <legend>{t('final.jury')}</legend>
        <p className="small muted">{t('final.juryHint')}</p>
        {issued ? (
          <ul className="pj-room-list" data-testid="final-jury">
            {current.map((id) => (
              <li key={id}>{jurorName(id)}</li>
            ))}
          </ul>
        ) : (
          view.jurors.map((juror) => (
            <label key={juror.id} className="pj-final-radio">
              <input
                type="checkbox"
                checked={current.includes(juror.id)}
                onChange={(e) =>
                  setJury(e.target.checked ? [...current, juror.id] : current.filter((id) => id !== juror.id))
                }
              />
              {juror.name}
            </label>
          ))
        )}
      </fieldset>
      {room && <RoomLinkIssue poolId={room.id} />}
      {final.trackName !== null && <p className="small">{t('final.track', { track: final.trackName })}</p>}
      <div className="pj-rooms-actions">
        {!issued && (
          <button
            type="button"
            className="secondary"
            disabled={jury === null || current.length === 0}
            onClick={() =>
              void run(async () => {
                await call('rooms.setFinalJury', { jurorIds: current });
                setJury(null);
                onChanged();
                return t('final.jurySaved');
              })
            }
          >
            {t('final.saveJury')}
          </button>
        )}
        {room && (
          <button
            type="button"
            disabled={jury !== null || current.length === 0}
            onClick={() =>
              void run(async () => {
                const saved = await call('rooms.writeRoomFile', { poolId: room.id });
                onChanged();
                return saved ? t('rooms.fileWritten', { path: saved.path }) : null;
              })
            }
          >
            {t('final.writeFile')}
          </button>
        )}
      </div>
      {current.length === 0 && <p className="small muted">{t('final.noJuryYet')}</p>}
    </>
  );
}
