import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCamera, newCameraModel, newPole, point } from '../../../test/support/factories';
import { ROLES } from '../auth/permissions';
import { camerasOfColumns, type CameraMapColumns } from '../core/camera-map-columns';

/**
 * `cameraMap` (the map's columns) answers what `cameras { nodes }` answers, camera for camera, with
 * the same filters, page after page by cursor, and to the same roles.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ allowAnonymousRead: false });
  const wide = await newCameraModel(app, { code: 'MAP-WIDE', focalLengthMinMm: 2.8, focalLengthMaxMm: 12 });
  const tele = await newCameraModel(app, { code: 'MAP-TELE', fixedHorizontalFieldOfViewDegrees: 30, focalLengthMinMm: null, focalLengthMaxMm: null });
  const pole = await newPole(app, { location: point(100, 100) });
  for (let index = 0; index < 7; index++) {
    await newCamera(app, {
      modelId: index % 2 ? tele.id : wide.id,
      location: point(150 * index, 40 * index),
      headingDegrees: 33.3 * index,
      ...(index % 2 ? {} : { focalLengthMm: 3 + index }),
      ...(index === 3 ? { poleId: pole.id, name: 'Bab Boujloud north' } : {}),
      ...(index === 4 ? { status: 'commissioned' } : {}),
    });
  }
});
afterAll(async () => {
  await app?.close();
});

const NODE_FIELDS = 'id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId modelId';
const MAP_FIELDS = 'count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage';

type Columns = CameraMapColumns & { endCursor: string | null; hasNextPage: boolean };

/** GeoJSON output rounds to 9 decimals (PostGIS's default); the columns give the stored double. */
function roundedLocations(nodes: ReadonlyArray<Record<string, any>>) {
  return nodes.map((node) => ({ ...node, location: { ...node.location, coordinates: node.location.coordinates.map((value: number) => Math.round(value * 1e9) / 1e9) } }));
}

async function both(filter: Record<string, unknown> | null, client = app as Pick<TestApp, 'ok'>) {
  const listed = await client.ok<{ cameras: { nodes: Array<Record<string, any>> } }>(
    `query($filter: CameraFilter) { cameras(first: 1000, filter: $filter) { nodes { ${NODE_FIELDS} } } }`, { filter });
  const mapped = await client.ok<{ cameraMap: Columns }>(`query($filter: CameraFilter) { cameraMap(filter: $filter) { ${MAP_FIELDS} } }`, { filter });
  return { listed: listed.cameras.nodes, mapped: mapped.cameraMap };
}

describe('cameraMap', () => {
  it('gives the same cameras and values as the cameras list', async () => {
    const { listed, mapped } = await both(null);
    expect(listed.length).toBe(7);
    expect(mapped.count).toBe(7);
    expect(mapped.hasNextPage).toBe(false);
    expect(roundedLocations(camerasOfColumns(mapped))).toEqual(roundedLocations(listed));
    // The stored coordinates, which GeoJSON shows to 9 decimals.
    listed.forEach((node, index) => {
      expect(Math.abs(mapped.longitudes[index] - node.location.coordinates[0])).toBeLessThan(1e-9);
      expect(Math.abs(mapped.latitudes[index] - node.location.coordinates[1])).toBeLessThan(1e-9);
    });
    expect(mapped.names).toContain('Bab Boujloud north');
    expect(mapped.poleIds.filter(Boolean)).toHaveLength(1);
    expect(new Set(mapped.horizontalFieldOfViewDegrees).size).toBeGreaterThan(2);
  });

  it('applies the same filters (bbox, status, search)', async () => {
    const [west, south] = point(-10, -10).coordinates;
    const [east, north] = point(460, 130).coordinates;
    for (const filter of [{ bbox: [west, south, east, north] }, { status: ['commissioned'] }, { search: 'boujloud' }]) {
      const { listed, mapped } = await both(filter);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThan(7);
      expect(mapped.ids).toEqual(listed.map((node) => node.id));
    }
  });

  it('pages by cursor without repeating or losing a camera', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Columns = (await app.ok<{ cameraMap: Columns }>(`query($after: String) { cameraMap(first: 3, after: $after) { ${MAP_FIELDS} } }`, { after })).cameraMap;
      ids.push(...page.ids);
      expect(page.count).toBe(page.ids.length);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    const listed = await app.ok<{ cameras: { nodes: Array<{ id: string }> } }>('{ cameras(first: 1000) { nodes { id } } }');
    expect(ids).toEqual(listed.cameras.nodes.map((node) => node.id));
    expect((await app.graphql('{ cameraMap(first: 0) { count } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.graphql('{ cameraMap(first: 10001) { count } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is read by every role that reads cameras, and by nobody without a token', async () => {
    for (const role of ROLES) {
      const { listed, mapped } = await both(null, app.as(role));
      expect(mapped.ids).toEqual(listed.map((node) => node.id));
    }
    const anonymous = await app.anonymous().graphql('{ cameraMap { count } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous().graphql('{ cameras { totalCount } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
