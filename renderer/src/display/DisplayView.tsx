import { useLayoutEffect, useRef } from 'react';
import type { DisplayView as DisplayData, DisplayTeam } from '../../../common/contract/session';
import { AudienceScreen } from '../audience/AudienceDisplay';
import { I18nProvider, useI18n } from '../i18n';
import { LiveClock } from './LiveClock';
import type { FeedSnapshot, TimerFeed } from './timer-feed';
import './display.css';

/**
 * What the projector shows, sized entirely by its own box (CSS container
 * units), so the same component is the full-screen display and the control
 * room's scaled-down live preview. Speaks the event's language.
 */
export function DisplayView({
  data,
  feed,
  snapshot,
  preview = false,
}: {
  data: DisplayData | null;
  feed: TimerFeed | null;
  snapshot: FeedSnapshot | null;
  preview?: boolean;
}) {
  const mode = data?.settings.mode ?? 'timer';
  return (
    <div
      className={`pj-display${preview ? ' pj-display-preview' : ''}`}
      data-mode={mode}
      data-testid={preview ? 'display-preview' : 'display'}
    >
      {data && (
        <I18nProvider locale={data.locale}>
          <Screen data={data} feed={feed} snapshot={snapshot} />
        </I18nProvider>
      )}
    </div>
  );
}

function Screen({
  data,
  feed,
  snapshot,
}: {
  data: DisplayData;
  feed: TimerFeed | null;
  snapshot: FeedSnapshot | null;
}) {
  const { t } = useI18n();
  const byId = new Map(data.teams.map((team) => [team.id, team]));
  const state = snapshot?.state ?? null;
  const current = state?.teamId != null ? (byId.get(state.teamId) ?? null) : null;
  const next = data.nextTeamId !== null ? (byId.get(data.nextTeamId) ?? null) : null;
  const mode = data.settings.mode;

  if (mode === 'blackout') return null;
  if (mode === 'logo') return <LogoScreen data={data} />;
  if (mode === 'audience') return <AudienceScreen />;
  if (mode === 'message') {
    // The speaker keeps the time: with a team on stage, the message sits above the clock.
    if (!feed || !state || state.status === 'empty')
      return <FitText className="pj-message" text={data.settings.message} maxHeightShare={0.3} />;
    return (
      <div className="pj-message-timer">
        <FitText className="pj-message pj-message-top" text={data.settings.message} maxHeightShare={0.5} />
        <LiveClock feed={feed} className="pj-display-clock" />
      </div>
    );
  }
  if (mode === 'nextUp') {
    // A team called but not started yet is the one about to pitch.
    const upcoming = current && state?.teamStartedAt === null ? current : next;
    return upcoming ? (
      <div className="pj-nextup">
        <p className="pj-label">{t('display.nextUp')}</p>
        <TeamTitle team={upcoming} big />
      </div>
    ) : (
      <LogoScreen data={data} />
    );
  }
  if (!feed || !state || state.status === 'empty') {
    return (
      <div className="pj-waiting">
        <LogoScreen data={data} />
        <p className="pj-label" data-testid="display-waiting">
          {t(data.sessionOver ? 'display.sessionOver' : 'display.waiting')}
        </p>
      </div>
    );
  }
  return (
    <div className="pj-timer">
      <header className="pj-top">
        {data.logo && <img className="pj-logo-small" src={logoSrc(data)} alt="" />}
        <div className="pj-top-team">{current && <TeamTitle team={current} />}</div>
        {/* Amber and red said in words and shapes too, for colour-blind speakers and jurors (display.css). */}
        <p className="pj-cue pj-cue-amber" data-testid="display-cue-amber">
          <span aria-hidden="true">▲ </span>
          {t('display.cue.amber')}
        </p>
        <p className="pj-cue pj-cue-red" data-testid="display-cue-red">
          <span aria-hidden="true">■ </span>
          {t('display.cue.red')}
        </p>
        <p className="pj-phase" data-testid="display-phase">
          {t(state.phase === 'pitch' ? 'timer.phase.pitch' : 'timer.phase.qa')}
        </p>
      </header>
      <LiveClock feed={feed} className="pj-display-clock" />
      <footer className="pj-bottom" data-testid="display-next">
        {next && next.id !== current?.id ? t('display.next', { name: next.name }) : ''}
      </footer>
    </div>
  );
}

function TeamTitle({ team, big = false }: { team: DisplayTeam; big?: boolean }) {
  return (
    <div className={big ? 'pj-team pj-team-big' : 'pj-team'}>
      <p className="pj-team-name" data-testid="display-team">
        {team.name}
      </p>
      {team.projectTitle && <p className="pj-team-project">{team.projectTitle}</p>}
    </div>
  );
}

function logoSrc(data: DisplayData): string {
  return data.logo ? `data:${data.logo.mime};base64,${data.logo.dataBase64}` : '';
}

function LogoScreen({ data }: { data: DisplayData }) {
  const identity = data.logo ? (
    <div className="pj-logo-screen">
      <img className="pj-logo" src={logoSrc(data)} alt={data.eventName} />
    </div>
  ) : (
    <FitText className="pj-event-name" text={data.eventName} maxHeightShare={0.16} />
  );
  if (data.roomName === null) return identity;
  // A room laptop's projector says which room this is, under the event, readable from the back.
  return (
    <div className="pj-room-identity">
      {identity}
      <p className="pj-room-name" data-testid="display-room">
        {data.roomName}
      </p>
    </div>
  );
}

/**
 * A text that fills its box: the largest font size (binary search, a dozen
 * layouts) at which the wrapped text fits. Runs when the text or the box
 * changes, never per frame.
 */
function FitText({
  text,
  className,
  maxHeightShare = 1,
}: {
  text: string;
  className: string;
  /** Cap of the font size as a share of the box height (a short text need not be gigantic). */
  maxHeightShare?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLParagraphElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new text must be refitted.
  useLayoutEffect(() => {
    const boxEl = box.current;
    const innerEl = inner.current;
    if (!boxEl || !innerEl) return;
    const refit = () => {
      const width = boxEl.clientWidth;
      const height = boxEl.clientHeight;
      let low = 4;
      let high = Math.max(8, height * maxHeightShare);
      for (let i = 0; i < 14; i++) {
        const mid = (low + high) / 2;
        innerEl.style.fontSize = `${mid}px`;
        const fits = innerEl.scrollWidth <= width && innerEl.scrollHeight <= height;
        if (fits) low = mid;
        else high = mid;
      }
      innerEl.style.fontSize = `${Math.floor(low)}px`;
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(boxEl);
    return () => observer.disconnect();
  }, [text, maxHeightShare]);
  return (
    <div className={`pj-fit ${className}`}>
      <div ref={box} className="pj-fit-box">
        <p ref={inner} data-testid="display-text">
          {text}
        </p>
      </div>
    </div>
  );
}
