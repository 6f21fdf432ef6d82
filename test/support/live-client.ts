import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** One subscription's results as they arrive, with waits that fail after a time instead of hanging. */
export interface LiveSubscription<T = Record<string, any>> {
  results: LiveResult<T>[];
  /** The next result not yet taken (in arrival order). */
  next(timeoutMs?: number): Promise<LiveResult<T>>;
  /** Whether another result arrives within `ms` (false when none does). */
  quietFor(ms: number): Promise<boolean>;
  /** Ends when the server ends the subscription (an error, or complete). */
  ended: Promise<void>;
  dispose(): void;
}

export interface LiveTestClient {
  client: Client;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** The close event of the socket, once closed. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/** A graphql-ws client over a real WebSocket, as the map's live client connects (no retries: a refusal shows). */
export function liveClient(httpBaseUrl: string, connectionParams: Record<string, unknown> | undefined): LiveTestClient {
  let closedWith!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${httpBaseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    on: { closed: (event) => closedWith({ code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? '') }) },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
      const results: LiveResult<T>[] = [];
      let taken = 0;
      const waiters: (() => void)[] = [];
      const wake = () => waiters.splice(0).forEach((waiter) => waiter());
      let endedWith!: () => void;
      const ended = new Promise<void>((resolve) => (endedWith = resolve));
      const dispose = client.subscribe<T>({ query, variables }, {
        next: (result) => {
          results.push(result as LiveResult<T>);
          wake();
        },
        error: (error) => {
          const errors = Array.isArray(error) ? error : [{ message: error instanceof Error ? error.message : JSON.stringify(error) }];
          results.push({ errors });
          wake();
          endedWith();
        },
        complete: () => endedWith(),
      });
      const arrival = (ms: number) =>
        new Promise<boolean>((resolve) => {
          if (results.length > taken) return resolve(true);
          const timer = setTimeout(() => resolve(false), ms);
          waiters.push(() => {
            clearTimeout(timer);
            resolve(true);
          });
        });
      return {
        results,
        ended,
        dispose,
        async next(timeoutMs = 5_000) {
          const deadline = Date.now() + timeoutMs;
          while (results.length <= taken) {
            const remaining = deadline - Date.now();
            if (remaining <= 0 || !(await arrival(remaining))) throw new Error(`No subscription result within ${timeoutMs} ms (had ${results.length}).`);
          }
          return results[taken++];
        },
        async quietFor(ms: number) {
          return !(await arrival(ms));
        },
      };
    },
    async dispose() {
      await client.dispose();
    },
  };
}

/** Opens a raw graphql-transport-ws socket, sends connection_init with `payload`, and gives how it ended. */
export function rawConnectionOutcome(httpBaseUrl: string, payload: Record<string, unknown> | undefined, timeoutMs = 5_000): Promise<{ acknowledged: boolean; code?: number; reason?: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${httpBaseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('The server neither acknowledged nor closed the connection.'));
    }, timeoutMs);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', ...(payload ? { payload } : {}) })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        clearTimeout(timer);
        socket.close(1000);
        resolve({ acknowledged: true });
      }
    });
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ acknowledged: false, code, reason: reason.toString() });
    });
    socket.on('error', () => undefined);
  });
}
