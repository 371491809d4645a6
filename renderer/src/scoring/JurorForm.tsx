import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { JurorForm as FormData, JurorFormTeam } from '../../../common/contract/scoring';
import { CallFailure, call, subscribe } from '../api';
import { readsAnyOf } from '../hooks';
import { useI18n } from '../i18n';
import { useOptionalNetState } from '../lan/useNetState';
import { DeclarationStatus, JurorDeclarationPanel } from './JurorDeclaration';
import { SheetEditor } from './SheetEditor';

/**
 * The juror's own form: their teams in running order (the team on stage
 * first), one sheet at a time. It reads only `scoring.form` with the juror's
 * token, which answers with this juror's sheets and nobody else's.
 */
export function JurorForm({
  token,
  onSignOut,
  onSessionExpired = onSignOut,
  header,
  kiosk = false,
}: {
  token: string;
  onSignOut: () => void;
  /** The laptop forgot this form's session (it restarted): by default the form closes. */
  onSessionExpired?: () => void;
  /** Shown above the juror's name (a phone's language switch). */
  header?: ReactNode;
  /** Juror mode: the juror cannot sign out; only the chair ends it (KioskPage). */
  kiosk?: boolean;
}) {
  const { t } = useI18n();
  const net = useOptionalNetState();
  const [data, setData] = useState<FormData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const strip = useRef<HTMLElement>(null);

  const load = useCallback(() => {
    call('scoring.form', { token }).then(
      (form) => {
        setData(form);
        setError(null);
      },
      (failure: unknown) => {
        if (failure instanceof CallFailure && failure.error.code === 'scoring.sessionExpired')
          onSessionExpired();
        else setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }, [token, onSessionExpired]);

  useEffect(() => {
    load();
    return subscribe('event.changed', ({ scopes }) => {
      if (readsAnyOf('scoring.form', scopes)) load();
    });
  }, [load]);

  const currentId =
    data &&
    (
      data.teams.find((team) => team.teamId === selected) ??
      data.teams.find((team) => team.orderStatus === 'on_stage') ??
      data.teams.find((team) => !team.recused && team.sheet?.status !== 'submitted') ??
      data.teams[0]
    )?.teamId;
  // On a phone the teams are a strip that scrolls sideways: keep the open one in view (the page itself never scrolls).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another team is opened (`currentId`).
  useEffect(() => {
    const nav = strip.current;
    const button = nav?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!nav || !button || nav.scrollWidth <= nav.clientWidth) return;
    const left = button.offsetLeft - nav.offsetLeft;
    if (left < nav.scrollLeft || left + button.offsetWidth > nav.scrollLeft + nav.clientWidth) {
      nav.scrollLeft = Math.max(0, left - 8);
    }
  }, [currentId]);

  if (error) return <p className="form-error">{error}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;

  const current =
    data.teams.find((team) => team.teamId === selected) ??
    data.teams.find((team) => team.orderStatus === 'on_stage') ??
    data.teams.find((team) => !team.recused && team.sheet?.status !== 'submitted') ??
    data.teams[0];
  const done = data.teams.filter((team) => team.sheet?.status === 'submitted').length;
  // When the chair requires a declaration, the form opens on it until the juror has declared.
  const mustDeclare = data.declaration.required && data.declaration.current === null && !data.locked;
  const signOut = () => {
    void call('scoring.signOut', { token }).catch(() => undefined);
    onSignOut();
  };

  return (
    <div className="juror-form">
      <aside className="juror-teams card">
        {header}
        <div className="juror-who">
          <strong>{data.juror.name}</strong>
          {!kiosk && (
            <button type="button" className="ghost small" onClick={signOut}>
              {t('scoring.form.signOut')}
            </button>
          )}
        </div>
        <p className="muted small">{t('scoring.form.progress', { done, total: data.teams.length })}</p>
        {data.locked && <p className="warning">{t('scoring.form.lockedNotice')}</p>}
        <DeclarationStatus form={data} onOpen={() => setDeclaring(true)} />
        <nav aria-label={t('scoring.form.teams')} ref={strip}>
          {data.teams.map((team) => (
            <button
              key={team.teamId}
              type="button"
              className={`team-pick${team.teamId === current?.teamId ? ' active' : ''}`}
              aria-current={team.teamId === current?.teamId ? 'true' : undefined}
              onClick={() => setSelected(team.teamId)}
            >
              <span className="team-pick-name">{team.name}</span>
              <TeamBadge
                team={team}
                locked={data.locked}
                queued={net !== null && net.phase !== 'online' && net.pendingTeamIds.includes(team.teamId)}
              />
            </button>
          ))}
        </nav>
      </aside>
      {declaring || mustDeclare ? (
        <JurorDeclarationPanel
          token={token}
          form={data}
          onDone={() => {
            setDeclaring(false);
            load();
          }}
          {...(mustDeclare ? {} : { onCancel: () => setDeclaring(false) })}
        />
      ) : current ? (
        <SheetEditor
          key={current.teamId}
          token={token}
          team={current}
          criteria={data.criteria}
          locked={data.locked}
          onSessionExpired={onSessionExpired}
          onReload={load}
        />
      ) : (
        <p className="muted">{t('scoring.form.noTeams')}</p>
      )}
    </div>
  );
}

function TeamBadge({ team, locked, queued }: { team: JurorFormTeam; locked: boolean; queued: boolean }) {
  const { t } = useI18n();
  if (team.recused) return <span className="badge warn">{t('scoring.status.recused')}</span>;
  if (queued) return <span className="badge warn">{t('scoring.status.queued')}</span>;
  if (team.sheet?.status === 'submitted') return <span className="badge ok">✓</span>;
  if (locked && team.sheet) return <span className="badge warn">{t('scoring.status.notCounted')}</span>;
  if (team.orderStatus === 'on_stage') return <span className="badge">{t('scoring.status.onStage')}</span>;
  if (team.sheet) return <span className="badge">{t('scoring.status.draft')}</span>;
  if (team.orderStatus === 'absent' || team.orderStatus === 'withdrawn') {
    return <span className="badge warn">{t(`scoring.status.${team.orderStatus}` as const)}</span>;
  }
  return null;
}
