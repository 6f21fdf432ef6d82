import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { Client } from 'pg';
import type { LiveEvent } from '../common/live/change-feed';

/** The PostgreSQL channel every Vigie process of a deployment LISTENs on. */
export const LIVE_CHANNEL = 'vigie_live';
/** Triggers of the live feed: record changes, and data revisions (with resync notices). */
export const LIVE_TRIGGERS = { record: 'record', revisions: 'revisions' } as const;
/** NOTIFY refuses payloads of 8,000 bytes or more; events are a few hundred. */
export const MAX_NOTIFY_BYTES = 7_900;
const MAX_QUEUED_PUBLISHES = 1_000;
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

export const triggerOf = (event: LiveEvent): string => (event.kind === 'record' ? LIVE_TRIGGERS.record : LIVE_TRIGGERS.revisions);

/** The feed's engine: start() before use, close() at shutdown. */
export interface LivePubSub extends PubSubEngine {
  readonly kind: 'memory' | 'postgres';
  start(): Promise<void>;
  close(): Promise<void>;
  /** Subscribers of a trigger in this process (tests wait for a subscription to be in place). */
  listenerCount(trigger: string): number;
}

/** One process (the embedded database): graphql-subscriptions' in-memory PubSub. */
export class MemoryLivePubSub extends PubSub implements LivePubSub {
  readonly kind = 'memory' as const;
  async start(): Promise<void> {}
  async close(): Promise<void> {}
  listenerCount(trigger: string): number {
    return (this as unknown as { ee: { listenerCount(name: string): number } }).ee.listenerCount(trigger);
  }
}

type Handler = (message: unknown) => void;

/**
 * Several processes over one PostgreSQL server: LISTEN/NOTIFY on one dedicated connection per process
 * (not from the pool: a LISTEN must stay on its session). Publishing is `SELECT pg_notify($1, $2)` on
 * that connection; PostgreSQL delivers each notification to every listening session, this one included,
 * so a process's own subscribers hear its writes the same way as the others'. A lost connection is
 * made again with a growing delay (publishes wait in a bounded queue meanwhile); once back, a `resync`
 * revisions event tells this process's subscribers that they may have missed changes.
 * NOTIFY over pglite-socket does not reach listeners (STACK-NOTES): the embedded database uses memory.
 */
export class PgNotifyLivePubSub extends PubSubEngine implements LivePubSub {
  readonly kind = 'postgres' as const;
  private client: Client | null = null;
  private ready = false;
  private closed = false;
  private everConnected = false;
  private reconnectDelayMs = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly queue: string[] = [];
  private readonly handlers = new Map<number, { trigger: string; onMessage: Handler }>();
  private nextId = 1;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string = LIVE_CHANNEL,
  ) {
    super();
  }

  async start(): Promise<void> {
    await this.connect();
  }

  async publish(trigger: string, payload: unknown): Promise<void> {
    const text = JSON.stringify({ t: trigger, p: payload });
    if (Buffer.byteLength(text, 'utf8') > MAX_NOTIFY_BYTES) {
      console.error(`Vigie live feed: an event of ${Buffer.byteLength(text, 'utf8')} bytes is too large for NOTIFY and was dropped (${text.slice(0, 120)}...).`);
      return;
    }
    if (!this.ready || !this.client) return this.enqueue(text);
    try {
      await this.client.query('SELECT pg_notify($1, $2)', [this.channel, text]);
    } catch {
      this.enqueue(text);
      this.lost();
    }
  }

  async subscribe(trigger: string, onMessage: Handler): Promise<number> {
    const id = this.nextId++;
    this.handlers.set(id, { trigger, onMessage });
    return id;
  }

  unsubscribe(id: number): void {
    this.handlers.delete(id);
  }

  listenerCount(trigger: string): number {
    return [...this.handlers.values()].filter((handler) => handler.trigger === trigger).length;
  }

  /** Whether the LISTEN connection is up (for tests and diagnostics). */
  get listening(): boolean {
    return this.ready;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.ready = false;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Ends the connection as a network failure would (tests of the reconnection). */
  simulateConnectionLoss(): void {
    (this.client as unknown as { connection?: { stream?: { destroy(): void } } } | null)?.connection?.stream?.destroy();
  }

  private dispatch(trigger: string, payload: unknown): void {
    for (const { trigger: wanted, onMessage } of this.handlers.values()) {
      if (wanted === trigger) onMessage(payload);
    }
  }

  private enqueue(text: string): void {
    if (this.queue.length >= MAX_QUEUED_PUBLISHES) this.queue.shift();
    this.queue.push(text);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: 'vigie-live' });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      try {
        const { t, p } = JSON.parse(message.payload) as { t: string; p: unknown };
        this.dispatch(t, p);
      } catch {
        // Not one of ours (someone else NOTIFYing on the channel): ignored.
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.ready = true;
    this.reconnectDelayMs = RECONNECT_MIN_MS;
    const wasReconnect = this.everConnected;
    this.everConnected = true;
    while (this.queue.length && this.ready) {
      const text = this.queue.shift()!;
      await client.query('SELECT pg_notify($1, $2)', [this.channel, text]).catch(() => this.queue.unshift(text));
    }
    if (wasReconnect) {
      const resync: LiveEvent = { kind: 'revisions', revisions: {}, occurredAt: new Date().toISOString(), resync: true };
      this.dispatch(LIVE_TRIGGERS.revisions, resync);
    }
  }

  private lost(client: Client | null = this.client): void {
    if (client !== this.client || this.closed) return;
    this.ready = false;
    this.client = null;
    client?.end().catch(() => undefined);
    if (this.reconnectTimer) return;
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(RECONNECT_MAX_MS, this.reconnectDelayMs * 2);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        console.error(`Vigie live feed: reconnecting to PostgreSQL failed (${error instanceof Error ? error.message : String(error)}); retrying.`);
        this.lost(this.client);
      });
    }, delay);
    this.reconnectTimer.unref();
  }
}
