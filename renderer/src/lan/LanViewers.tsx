import type { IssuedLogin, LanStatus } from '../../../common/contract/lan';
import { call } from '../api';
import { LinkCard } from './LanLinks';

/** Viewer links: read-only screens showing the projector's display. */
export function LanViewers({
  status,
  onIssued,
}: {
  status: LanStatus;
  onIssued: (login: IssuedLogin) => void;
}) {
  return (
    <LinkCard
      titleId="lan-viewers-title"
      texts={{
        title: 'lan.viewers.title',
        hint: 'lan.viewers.hint',
        label: 'lan.viewers.label',
        create: 'lan.viewers.create',
        none: 'lan.viewers.none',
      }}
      links={status.viewers}
      create={(label) => call('lan.createViewerLink', { label })}
      onIssued={onIssued}
    />
  );
}
