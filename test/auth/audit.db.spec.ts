import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, newPole, newUser, newZone, point, rectangle, uniqueCode } from '../support/factories';

/** Every create, update and delete leaves one append-only entry: who, when, what, before and after. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const LOG = `query($type: String!, $id: ID!, $first: Int, $after: String) {
  auditLog(entityType: $type, entityId: $id, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id at actorUserId actorEmail actorRole action entityType entityId changedFields before after }
  }
}`;

describe('audit entries', () => {
  it('records create, update and delete with before and after (geometry as GeoJSON) and the actor', async () => {
    const location = point(10, 20);
    const created = await app.ok('mutation($i: CreatePoleInput!) { createPole(input: $i) { id version } }', {
      i: { code: uniqueCode('AUD'), kind: 'street_light', heightMeters: 9, location },
    });
    const id = created.createPole.id;
    await app.ok('mutation($i: UpdatePoleInput!) { updatePole(input: $i) { version } }', { i: { id, version: 1, heightMeters: 11, location: point(12, 20) } });
    await app.as('admin').ok('mutation($id: ID!) { deletePole(id: $id, version: 2) { id } }', { id });

    const log = (await app.ok(LOG, { type: 'Pole', id })).auditLog;
    expect(log.totalCount).toBe(3);
    const [deleted, updated, createdEntry] = log.nodes;
    expect(createdEntry).toMatchObject({
      action: 'create', entityType: 'Pole', entityId: id, before: null,
      actorUserId: app.users.engineer.id, actorEmail: app.users.engineer.email, actorRole: 'engineer',
    });
    expect(createdEntry.after).toMatchObject({ id, heightMeters: 9, kind: 'street_light', location: { type: 'Point' } });
    expect(createdEntry.after.location.coordinates).toEqual(location.coordinates);
    expect(createdEntry.changedFields).toEqual(expect.arrayContaining(['heightMeters', 'location', 'code']));

    expect(updated).toMatchObject({ action: 'update', changedFields: ['heightMeters', 'location'] });
    expect(updated.before).toMatchObject({ heightMeters: 9, version: 1 });
    expect(updated.after).toMatchObject({ heightMeters: 11, version: 2 });
    expect(updated.after.location.coordinates).toEqual(point(12, 20).coordinates);

    expect(deleted).toMatchObject({ action: 'delete', after: null, actorRole: 'admin', actorUserId: app.users.admin.id });
    expect(deleted.before).toMatchObject({ id, heightMeters: 11 });
    expect(new Date(deleted.at).getTime()).toBeGreaterThanOrEqual(new Date(createdEntry.at).getTime());
  });

  it('writes no entry for a refused change', async () => {
    const zone = await newZone(app);
    const before = await databaseFingerprint(app);
    const stale = await app.graphql('mutation($i: UpdateZoneInput!) { updateZone(input: $i) { id } }', { i: { id: zone.id, version: 9, name: 'X' } });
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    const invalid = await app.graphql('mutation($i: UpdateZoneInput!) { updateZone(input: $i) { id } }', {
      i: { id: zone.id, version: 1, boundary: { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] } },
    });
    expect(invalid.errors?.[0].extensions?.code).toBe('INVALID_GEOMETRY');
    const forbidden = await app.as('viewer').graphql('mutation($i: UpdateZoneInput!) { updateZone(input: $i) { id } }', { i: { id: zone.id, version: 1, name: 'X' } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await app.ok(LOG, { type: 'Zone', id: zone.id })).auditLog.totalCount).toBe(1);
  });

  it('records account changes without any password or hash', async () => {
    const user = await newUser(app, { role: 'viewer' });
    await app.as('admin').ok('mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }', {
      i: { id: user.id, version: 1, password: 'a-brand-new-password', role: 'engineer' },
    });
    const log = (await app.as('admin').ok(LOG, { type: 'User', id: user.id })).auditLog;
    expect(log.nodes.map((entry: { action: string }) => entry.action)).toEqual(['update', 'create']);
    expect(log.nodes[0].changedFields).toEqual(['password', 'role']);
    expect(JSON.stringify(log)).not.toMatch(/argon2|passwordHash|a-brand-new-password|a-long-test-password/);
    // An engineer may not read account histories.
    expect((await app.graphql(LOG, { type: 'User', id: user.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the admin audit list', () => {
  it('filters by user, entity type and date range, newest first, with cursor pagination', async () => {
    const [{ now: startedAt }] = await app.dataSource.query('SELECT clock_timestamp() AS now');
    for (let i = 0; i < 3; i++) await newPole(app, { location: point(100 + i, 0) });
    await app.as('admin').ok('mutation($i: CreateZoneInput!) { createZone(input: $i) { id } }', {
      i: { code: uniqueCode('AZ'), name: 'By admin', boundary: rectangle(0, 0, 5, 5) },
    });
    const LIST = `query($f: AuditFilter, $first: Int, $after: String) {
      auditEntries(filter: $f, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id entityType actorUserId action at } }
    }`;
    const byEngineerPoles = { actorUserId: app.users.engineer.id, entityType: 'Pole', action: ['create'], from: startedAt.toISOString() };
    const first = (await app.as('admin').ok(LIST, { f: byEngineerPoles, first: 2 })).auditEntries;
    expect(first.totalCount).toBe(3);
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(Number(first.nodes[0].id)).toBeGreaterThan(Number(first.nodes[1].id));
    const second = (await app.as('admin').ok(LIST, { f: byEngineerPoles, first: 2, after: first.pageInfo.endCursor })).auditEntries;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const byAdmin = (await app.as('admin').ok(LIST, { f: { actorUserId: app.users.admin.id, entityType: 'Zone', from: startedAt.toISOString() } })).auditEntries;
    expect(byAdmin.totalCount).toBe(1);
    const future = (await app.as('admin').ok(LIST, { f: { from: new Date(Date.now() + 60_000).toISOString() } })).auditEntries;
    expect(future.totalCount).toBe(0);

    expect((await app.graphql(LIST, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.as('viewer').graphql(LOG, { type: 'Zone', id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('append-only in the database', () => {
  it.each([
    ['UPDATE', `UPDATE audit_entry SET actor_email = 'someone@else' WHERE id = (SELECT max(id) FROM audit_entry)`],
    ['DELETE', 'DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)'],
    ['TRUNCATE', 'TRUNCATE audit_entry'],
  ])('refuses SQL %s', async (_what, sql) => {
    await newZone(app);
    const [{ count: before }] = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_entry');
    const fingerprint = await app.dataSource.query(`SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) AS d FROM audit_entry r`);
    await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
    const [{ count: after }] = await app.dataSource.query('SELECT count(*)::int AS count FROM audit_entry');
    expect(after).toBe(before);
    expect(await app.dataSource.query(`SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) AS d FROM audit_entry r`)).toEqual(fingerprint);
  });

  it('has no mutation that changes or deletes audit entries', async () => {
    const { GraphQLSchemaHost } = await import('@nestjs/graphql');
    const mutations = Object.keys(app.app.get(GraphQLSchemaHost, { strict: false }).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});
