import { randomBytes } from 'node:crypto';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { VIGIE_CONFIG, type VigieConfig } from '../../backend/src/config/vigie-config';
import { liveClient, rawConnectionOutcome, type LiveTestClient } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { databaseMode } from '../support/test-database';
import { startVigieProcess, type VigieProcess } from '../support/vigie-process';
import { newPole, point } from '../support/factories';

/**
 * Vigie processes over one PostgreSQL server: a write made through process A reaches subscribers
 * connected to process B (LISTEN/NOTIFY), which runs as VIGIE_WORKERS=2 (node:cluster: each worker
 * has its own LISTEN connection). Server only: the embedded database lives inside one process (its
 * directory is locked), so there is no second process to reach.
 */
const onServer = databaseMode() === 'server';
if (!onServer) console.log('two-processes.db.spec.ts: skipped on the embedded database: it serves one process only (set DATABASE_URL to run it).');
const describeOnServer = onServer ? describe : describe.skip;

let processA: TestApp;
let processB: VigieProcess;
const clients: LiveTestClient[] = [];

describeOnServer('live updates across two Vigie processes on one database server', () => {
  beforeAll(async () => {
    const jwtSecret = randomBytes(32).toString('base64url');
    processA = await startTestApp({ jwtSecret });
    processB = await startVigieProcess({ databaseUrl: processA.app.get<VigieConfig>(VIGIE_CONFIG, { strict: false }).databaseUrl!, jwtSecret, env: { VIGIE_WORKERS: '2' } });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await processB?.stop();
    await processA?.close();
  });

  it('delivers a write made through process A to a subscriber of process B', async () => {
    const token = (await processA.app.get(AuthTokens, { strict: false }).signAccessToken(processA.users.maintenance)).token;
    const client = liveClient(processB.baseUrl, { authorization: `Bearer ${token}` });
    clients.push(client);
    const changes = client.subscribe('subscription { recordChanges(entityTypes: ["Pole"]) { entityType entityId action version actorUserId } }');
    // The subscription is in place on B once a first write arrives there: write until one does.
    let first: Awaited<ReturnType<typeof changes.next>> | null = null;
    for (let attempt = 0; attempt < 20 && !first; attempt++) {
      await newPole(processA, { location: point(10 + attempt, 10) });
      first = await changes.next(500).catch(() => null);
    }
    expect(first?.data?.recordChanges).toMatchObject({ entityType: 'Pole', action: 'created', actorUserId: processA.users.engineer.id });

    const startedAt = Date.now();
    const pole = await newPole(processA, { location: point(60, 60) });
    let event = await changes.next(1_000);
    while (event.data?.recordChanges.entityId !== pole.id) event = await changes.next(1_000);
    expect(event.data!.recordChanges).toMatchObject({ entityId: pole.id, action: 'created', version: 1 });
    expect(Date.now() - startedAt).toBeLessThan(1_000);
  });

  it('holds one LISTEN connection per serving process: A and each of B\'s two workers', async () => {
    const [{ listeners }] = await processA.dataSource.query(
      `SELECT count(*)::int AS listeners FROM pg_stat_activity WHERE application_name = 'vigie-live' AND datname = current_database()`,
    );
    expect(listeners).toBe(3);
  });

  it('reaches subscribers on every worker of B', async () => {
    const token = (await processA.app.get(AuthTokens, { strict: false }).signAccessToken(processA.users.viewer)).token;
    // node:cluster hands connections to workers in turn: a few clients land on both.
    const subscriptions = Array.from({ length: 4 }, () => {
      const client = liveClient(processB.baseUrl, { authorization: `Bearer ${token}` });
      clients.push(client);
      return client.subscribe('subscription { recordChanges(entityTypes: ["Pole"]) { entityId } }');
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const pole = await newPole(processA, { location: point(80, 80) });
    for (const subscription of subscriptions) {
      let event = await subscription.next(2_000);
      while (event.data?.recordChanges.entityId !== pole.id) event = await subscription.next(2_000);
    }
  });

  it('refuses anonymous connections with 4403 where anonymous reading is off', async () => {
    expect(await rawConnectionOutcome(processB.baseUrl, undefined)).toMatchObject({ acknowledged: false, code: 4403 });
  });
});
