/**
 * Live updates, write to delivery (`npm run bench -- live`). Process A is this one (the real app on a
 * fresh database); a subscriber listens on process B, a second Vigie started from sources over the
 * same server database (LISTEN/NOTIFY). 100 pole writes through A's API, one at a time; for each, the
 * time from sending the mutation to the event reaching B's subscriber, and from the commit (the event's
 * occurredAt, same machine clock) to delivery. Reference in the same run: a subscriber on A itself.
 * Target: p95 within 1 s on the other process. The embedded database serves one process: only the
 * same-process figure is measured there.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createVigieApp } from '../../backend/src/bootstrap';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { createAccount } from '../../backend/src/users/user-accounts';
import { createTestDatabase, databaseMode } from '../support/test-database';
import { liveClient, type LiveSubscription } from '../support/live-client';
import { startVigieProcess, type VigieProcess } from '../support/vigie-process';

const EVENTS = 100;
const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}
const summary = (values: number[]) => `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))}`;

type Change = { recordChanges: { entityId: string; occurredAt: string } };

export async function runLiveBenchmarks(log: (line: string) => void): Promise<void> {
  const jwtSecret = randomBytes(32).toString('base64url');
  const database = await createTestDatabase({ jwtSecret, allowAnonymousRead: false });
  const app = await createVigieApp(database.config);
  let processB: VigieProcess | null = null;
  const disposers: (() => Promise<void>)[] = [];
  try {
    await app.listen(0, '127.0.0.1');
    const baseUrlA = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const user = await app.get(DataSource).transaction((manager) =>
      createAccount(manager, { email: 'bench-live@bench.vigie', name: 'Bench engineer', role: 'engineer', password: 'bench live engineer password' }),
    );
    const token = (await app.get(AuthTokens, { strict: false }).signAccessToken(user)).token;
    const params = { authorization: `Bearer ${token}` };

    let sequence = 0;
    const writePole = async (): Promise<{ id: string; sentAt: number }> => {
      const index = sequence++;
      const sentAt = performance.now();
      const response = await fetch(`${baseUrlA}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: params.authorization },
        body: JSON.stringify({
          query: 'mutation($i: CreatePoleInput!) { createPole(input: $i) { id } }',
          variables: { i: { code: `LIVE-BENCH-${index}`, kind: 'street_light', heightMeters: 8, location: { type: 'Point', coordinates: [-5.0 + (index % 50) * 0.0002, 34.04 + Math.floor(index / 50) * 0.0002] } } },
        }),
      });
      const body = (await response.json()) as { data?: { createPole: { id: string } }; errors?: unknown[] };
      if (!body.data) throw new Error(`createPole failed: ${JSON.stringify(body.errors)}`);
      return { id: body.data.createPole.id, sentAt };
    };

    /** 100 writes one after the other, each waited for on the subscriber; latencies from send and from commit. */
    const measure = async (subscription: LiveSubscription<Change>) => {
      // Warm up and make sure the subscription is in place: write until the subscriber hears one.
      for (let attempt = 0; attempt < 40; attempt++) {
        await writePole();
        if (await subscription.next(500).then(() => true, () => false)) break;
      }
      // Drain what the warm-up left.
      while (await subscription.next(300).then(() => true, () => false));
      const fromSend: number[] = [];
      const fromCommit: number[] = [];
      for (let index = 0; index < EVENTS; index++) {
        const write = writePole();
        const { sentAt, id } = await write;
        for (;;) {
          const result = await subscription.next(5_000);
          if (result.data?.recordChanges.entityId !== id) continue;
          fromSend.push(performance.now() - sentAt);
          fromCommit.push(Date.now() - Date.parse(result.data.recordChanges.occurredAt));
          break;
        }
      }
      return { fromSend, fromCommit };
    };
    const subscribe = (baseUrl: string) => {
      const client = liveClient(baseUrl, params);
      disposers.push(() => client.dispose());
      return client.subscribe<Change>('subscription { recordChanges(entityTypes: ["Pole"]) { entityId occurredAt } }');
    };

    const same = await measure(subscribe(baseUrlA));
    log(`same process (reference, ${databaseMode() === 'server' ? 'LISTEN/NOTIFY' : 'in memory'}), ${EVENTS} writes:`);
    log(`  request sent -> delivered: ${summary(same.fromSend)}`);
    log(`  commit -> delivered:       ${summary(same.fromCommit)}`);

    if (databaseMode() !== 'server') {
      log('other process: not measured: the embedded database serves one process (set DATABASE_URL).');
      return;
    }
    processB = await startVigieProcess({ databaseUrl: database.config.databaseUrl!, jwtSecret });
    const other = await measure(subscribe(processB.baseUrl));
    log(`other process (B, LISTEN/NOTIFY over one server), ${EVENTS} writes through A:`);
    log(`  request sent -> delivered: ${summary(other.fromSend)}`);
    log(`  commit -> delivered:       ${summary(other.fromCommit)}  (target p95 <= 1,000 ms: ${percentile(other.fromSend, 0.95) <= 1_000 ? 'met' : 'NOT met'})`);
  } finally {
    for (const dispose of disposers) await dispose().catch(() => undefined);
    await processB?.stop();
    await app.close();
    await database.dispose();
  }
}
