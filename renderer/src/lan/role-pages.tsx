/**
 * The renderer's side of the network roles (common/contract/lan-roles/): the
 * page each role's device opens, and, for link roles, the chair's texts for
 * creating and showing a link. The mapped types make a role without a page
 * (or a link role without its texts) a type error.
 */
import type { ReactElement } from 'react';
import type { LanRole } from '../../../common/contract/lan';
import type { MessageKey } from '../../../common/i18n';
import type { NetBridge } from '../net/ws-bridge';
import { BallotNetPage } from './BallotNetPage';
import { JurorNetPage } from './JurorNetPage';
import { ObserverNetPage } from './ObserverNetPage';
import { RoomNetPage } from './RoomNetPage';
import { ViewerNetPage } from './ViewerNetPage';

export type NetPage = (props: { bridge: NetBridge; route: readonly string[] }) => ReactElement;

export const ROLE_PAGES: { readonly [R in LanRole]: NetPage } = {
  juror: JurorNetPage,
  viewer: ViewerNetPage,
  observer: ObserverNetPage,
  ballot: BallotNetPage,
  room: RoomNetPage,
};

/** The badge of a connected device in the chair's list. */
export const ROLE_BADGES: { readonly [R in LanRole]: MessageKey } = {
  juror: 'lan.role.juror',
  viewer: 'lan.role.viewer',
  observer: 'lan.role.observer',
  ballot: 'lan.role.ballot',
  room: 'roomPush.badge',
};

export interface LinkTexts {
  /** The chair's card: title, hint, label field, button, empty list. */
  title: MessageKey;
  hint: MessageKey;
  label: MessageKey;
  create: MessageKey;
  none: MessageKey;
  /** The link just created, shown once. */
  linkTitle: MessageKey;
  linkHint: MessageKey;
}

/** Link roles (credential `link`) and how the chair's Network page speaks of them. */
export const LINK_TEXTS: { readonly [R in LanRole]?: LinkTexts } = {
  viewer: {
    title: 'lan.viewers.title',
    hint: 'lan.viewers.hint',
    label: 'lan.viewers.label',
    create: 'lan.viewers.create',
    none: 'lan.viewers.none',
    linkTitle: 'lan.viewerLink.title',
    linkHint: 'lan.viewerLink.hint',
  },
  observer: {
    title: 'lan.role.observer.title',
    hint: 'lan.role.observer.hint',
    label: 'lan.role.observer.label',
    create: 'lan.role.observer.create',
    none: 'lan.role.observer.none',
    linkTitle: 'lan.role.observer.linkTitle',
    linkHint: 'lan.role.observer.linkHint',
  },
};
