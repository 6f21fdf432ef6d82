import { graphqlRequest, setAuthHooks } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { SessionFieldsFragment } from '../gql/graphql';

/** A signed-in session as login and refresh answer it (accessTokenExpiresAt: an ISO date). */
export type Session = SessionFieldsFragment;
export type SessionUser = Session['user'];

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on AuthPayload { accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } }
`);
export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ...SessionFields } }
`);
export const REFRESH_MUTATION = graphql(`
  mutation Refresh($refreshToken: String!) { refresh(refreshToken: $refreshToken) { ...SessionFields } }
`);
export const LOGOUT_MUTATION = graphql(`
  mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }
`);

export const SESSION_STORAGE_KEY = 'vigie.session';
/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 30_000;

type Listener = (session: Session | null) => void;

/**
 * The signed-in session: kept in localStorage so a reload stays signed in, refreshed shortly before
 * the access token expires (one refresh at a time), and cleared on logout or a failed refresh.
 */
export class SessionStore {
  private session: Session | null;
  private refreshing: Promise<boolean> | null = null;
  private listeners = new Set<Listener>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.session = readSession(storage);
  }

  get current(): Session | null {
    return this.session;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(session: Session | null): void {
    this.session = session;
    try {
      if (session) this.storage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
      else this.storage?.removeItem(SESSION_STORAGE_KEY);
    } catch {
      // Storage full or disabled: the session lasts for this page.
    }
    for (const listener of this.listeners) listener(session);
  }

  needsRefresh(): boolean {
    if (!this.session) return false;
    const expiresAt = Date.parse(this.session.accessTokenExpiresAt);
    return Number.isFinite(expiresAt) && expiresAt - this.now() < REFRESH_MARGIN_MS;
  }

  async login(email: string, password: string): Promise<Session> {
    const { login } = await graphqlRequest(LOGIN_MUTATION, { email, password }, { anonymous: true });
    this.set(login);
    return login;
  }

  /** One refresh at a time; false (and signed out) when the refresh token is refused. */
  refresh(): Promise<boolean> {
    const refreshToken = this.session?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    this.refreshing ??= graphqlRequest(REFRESH_MUTATION, { refreshToken }, { anonymous: true })
      .then(({ refresh }) => {
        this.set(refresh);
        return true;
      })
      .catch(() => {
        this.set(null);
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  async logout(): Promise<void> {
    const refreshToken = this.session?.refreshToken;
    this.set(null);
    if (refreshToken) await graphqlRequest(LOGOUT_MUTATION, { refreshToken }, { anonymous: true }).catch(() => undefined);
  }

  /** The Authorization header for the next request, refreshing first when the token is about to expire. */
  async headers(): Promise<Record<string, string>> {
    if (this.needsRefresh()) await this.refresh();
    return this.session ? { authorization: `Bearer ${this.session.accessToken}` } : {};
  }

  /** Plugs this store into every GraphQL request. */
  install(): void {
    setAuthHooks({ headers: () => this.headers(), onUnauthenticated: () => this.refresh() });
  }
}

function readSession(storage: Pick<Storage, 'getItem'> | undefined): Session | null {
  try {
    const raw = storage?.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Session;
    return parsed?.accessToken && parsed.refreshToken && parsed.user ? parsed : null;
  } catch {
    return null;
  }
}

export const sessionStore = new SessionStore(typeof localStorage === 'undefined' ? undefined : localStorage);
