import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  line, newBlackSpot, newBuilding, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed,
  newPowerSource, newZone, point, rectangle, tableCounts,
} from '../support/factories';

/**
 * Every type through the same life: create, fetch, list (bbox, pagination, total), update with its
 * version, stale update refused, delete. Then what is particular: relations and IN_USE.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface TypeCase {
  typeName: string;
  plural: string;
  create: (app: TestApp, at: { east: number; north: number }) => Promise<{ id: string; version: number }>;
  change: Record<string, unknown>;
  read: string;
}

const cases: TypeCase[] = [
  { typeName: 'Zone', plural: 'zones', create: (a, at) => newZone(a, { boundary: rectangle(at.east, at.north, at.east + 50, at.north + 50) }), change: { name: 'Renamed' }, read: 'name' },
  { typeName: 'Pole', plural: 'poles', create: (a, at) => newPole(a, { location: point(at.east, at.north) }), change: { heightMeters: 11.5 }, read: 'heightMeters' },
  { typeName: 'Camera', plural: 'cameras', create: (a, at) => newCamera(a, { location: point(at.east, at.north) }), change: { headingDegrees: 275 }, read: 'headingDegrees' },
  { typeName: 'NetworkNode', plural: 'networkNodes', create: (a, at) => newNetworkNode(a, { location: point(at.east, at.north) }), change: { portCount: 48 }, read: 'portCount' },
  { typeName: 'FiberRun', plural: 'fiberRuns', create: (a, at) => newFiberRun(a, { path: line([at.east, at.north], [at.east + 30, at.north + 5]) }), change: { strandCount: 24 }, read: 'strandCount' },
  { typeName: 'PowerSource', plural: 'powerSources', create: (a, at) => newPowerSource(a, { location: point(at.east, at.north) }), change: { capacityWatts: 8000 }, read: 'capacityWatts' },
  { typeName: 'PowerFeed', plural: 'powerFeeds', create: (a, at) => newPowerFeed(a, { path: line([at.east, at.north], [at.east + 20, at.north]) }), change: { switched: true }, read: 'switched' },
  { typeName: 'BlackSpot', plural: 'blackSpots', create: (a, at) => newBlackSpot(a, { boundary: rectangle(at.east, at.north, at.east + 40, at.north + 30) }), change: { priority: 5 }, read: 'priority' },
  { typeName: 'Building', plural: 'buildings', create: (a, at) => newBuilding(a, { footprint: rectangle(at.east, at.north, at.east + 10, at.north + 10) }), change: { heightMeters: 21 }, read: 'heightMeters' },
];

describe.each(cases)('$typeName', ({ typeName, plural, create, change, read }) => {
  const singular = typeName.charAt(0).toLowerCase() + typeName.slice(1);

  it('is created, fetched, updated with its version and deleted', async () => {
    const created = await create(app, { east: 5000, north: 5000 });
    expect(created.version).toBe(1);
    const fetched = await app.ok(`query($id: ID!) { item: ${singular}(id: $id) { id version createdAt updatedAt } }`, { id: created.id });
    expect(fetched.item).toMatchObject({ id: created.id, version: 1 });

    const updated = await app.ok(
      `mutation($input: Update${typeName}Input!) { item: update${typeName}(input: $input) { id version ${read} } }`,
      { input: { id: created.id, version: 1, ...change } },
    );
    expect(updated.item.version).toBe(2);
    expect(updated.item[read]).toEqual(Object.values(change)[0]);

    const stale = await app.graphql(
      `mutation($input: Update${typeName}Input!) { item: update${typeName}(input: $input) { id } }`,
      { input: { id: created.id, version: 1, ...change } },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    expect(stale.errors?.[0].message).toMatch(/changed by someone else.*Reload/);

    const staleDelete = await app.graphql(`mutation($id: ID!) { delete${typeName}(id: $id, version: 1) { id } }`, { id: created.id });
    expect(staleDelete.errors?.[0].extensions?.code).toBe('STALE_VERSION');

    await app.ok(`mutation($id: ID!) { delete${typeName}(id: $id, version: 2) { id } }`, { id: created.id });
    const gone = await app.graphql(`query($id: ID!) { item: ${singular}(id: $id) { id } }`, { id: created.id });
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists by bounding box with cursor pagination and a total count', async () => {
    // Three records in a far corner, one elsewhere: the box holds exactly the three.
    const inside = [];
    for (let index = 0; index < 3; index++) inside.push(await create(app, { east: -8000 + index * 100, north: -8000 }));
    await create(app, { east: 9000, north: 9000 });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await app.ok(
        `query($filter: ${typeName}Filter, $after: String) { list: ${plural}(filter: $filter, first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }`,
        { filter: { bbox: boxAround(-8000, -8000, 400) }, after },
      );
      expect(page.list.totalCount).toBe(3);
      seen.push(...page.list.nodes.map((node: { id: string }) => node.id));
      after = page.list.pageInfo.hasNextPage ? page.list.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen.sort()).toEqual(inside.map((record) => record.id).sort());
  });
});

/** Counts the SQL statements TypeORM sends while `work` runs. */
async function countQueries<T>(testApp: TestApp, work: () => Promise<T>): Promise<{ result: T; count: number }> {
  const dataSource = testApp.dataSource as unknown as { logger: object };
  const original = dataSource.logger;
  let count = 0;
  dataSource.logger = new Proxy(original, {
    get: (target, property) =>
      property === 'logQuery' ? () => count++ : (target as Record<string | symbol, unknown>)[property],
  });
  try {
    return { result: await work(), count };
  } finally {
    dataSource.logger = original;
  }
}

/** [minLon, minLat, maxLon, maxLat] of a square of `half` metres around a point of the test frame. */
function boxAround(east: number, north: number, half: number): number[] {
  const southWest = point(east - half, north - half).coordinates;
  const northEast = point(east + half, north + half).coordinates;
  return [southWest[0], southWest[1], northEast[0], northEast[1]];
}

describe('relations', () => {
  it('resolve a camera\'s pole and model, a pole\'s cameras, a fiber run\'s ends, and zone counts', async () => {
    const model = await newCameraModel(app, { name: 'Relation model' });
    const pole = await newPole(app, { location: point(20_000, 0), heightMeters: 10 });
    const node = await newNetworkNode(app, { location: point(20_100, 0) });
    const camera = await newCamera(app, { poleId: pole.id, modelId: model.id, location: undefined, mountHeightMeters: undefined });
    const run = await newFiberRun(app, {
      path: line([20_100, 0], [20_050, 3], [20_000, 0]),
      from: { kind: 'network_node', id: node.id },
      to: { kind: 'pole', id: pole.id },
    });
    const zone = await newZone(app, { boundary: rectangle(19_900, -100, 20_200, 100) });
    const data = await app.ok(
      `query($camera: ID!, $run: ID!, $zone: ID!) {
        camera(id: $camera) { mountHeightMeters location pole { id cameras { id } } model { name } }
        fiberRun(id: $run) { lengthMeters fromKind fromId toKind toId from { __typename ... on NetworkNode { id } } to { __typename ... on Pole { id } } }
        zone(id: $zone) { cameraCount poleCount blackSpotCount }
      }`,
      { camera: camera.id, run: run.id, zone: zone.id },
    );
    // On a pole, the camera takes the pole's place and height.
    expect(data.camera.mountHeightMeters).toBe(10);
    expect(data.camera.location.coordinates).toEqual(point(20_000, 0).coordinates);
    expect(data.camera.pole).toEqual({ id: pole.id, cameras: [{ id: camera.id }] });
    expect(data.camera.model.name).toBe('Relation model');
    expect(data.fiberRun).toMatchObject({ fromKind: 'network_node', fromId: node.id, toKind: 'pole', toId: pole.id });
    expect(data.fiberRun.from).toEqual({ __typename: 'NetworkNode', id: node.id });
    expect(data.fiberRun.to).toEqual({ __typename: 'Pole', id: pole.id });
    // Two legs of about 50.09 m, measured geodesically by PostGIS.
    expect(data.fiberRun.lengthMeters).toBeCloseTo(2 * Math.hypot(50, 3), 0);
    expect(data.zone).toEqual({ cameraCount: 1, poleCount: 1, blackSpotCount: 0 });
  });

  it('load a page of cameras with their poles and models in a bounded number of queries (no N+1)', async () => {
    const model = await newCameraModel(app);
    for (let index = 0; index < 12; index++) {
      const pole = await newPole(app, { location: point(30_000 + index * 20, 0) });
      await newCamera(app, { poleId: pole.id, modelId: model.id, location: undefined });
    }
    const queries = await countQueries(app, () =>
      app.ok(
        `query($filter: CameraFilter) { cameras(filter: $filter, first: 50) { nodes { id pole { id cameras { id } } model { id } horizontalFieldOfViewDegrees } } }`,
        { filter: { bbox: boxAround(30_100, 0, 200) } },
      ),
    );
    expect(queries.result.cameras.nodes).toHaveLength(12);
    // count + page + poles + cameras by pole + models: the same whatever the page size.
    expect(queries.count).toBeLessThanOrEqual(6);
  });
});

describe('deletion while referenced', () => {
  it('refuses IN_USE for a pole carrying a camera, a model in use, a node a fiber run ends at, a source feeding', async () => {
    const pole = await newPole(app, { location: point(40_000, 0) });
    const camera = await newCamera(app, { poleId: pole.id });
    const cameraRow = await app.ok(`query($id: ID!) { camera(id: $id) { modelId } }`, { id: camera.id });
    const node = await newNetworkNode(app, { location: point(40_100, 0) });
    await newFiberRun(app, { path: line([40_100, 0], [40_000, 0]), from: { kind: 'network_node', id: node.id } });
    const source = await newPowerSource(app, { location: point(40_000, 50) });
    await newPowerFeed(app, { path: line([40_000, 50], [40_000, 0]), fromPowerSourceId: source.id, to: { kind: 'pole', id: pole.id } });
    const before = await tableCounts(app);
    const attempts = [
      ['Pole', pole.id, /1 cameras, 1 power feeds/],
      ['CameraModel', cameraRow.camera.modelId, /1 cameras/],
      ['NetworkNode', node.id, /1 fiber runs/],
      ['PowerSource', source.id, /1 power feeds/],
    ] as const;
    for (const [typeName, id, message] of attempts) {
      const result = await app.graphql(`mutation($id: ID!) { delete${typeName}(id: $id, version: 1) { id } }`, { id });
      expect(result.errors?.[0].extensions?.code).toBe('IN_USE');
      expect(result.errors?.[0].message).toMatch(message);
    }
    expect(await tableCounts(app)).toEqual(before);
  });
});
