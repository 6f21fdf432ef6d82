import type { AddressInfo } from 'node:net';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import { PERMISSIONS } from '../../backend/src/auth/permissions';
import { recordAudit } from '../../backend/src/common/audit/audit-writer';
import { LIVE_PUBSUB } from '../../backend/src/live/live.tokens';
import { LIVE_TRIGGERS, type LivePubSub } from '../../backend/src/live/live-pubsub';
import { liveClient, rawConnectionOutcome, type LiveTestClient } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { databaseMode } from '../support/test-database';
import { newPole, newZone, point, uniqueCode } from '../support/factories';

/**
 * Live updates over a real WebSocket (graphql-ws on /graphql): an audited write reaches subscribers
 * only once committed, with the right fields; a rolled-back one never; the handshake checks the token
 * as HTTP does, and the permission matrix covers Subscription fields. Embedded and server alike
 * (in memory on the embedded database, LISTEN/NOTIFY on the server).
 */
let app: TestApp;
let baseUrl: string;
let pubsub: LivePubSub;
const clients: LiveTestClient[] = [];

beforeAll(async () => {
  app = await startTestApp({ allowAnonymousRead: true });
  await app.app.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
  pubsub = app.app.get(LIVE_PUBSUB, { strict: false });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await app?.close();
});

const tokenFor = async (role: keyof TestApp['users']) => (await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users[role])).token;
const connect = async (role: keyof TestApp['users'] | null) => {
  const client = liveClient(baseUrl, role ? { authorization: `Bearer ${await tokenFor(role)}` } : undefined);
  clients.push(client);
  return client;
};

/** Resolves once the server has `count` more listeners on a trigger than before (the subscription is in place). */
async function listening(trigger: string, before: number, count = 1): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (pubsub.listenerCount(trigger) < before + count) {
    if (Date.now() > deadline) throw new Error(`The subscription on ${trigger} was not in place within 5 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once the server is back to at most `count` listeners on a trigger (subscriptions ended). */
async function released(trigger: string, count: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (pubsub.listenerCount(trigger) > count) {
    if (Date.now() > deadline) throw new Error(`The subscriptions on ${trigger} were not released within 5 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const RECORD_CHANGES = `subscription($types: [String!]) {
  recordChanges(entityTypes: $types) { auditEntryId entityType entityId action version actorUserId actorRole occurredAt changedFields summary }
}`;

describe(`live updates (${databaseMode()} database, ${databaseMode() === 'server' ? 'LISTEN/NOTIFY' : 'in memory'})`, () => {
  it('delivers a committed write to another user with its fields, after the commit', async () => {
    const viewer = await connect('viewer');
    const before = pubsub.listenerCount(LIVE_TRIGGERS.record);
    const changes = viewer.subscribe(RECORD_CHANGES, { types: ['Pole'] });
    await listening(LIVE_TRIGGERS.record, before);

    const startedAt = Date.now();
    const code = uniqueCode('LIVE');
    const pole = await newPole(app, { code, location: point(40, 40) });
    const { data } = await changes.next();
    expect(data!.recordChanges).toMatchObject({
      entityType: 'Pole', entityId: pole.id, action: 'created', version: 1,
      actorUserId: app.users.engineer.id, actorRole: 'engineer',
      summary: expect.objectContaining({ code, status: 'planned' }),
    });
    expect(Number(data!.recordChanges.auditEntryId)).toBeGreaterThan(0);
    expect(data!.recordChanges.changedFields).toContain('location');
    expect(Date.parse(data!.recordChanges.occurredAt)).toBeGreaterThanOrEqual(startedAt - 1_000);

    await app.ok('mutation($i: UpdatePoleInput!) { updatePole(input: $i) { version } }', { i: { id: pole.id, version: 1, status: 'approved' } });
    const { data: updated } = await changes.next();
    expect(updated!.recordChanges).toMatchObject({ entityId: pole.id, action: 'updated', version: 2, changedFields: ['status'], summary: expect.objectContaining({ status: 'approved' }) });

    // Types the subscriber did not ask for are not sent.
    await newZone(app);
    expect(await changes.quietFor(300)).toBe(true);
    changes.dispose();
  });

  it('publishes nothing before the commit and nothing for a rolled-back write', async () => {
    const engineer = await connect('engineer');
    const before = pubsub.listenerCount(LIVE_TRIGGERS.record);
    const changes = engineer.subscribe(RECORD_CHANGES, { types: ['Zone'] });
    await listening(LIVE_TRIGGERS.record, before);
    const zone = await newZone(app);
    expect((await changes.next()).data!.recordChanges.entityId).toBe(zone.id);

    // A write that is audited and then rolled back: no event, ever.
    await expect(
      app.dataSource.transaction(async (manager) => {
        await manager.query('UPDATE zone SET name = $1, version = version + 1 WHERE id = $2', ['Rolled back', zone.id]);
        await recordAudit(manager, { action: 'update', entityType: 'Zone', entityId: zone.id, before: { name: 'x' }, after: { name: 'Rolled back', version: 2 } });
        throw new Error('refused after the audit entry');
      }),
    ).rejects.toThrow('refused after the audit entry');

    // A savepoint rolled back inside a transaction that commits: only the kept write is told.
    await app.dataSource.transaction(async (manager) => {
      await manager
        .transaction(async (inner) => {
          await recordAudit(inner, { action: 'update', entityType: 'Zone', entityId: zone.id, before: { name: 'x' }, after: { name: 'Savepoint undone', version: 2 } });
          throw new Error('savepoint refused');
        })
        .catch(() => undefined);
      await recordAudit(manager, { action: 'update', entityType: 'Zone', entityId: zone.id, before: { name: 'x' }, after: { name: 'Kept', version: 2 } });
    });
    expect((await changes.next()).data!.recordChanges.summary).toEqual({ name: 'Kept' });

    // A write held open: nothing while it is uncommitted, its event once it commits.
    let commit!: () => void;
    const held = app.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE zone SET name = $1, version = version + 1 WHERE id = $2', ['Committed', zone.id]);
      await recordAudit(manager, { action: 'update', entityType: 'Zone', entityId: zone.id, before: { name: 'x' }, after: { name: 'Committed', version: 2 } });
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await changes.quietFor(400)).toBe(true);
    commit();
    await held;
    const { data } = await changes.next();
    expect(data!.recordChanges).toMatchObject({ entityId: zone.id, action: 'updated', summary: { name: 'Committed' } });
    expect(changes.results).toHaveLength(3);
    changes.dispose();
  });

  it('tells when the coverage revision moves, so maps refresh analyses', async () => {
    const viewer = await connect('viewer');
    const before = pubsub.listenerCount(LIVE_TRIGGERS.revisions);
    const revisions = viewer.subscribe('subscription { dataRevisions { coverage network street resync } }');
    await listening(LIVE_TRIGGERS.revisions, before);
    const [{ revision: was }] = await app.dataSource.query(`SELECT revision::text AS revision FROM data_revision WHERE name = 'coverage'`);
    await newZone(app);
    const { data } = await revisions.next();
    const [{ revision: now }] = await app.dataSource.query(`SELECT revision::text AS revision FROM data_revision WHERE name = 'coverage'`);
    expect(BigInt(now)).toBeGreaterThan(BigInt(was));
    expect(data!.dataRevisions).toMatchObject({ coverage: now, resync: false });
    revisions.dispose();
  });

  it('tells when the maintenance revision moves, and who moved it, so fault lists and the control centre refresh', async () => {
    const viewer = await connect('viewer');
    const before = pubsub.listenerCount(LIVE_TRIGGERS.revisions);
    const revisions = viewer.subscribe('subscription { dataRevisions { maintenance installation actorUserId resync } }');
    await listening(LIVE_TRIGGERS.revisions, before);
    await app.as('maintenance').ok(`mutation($input: LogFaultInput!) { logFault(input: $input) { id } }`, {
      input: { category: 'other', description: 'Revision check', channel: 'control_centre', location: point(30, 40) },
    });
    const { data } = await revisions.next();
    const [{ revision }] = await app.dataSource.query(`SELECT revision::text AS revision FROM data_revision WHERE name = 'maintenance'`);
    expect(data!.dataRevisions).toMatchObject({ maintenance: revision, actorUserId: app.users.maintenance.id, resync: false });
    expect(data!.dataRevisions.installation).toMatch(/^\d+$/);
    revisions.dispose();
  });

  it('uses LISTEN/NOTIFY on a server and memory on the embedded database', () => {
    expect(pubsub.kind).toBe(databaseMode() === 'server' ? 'postgres' : 'memory');
  });

  it('refuses a bad or expired token with 4403 and lets anonymous visitors in when anonymous reading is on', async () => {
    expect(await rawConnectionOutcome(baseUrl, { authorization: 'Bearer not-a-token' })).toMatchObject({ acknowledged: false, code: 4403 });
    const expired = (await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.viewer, new Date(Date.now() - 60_000))).token;
    expect(await rawConnectionOutcome(baseUrl, { authorization: `Bearer ${expired}` })).toMatchObject({ acknowledged: false, code: 4403 });
    expect(await rawConnectionOutcome(baseUrl, { authorization: `Bearer ${await tokenFor('viewer')}` })).toEqual({ acknowledged: true });
    // This app lets anonymous visitors read (outside production): they may subscribe read-only.
    expect(await rawConnectionOutcome(baseUrl, undefined)).toEqual({ acknowledged: true });
  });

  it('closes the socket with 4403 when the access token expires', async () => {
    const soon = (await app.app.get(AuthTokens, { strict: false }).signAccessToken(app.users.viewer, new Date(Date.now() + 1_500))).token;
    const client = liveClient(baseUrl, { authorization: `Bearer ${soon}` });
    clients.push(client);
    client.subscribe(RECORD_CHANGES);
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/expired/);
  });

  it('checks the permission matrix per Subscription field and the request limits', async () => {
    const viewer = await connect('viewer');
    const audit = viewer.subscribe('subscription { auditEntryRecorded { id } }');
    const refused = await audit.next();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anonymous = await connect(null);
    const anonymousAudit = anonymous.subscribe('subscription { auditEntryRecorded { id } }');
    expect((await anonymousAudit.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A field with no entry is refused for everyone, the admin included.
    const admin = await connect('admin');
    const entry = (PERMISSIONS as Record<string, unknown>)['Subscription.dataRevisions'];
    delete (PERMISSIONS as Record<string, unknown>)['Subscription.dataRevisions'];
    try {
      const unlisted = admin.subscribe('subscription { dataRevisions { coverage } }');
      const result = await unlisted.next();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toMatch(/no entry in the permission matrix/);
    } finally {
      (PERMISSIONS as Record<string, unknown>)['Subscription.dataRevisions'] = entry;
    }

    // The admin's live audit trail gives the whole entry.
    const before = pubsub.listenerCount(LIVE_TRIGGERS.record);
    const trail = admin.subscribe('subscription { auditEntryRecorded(entityTypes: ["Zone"]) { id entityType action after } }');
    await listening(LIVE_TRIGGERS.record, before);
    const zone = await newZone(app, { name: 'Audited live' });
    const { data } = await trail.next();
    expect(data!.auditEntryRecorded).toMatchObject({ entityType: 'Zone', action: 'create', after: expect.objectContaining({ id: zone.id, name: 'Audited live' }) });
    trail.dispose();

    // The limits of HTTP apply to subscription documents.
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: entityType`).join(' ');
    const tooMany = viewer.subscribe(`subscription { recordChanges { ${aliases} } }`);
    expect((await tooMany.next()).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const invalid = viewer.subscribe('subscription { recordChanges { noSuchField } }');
    expect((await invalid.next()).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // At most 20 subscriptions held on one connection.
    const crowd = await connect('viewer');
    const base = pubsub.listenerCount(LIVE_TRIGGERS.revisions);
    const held = Array.from({ length: 21 }, () => crowd.subscribe('subscription { dataRevisions { coverage } }'));
    expect((await held[20].next()).errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', maxSubscriptions: 20 } });
    expect(held[19].results).toEqual([]);
    held.forEach((subscription) => subscription.dispose());
    // The server lets go of them asynchronously: wait, so the next test counts its own listeners only.
    await released(LIVE_TRIGGERS.revisions, base);
  });

  (databaseMode() === 'server' ? it : it.skip)('listens again after losing its PostgreSQL connection, and tells subscribers to resync', async () => {
    const viewer = await connect('viewer');
    const beforeRevisions = pubsub.listenerCount(LIVE_TRIGGERS.revisions);
    const beforeRecords = pubsub.listenerCount(LIVE_TRIGGERS.record);
    const revisions = viewer.subscribe('subscription { dataRevisions { coverage resync } }');
    const changes = viewer.subscribe(RECORD_CHANGES, { types: ['Zone'] });
    await listening(LIVE_TRIGGERS.revisions, beforeRevisions);
    await listening(LIVE_TRIGGERS.record, beforeRecords);
    // As a server restart or a network cut would: this database's LISTEN session is ended.
    const [{ ended }] = await app.dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE application_name = 'vigie-live' AND datname = current_database()`,
    );
    expect(ended).toBe(1);
    const { data } = await revisions.next(10_000);
    expect(data!.dataRevisions).toEqual({ coverage: null, resync: true });
    const zone = await newZone(app);
    expect((await changes.next()).data!.recordChanges.entityId).toBe(zone.id);
  });

  it('tells each role only of the types it may read', async () => {
    const viewer = await connect('viewer');
    const admin = await connect('admin');
    const before = pubsub.listenerCount(LIVE_TRIGGERS.record);
    const viewerChanges = viewer.subscribe(RECORD_CHANGES, { types: ['User', 'Zone'] });
    const adminChanges = admin.subscribe(RECORD_CHANGES, { types: ['User', 'Zone'] });
    await listening(LIVE_TRIGGERS.record, before, 2);
    await app.as('admin').ok('mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }', { i: { id: app.users.contractor.id, version: 1, name: 'Renamed live' } });
    const zone = await newZone(app);
    expect((await adminChanges.next()).data!.recordChanges).toMatchObject({ entityType: 'User', entityId: app.users.contractor.id });
    expect((await adminChanges.next()).data!.recordChanges.entityId).toBe(zone.id);
    // The viewer may not read users: its first event is the zone.
    expect((await viewerChanges.next()).data!.recordChanges).toMatchObject({ entityType: 'Zone', entityId: zone.id });
  });
});
