/**
 * The local network of one app context: the chair's side (start, stop,
 * logins, devices) and the hooks the server calls (who is this token, run
 * this call). Off by default: nothing listens until the chair turns it on,
 * and it stops by itself when the event file it serves is closed or replaced.
 *
 * Network calls go through the app's own dispatcher (given by the composition
 * root, main/core/api/core.ts), over handlers built for the caller's login
 * (network-handlers.ts), after the role's allowlist. Pushed events reach the
 * network pages through the context's event bus.
 */
import type { CallResult, EventName } from '../../../common/contract';
import {
  type IssuedLogin,
  isIdempotentCall,
  LAN_ROLE_SPECS,
  LAN_ROLES,
  type LanHello,
  type LanRole,
  type LanStatus,
  roleMayCall,
} from '../../../common/contract/lan';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { AppContext } from '../context/app-context';
import type { Handlers } from '../context/handler-types';
import type { Db } from '../db/open';
import type { LoginCard } from '../documents/login-cards';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import type { OpenEventFile } from '../event-file';
import type { JurorSheets } from '../scoring/juror-sheets';
import {
  activePrincipal,
  createLink,
  isCardToken,
  issueJurorLogin,
  listCredentials,
  loginCodeOf,
  type Principal,
  principalForToken,
  revokeCredential,
} from './credentials';
import { originOf } from './http-guard';
import { pruneRequests } from './idempotency';
import { isBindable, listInterfaces } from './interfaces';
import { loginUrl, qrSvg } from './links';
import { networkHandlers, type ViewerReads } from './network-handlers';
import { loginWithPin } from './pin-login';
import { NETWORK_ROLES } from './roles';
import { loginWithBallotCode, WrongCodeThrottle } from './roles/ballot';
import { formatLoginCode, hashPin, newPin } from './secrets';
import type { LanLimits, LanServer } from './server';
import { readLanSettings, writeLanSettings } from './settings';
import { defaultRendererDir } from './static-files';

/** The network server (and ws with it), loaded when the chair first starts it: not needed at startup. */
const loadServer = () => import('./server');

/** The roles that keep their logins in their own table and authenticate them (roles/<role>/). */
const OWN_LOGIN_ROLES = LAN_ROLES.filter((r) => LAN_ROLE_SPECS[r].credential === 'own');

const LISTEN_ERRORS: Record<string, string> = {
  EADDRINUSE: 'lan.portInUse',
  EACCES: 'lan.portDenied',
  EADDRNOTAVAIL: 'lan.badAddress',
};

export interface LanServiceOptions {
  rendererDir?: string;
  limits?: Partial<LanLimits>;
  /** The server's clock (rate limits, write budgets); tests drive it by hand. */
  clock?: () => number;
}

/** What the service is given by the composition root instead of reaching up for it. */
export interface LanServiceDeps {
  /** The app's dispatcher over a given handler map (validation, translation, error shape). */
  run: (handlers: Handlers, name: string, input: unknown) => Promise<CallResult<unknown>>;
  /** The viewer's read-only calls, the app's own handlers. */
  reads: ViewerReads;
  /** The one juror-sheet service, shared with the window's form. */
  sheets: JurorSheets;
  /**
   * A room laptop's push (network role `room`): merged by the rooms layer
   * (main/core/rooms/push/accept.ts), above this one, so it is handed in.
   */
  roomPush: (
    db: Db,
    principal: Principal,
    text: string,
    locale: Locale,
  ) => CallResult<{ alreadyMerged: boolean }>;
}

export class LanService {
  private server: LanServer | null = null;
  /** The event the server serves; another file open means the session ended. */
  private serving: OpenEventFile | null = null;
  private devicesChanged: NodeJS.Timeout | undefined;
  /** The login whose network call is running right now (calls run one at a time, synchronously). */
  private writer: number | null = null;
  /** Wrong audience-ballot codes, per address and overall; reset with each start of the server. */
  private ballotCodes = new WrongCodeThrottle();

  constructor(
    private readonly ctx: AppContext,
    private readonly deps: LanServiceDeps,
    private options: LanServiceOptions = {},
  ) {
    // Network pages follow the same events as the app's windows.
    ctx.events.on((name, payload) => this.onAppEvent(name, payload));
  }

  /** Tests and the bench point the server at another renderer folder or tighter limits. */
  configure(options: LanServiceOptions): void {
    this.options = { ...this.options, ...options };
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** The running server (tests read its address). */
  get current(): LanServer | null {
    return this.server;
  }

  async status(): Promise<LanStatus> {
    // A file being closed (the app quitting) still answers: with nothing in it.
    const db = this.ctx.eventFile?.db.open ? this.ctx.eventFile.db : undefined;
    const listing = db ? listCredentials(db) : { jurors: [], viewers: [], links: [] };
    // Logins of an `own` credential (audience ballots) are not lan_credential rows: they are counted
    // on their own page (the audience page), not listed here one by one.
    const devices = (this.server?.devices() ?? []).filter((d) => LAN_ROLE_SPECS[d.role].credential !== 'own');
    const count = (credentialId: number | null) =>
      devices.filter((d) => d.credentialId === credentialId).length;
    const url = this.server?.url ?? null;
    return {
      running: this.server !== null,
      url,
      urlQrSvg: url ? await qrSvg(url) : null,
      saved: db ? readLanSettings(db) : null,
      interfaces: listInterfaces(),
      jurors: listing.jurors.map((j) => ({ ...j, devices: count(j.credentialId) })),
      viewers: listing.viewers.map((v) => ({ ...v, devices: count(v.credentialId) })),
      links: listing.links.map((l) => ({ ...l, devices: count(l.credentialId) })),
      devices,
    };
  }

  async start(address: string, port: number): Promise<void> {
    const session = this.ctx.requireEventFile();
    if (!isBindable(address)) throw new DomainError('lan.badAddress', { address });
    await this.stop();
    pruneRequests(session.db, Date.now());
    try {
      const { LanServer } = await loadServer();
      this.server = await LanServer.start({
        address,
        port,
        rendererDir: this.options.rendererDir ?? defaultRendererDir(),
        hooks: this.hooks(),
        ...(this.options.limits ? { limits: this.options.limits } : {}),
        ...(this.options.clock ? { clock: this.options.clock } : {}),
      });
    } catch (error) {
      if (error instanceof (await loadServer()).LanListenError) {
        throw new DomainError(LISTEN_ERRORS[error.code] ?? 'lan.startFailed', {
          port,
          address,
          message: error.code,
        });
      }
      throw error;
    }
    this.serving = session;
    this.ballotCodes = new WrongCodeThrottle(this.options.clock);
    writeLanSettings(session.db, { address, port: this.server.bound.port });
    this.ctx.changed(['lan']);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.serving = null;
    await server.stop();
    this.ctx.changed(['lan']);
  }

  /** New logins for these jurors (replacing their previous ones), with their tokens and PINs, once. */
  async issueJurorLogins(jurorIds: readonly number[]): Promise<IssuedLogin[]> {
    const { db } = this.ctx.requireEventFile();
    const server = this.requireServer();
    const ids = [...new Set(jurorIds)];
    const names = new Map(listCredentials(db).jurors.map((j) => [j.jurorId, j.name]));
    if (ids.some((id) => !names.has(id))) throw new DomainError('error.notFound');
    // Hash the PINs first (slow, off the main thread), then issue everything in one transaction.
    const withPins = await Promise.all(
      ids.map(async (jurorId) => {
        const pin = newPin();
        return { jurorId, pin, hash: await hashPin(pin) };
      }),
    );
    const atUtc = new Date().toISOString();
    const issued = db.transaction(() =>
      withPins.map(({ jurorId, pin, hash }) => ({
        jurorId,
        pin,
        ...issueJurorLogin(db, jurorId, hash, atUtc),
      })),
    )();
    for (const login of issued) for (const id of login.revokedIds) server.closeLogin(id);
    this.ctx.changed(['lan']);
    return Promise.all(
      issued.map(async (login) => {
        const url = loginUrl(server.url, 'juror', login.token);
        return {
          credentialId: login.credentialId,
          role: 'juror' as const,
          jurorId: login.jurorId,
          name: names.get(login.jurorId) ?? '',
          token: login.token,
          pin: login.pin,
          code: formatLoginCode(login.loginCode ?? String(login.credentialId)),
          address: server.url,
          url,
          qrSvg: await qrSvg(url),
        };
      }),
    );
  }

  createViewerLink(label: string): Promise<IssuedLogin> {
    return this.createLink('viewer', label);
  }

  /** A new link login of a role whose credential is a link (a viewer screen, an observer…). */
  async createLink(role: LanRole, label: string): Promise<IssuedLogin> {
    if (LAN_ROLE_SPECS[role].credential !== 'link') throw new DomainError('lan.notALink');
    // A room login is bound to its room: the Rooms page issues it (roomPush.issueLink).
    if (role === 'room') throw new DomainError('roomPush.issueFromRooms');
    const { db } = this.ctx.requireEventFile();
    const server = this.requireServer();
    const count = listCredentials(db).links.filter((l) => l.role === role).length;
    const name =
      label.trim() || translate(this.ctx.uiLocale, `lan.role.${role}.defaultLabel`, { n: count + 1 });
    const link = createLink(db, role, name, new Date().toISOString());
    this.ctx.changed(['lan']);
    const url = loginUrl(server.url, role, link.token);
    return {
      credentialId: link.credentialId,
      role,
      jurorId: null,
      name,
      token: link.token,
      pin: null,
      code: String(link.credentialId),
      address: server.url,
      url,
      qrSvg: await qrSvg(url),
    };
  }

  /** Revokes a login; its open connections close at once. */
  revoke(credentialId: number): void {
    const { db } = this.ctx.requireEventFile();
    if (!revokeCredential(db, credentialId, new Date().toISOString()))
      throw new DomainError('error.notFound');
    this.server?.closeLogin(credentialId);
    this.ctx.changed(['lan']);
  }

  /**
   * The cards of logins just issued (the documents layer prints them): only
   * digests are stored, so a token no longer current makes the set stale.
   */
  loginCards(logins: readonly { credentialId: number; token: string; pin: string | null }[]): {
    eventName: string;
    cards: LoginCard[];
  } {
    const { db } = this.ctx.requireEventFile();
    const saved = readLanSettings(db);
    const address = this.server?.url ?? (saved ? `${originOf(saved)}/` : null);
    if (!address) throw new DomainError('lan.notRunning');
    const names = new Map(listCredentials(db).jurors.map((j) => [j.credentialId, j.name]));
    const cards: LoginCard[] = logins.map((login) => {
      const name = names.get(login.credentialId);
      if (name === undefined || !isCardToken(db, login.credentialId, login.token)) {
        throw new DomainError('lan.cardsStale');
      }
      return {
        name,
        code: formatLoginCode(loginCodeOf(db, login.credentialId)),
        pin: login.pin,
        address,
        url: loginUrl(address, 'juror', login.token),
      };
    });
    return { eventName: readEventInfo(db).name, cards };
  }

  /** The served address (http://address:port/), or null while the network is off. */
  get address(): string | null {
    return this.server?.url ?? null;
  }

  private requireServer(): LanServer {
    if (!this.server) throw new DomainError('lan.notRunning');
    return this.server;
  }

  /** The served event's database, or null once the chair opened another file. */
  private servedDb() {
    const session = this.ctx.eventFile;
    return session !== null && session === this.serving ? session.db : null;
  }

  private hooks() {
    return {
      authenticate: (token: string) => {
        const db = this.servedDb();
        if (!db) return null;
        // lan_credential first, then the roles that keep their logins in their own table.
        return (
          principalForToken(db, token) ??
          OWN_LOGIN_ROLES.reduce<Principal | null>(
            (found, role) => found ?? NETWORK_ROLES[role].authenticate?.(db, token) ?? null,
            null,
          )
        );
      },
      isActive: (principal: Principal) => {
        const db = this.servedDb();
        if (db === null) return false;
        const own = NETWORK_ROLES[principal.role].isActive;
        return own ? own(db, principal) : activePrincipal(db, principal.credentialId) !== null;
      },
      invoke: (principal: Principal, name: string, input: unknown, key: string | null) =>
        this.invoke(principal, name, input, key),
      pinLogin: async (code: string, pin: string, device: string) => {
        const db = this.servedDb();
        if (!db) return { ok: false as const, reason: 'wrong' as const };
        const result = await loginWithPin(
          db,
          code,
          pin.replace(/\s/g, ''),
          Date.now(),
          new Date().toISOString(),
          {
            device,
          },
        );
        // A wrong PIN shows on the chair's Network page (attempts on a juror's login).
        if (!result.ok && result.reason === 'wrong') this.ctx.changed(['lan']);
        return result;
      },
      ballotLogin: (code: string, device: string) => {
        const db = this.servedDb();
        if (!db) return { ok: false as const, reason: 'wrong' as const };
        const result = loginWithBallotCode(db, this.ballotCodes, code, device, new Date().toISOString());
        // The chair's audience page counts wrong codes (someone may be guessing).
        if (!result.ok && result.reason === 'wrong') this.ctx.changed(['votes']);
        return result;
      },
      hello: (principal: Principal): LanHello => ({
        t: 'hello',
        role: principal.role,
        jurorId: principal.jurorId,
        label: principal.label,
        locale: this.ctx.uiLocale,
        serverNow: Date.now(),
      }),
      roomPush: (principal: Principal, text: string): CallResult<unknown> => {
        const db = this.servedDb();
        if (!db) return this.refusal('lan.forbidden');
        const answer = this.deps.roomPush(db, principal, text, this.ctx.uiLocale);
        // A merge that added entries changes the head's scores, results and the Rooms page's progress.
        if (answer.ok && !answer.value.alreadyMerged) this.ctx.changed(['scores', 'results', 'setup']);
        return answer;
      },
      onConnectionsChanged: () => {
        // Thirty phones joining at once make one refresh of the chair's list, not thirty.
        if (this.devicesChanged) return;
        this.devicesChanged = setTimeout(() => {
          this.devicesChanged = undefined;
          if (this.server) this.ctx.changed(['lan']);
        }, 250);
        this.devicesChanged.unref();
      },
    };
  }

  private invoke(principal: Principal, name: string, input: unknown, key: string | null) {
    if (!roleMayCall(principal.role, name)) return Promise.resolve(this.refusal('lan.forbidden'));
    const idempotent = isIdempotentCall(principal.role, name);
    const handlers = networkHandlers(this.ctx, this.deps, { principal, key: idempotent ? key : null });
    // The handler runs (and announces its change) synchronously inside this call: see onAppEvent.
    this.writer = principal.credentialId;
    try {
      return this.deps.run(handlers, name, input);
    } finally {
      this.writer = null;
    }
  }

  private refusal(code: string): CallResult<unknown> {
    return { ok: false, error: { code, message: translate(this.ctx.uiLocale, code), params: {} } };
  }

  private onAppEvent(name: EventName, payload: unknown): void {
    const server = this.server;
    if (!server) return;
    if (name === 'event.changed') {
      const { scopes } = payload as { scopes: string[] };
      // Another file open (or none): the session the server served has ended.
      if (scopes.includes('file') && this.ctx.eventFile !== this.serving) {
        void this.stop();
        return;
      }
      if (scopes.includes('setup') || scopes.includes('jurors')) server.revalidate();
    }
    // A juror's own write changes that juror's form only: the other phones need not re-read theirs.
    server.broadcast(name, payload, this.writer);
  }
}
