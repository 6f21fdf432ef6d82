import { createClient, type Client } from 'graphql-ws';
import { sessionStore, type SessionStore } from '../auth/session';

/** graphql-ws closes with this when the token is refused or has expired: reconnect with a fresh one. */
const FORBIDDEN_CLOSE = 4403;
const MAX_RETRY_DELAY_MS = 30_000;

/** ws(s)://<this host>/graphql: the API's WebSocket endpoint, on the same origin (the Vite dev server proxies it). */
export function liveEndpoint(location: Pick<Location, 'protocol' | 'host'> = window.location, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/** Delay before reconnection attempt `retries` (0, 1, 2 ...): 0.5 s doubling to 30 s, with some jitter so that a restarted server is not hit by every map at once. */
export function retryDelayMs(retries: number, random: () => number = Math.random): number {
  return Math.min(MAX_RETRY_DELAY_MS, 500 * 2 ** Math.min(retries, 10)) * (0.75 + random() * 0.5);
}

/**
 * The map's one WebSocket to the API (graphql-ws), opened when the first subscription starts and closed
 * a moment after the last ends. Each connection sends the session's access token, refreshed first when
 * about to expire (the server closes the socket with 4403 when it expires or is refused); it reconnects
 * for ever with a growing delay, and starts again with the new token when the user signs in or out.
 */
export function createLiveClient(store: SessionStore = sessionStore, url: string = liveEndpoint()): Client {
  let userId = store.current?.user.id ?? null;
  const client = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 3_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    connectionParams: async () => {
      const headers = await store.headers();
      return headers.authorization ? { authorization: headers.authorization } : {};
    },
    on: {
      closed: (event) => {
        // A refused token: try a refresh before the next attempt (a failed refresh signs out: then anonymous).
        if ((event as { code?: number })?.code === FORBIDDEN_CLOSE && store.current) void store.refresh();
      },
    },
  });
  store.subscribe((session) => {
    const next = session?.user.id ?? null;
    if (next === userId) return;
    userId = next;
    // Another user (or none): every subscription starts again over a connection with the new credentials.
    client.terminate();
  });
  return client;
}

let shared: Client | null = null;
/** The map's shared live client (made on first use). */
export function liveClient(): Client {
  shared ??= createLiveClient();
  return shared;
}
