import type { EntityManager } from 'typeorm';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, newBuilding, newCameraModel, newPole, point, rectangle, validInputs } from '../support/factories';
import { openChangeSet } from '../../backend/src/common/audit/change-set-context';
import { CamerasService } from '../../backend/src/cameras/cameras.service';
import { PolesService } from '../../backend/src/poles/poles.service';
import { BuildingsService } from '../../backend/src/buildings/buildings.service';

/**
 * Change sets: what an import or the optimiser writes in one transaction is undone as one unit.
 *
 *     pole P (9 m → 11 m)   camera C created on P, looking east
 *        P ─────▶ C's field of view
 *        [B] building deleted in the same set
 *
 * Undo: C gone (with its coverage), P back to 9 m, B back with its id and footprint; all or nothing.
 */
let app: TestApp;
let cameras: CamerasService;
let poles: PolesService;
let buildings: BuildingsService;
beforeAll(async () => {
  app = await startTestApp();
  cameras = app.app.get(CamerasService);
  poles = app.app.get(PolesService);
  buildings = app.app.get(BuildingsService);
});
afterAll(async () => {
  await app?.close();
});

const inChangeSet = (label: string, work: (manager: EntityManager) => Promise<void>) =>
  app.dataSource.transaction(async (manager) => {
    const set = await openChangeSet(manager, { kind: 'import', label });
    await work(manager);
    return set.id;
  });

const UNDO = 'mutation($id: ID!) { undoChangeSet(id: $id) { id label undoneAt undoneByEmail undoneByChangeSetId entryCount } }';

it('groups the writes of one transaction and undoes them all, derived coverage included', async () => {
  const model = await newCameraModel(app);
  const pole = await newPole(app, { location: point(2000, 0), heightMeters: 9 });
  const building = await newBuilding(app, { footprint: rectangle(2030, 10, 2045, 25), heightMeters: 12 });
  let cameraId = '';
  const setId = await inChangeSet('poles.geojson', async (manager) => {
    const camera = await cameras.createWithin(manager, { ...validInputs.Camera(), location: point(2000, 0), poleId: pole.id, modelId: model.id } as never);
    cameraId = camera.id;
    await poles.updateWithin(manager, { id: pole.id, version: pole.version, heightMeters: 11 } as never);
    await buildings.deleteWithin(manager, building.id, building.version);
  });

  const entries = await app.dataSource.query('SELECT action, entity_type FROM audit_entry WHERE change_set_id = $1 ORDER BY id', [setId]);
  expect(entries).toEqual([
    { action: 'create', entity_type: 'Camera' },
    { action: 'update', entity_type: 'Pole' },
    { action: 'delete', entity_type: 'Building' },
  ]);
  const [{ coverages }] = await app.dataSource.query('SELECT count(*)::int AS coverages FROM camera_coverage WHERE camera_id = $1', [cameraId]);
  expect(coverages).toBeGreaterThan(0);
  const listed = await app.ok('{ changeSets(kind: "import") { totalCount nodes { id label kind entryCount undoneAt } } }');
  expect(listed.changeSets.nodes).toContainEqual({ id: setId, label: 'poles.geojson', kind: 'import', entryCount: 3, undoneAt: null });

  const { undoChangeSet } = await app.ok(UNDO, { id: setId });
  expect(undoChangeSet).toMatchObject({ id: setId, undoneByEmail: app.users.engineer.email, entryCount: 3 });
  expect(undoChangeSet.undoneAt).not.toBeNull();

  const [camera] = await app.dataSource.query('SELECT id FROM camera WHERE id = $1', [cameraId]);
  expect(camera).toBeUndefined();
  const [{ leftCoverages }] = await app.dataSource.query('SELECT count(*)::int AS "leftCoverages" FROM camera_coverage WHERE camera_id = $1', [cameraId]);
  expect(leftCoverages).toBe(0);
  const restoredPole = await app.ok('query($id: ID!) { pole(id: $id) { heightMeters } }', { id: pole.id });
  expect(restoredPole.pole.heightMeters).toBe(9);
  const restoredBuilding = await app.ok('query($id: ID!) { building(id: $id) { id heightMeters footprint } }', { id: building.id });
  expect(restoredBuilding.building).toMatchObject({ id: building.id, heightMeters: 12 });
  expect(restoredBuilding.building.footprint.coordinates[0][0]).toHaveLength(5);

  // The undo is itself one change set, with one entry per revert, by the engineer.
  const undoEntries = await app.dataSource.query(
    'SELECT action, entity_type, actor_email FROM audit_entry WHERE change_set_id = $1 ORDER BY id', [undoChangeSet.undoneByChangeSetId],
  );
  expect(undoEntries).toEqual([
    { action: 'create', entity_type: 'Building', actor_email: app.users.engineer.email },
    { action: 'update', entity_type: 'Pole', actor_email: app.users.engineer.email },
    { action: 'delete', entity_type: 'Camera', actor_email: app.users.engineer.email },
  ]);

  const again = await app.graphql(UNDO, { id: setId });
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(again.errors?.[0].message).toMatch(/already undone/);
  const undoOfUndo = await app.graphql(UNDO, { id: undoChangeSet.undoneByChangeSetId });
  expect(undoOfUndo.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

it('refuses, changing nothing, when a record of the set changed since', async () => {
  const model = await newCameraModel(app);
  const pole = await newPole(app, { location: point(3000, 0) });
  let firstId = '';
  let secondId = '';
  const setId = await inChangeSet('two cameras', async (manager) => {
    firstId = (await cameras.createWithin(manager, { ...validInputs.Camera(), location: point(3000, 0), modelId: model.id } as never)).id;
    secondId = (await cameras.createWithin(manager, { ...validInputs.Camera(), location: point(3010, 0), poleId: pole.id, modelId: model.id } as never)).id;
  });
  await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { version } }', { input: { id: firstId, version: 1, headingDegrees: 10 } });

  const before = await databaseFingerprint(app);
  const refused = await app.graphql(UNDO, { id: setId });
  expect(refused.errors?.[0].extensions?.code).toBe('STALE_VERSION');
  expect(refused.errors?.[0].message).toContain(firstId);
  expect(await databaseFingerprint(app)).toBe(before);
  const [{ cameras: left }] = await app.dataSource.query('SELECT count(*)::int AS cameras FROM camera WHERE id IN ($1, $2)', [firstId, secondId]);
  expect(left).toBe(2);
  const [{ undoSets }] = await app.dataSource.query("SELECT count(*)::int AS \"undoSets\" FROM change_set WHERE kind = 'undo' AND label = 'Undo: two cameras'");
  expect(undoSets).toBe(0);
});

it('is for planners, and names what it cannot find', async () => {
  const setId = await inChangeSet('one pole', async (manager) => {
    await poles.createWithin(manager, { ...validInputs.Pole(), location: point(4000, 0) } as never);
  });
  for (const role of ['viewer', 'contractor', 'maintenance'] as const) {
    const refused = await app.as(role).graphql(UNDO, { id: setId });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const unknown = await app.graphql(UNDO, { id: '00000000-0000-4000-8000-000000000000' });
  expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'ChangeSet' });
  await expect(app.dataSource.transaction(async (manager) => {
    await openChangeSet(manager, { kind: 'import', label: 'first' });
    await openChangeSet(manager, { kind: 'import', label: 'second' });
  })).rejects.toThrow(/already has a change set/);
  await expect(openChangeSet(app.dataSource.manager, { kind: 'import', label: 'outside' })).rejects.toThrow(/needs a transaction/);
});
