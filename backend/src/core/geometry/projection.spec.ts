import {
  FES_PROJECTED_EPSG,
  createUtmProjection,
  projectMultiPolygon,
  projectPolygon,
  unprojectMultiPolygon,
  unprojectPolygon,
  utmEpsgForLongitude,
} from './projection';
import { regionArea } from './planar';

// Bab Boujloud, Fes medina.
const BAB_BOUJLOUD: [number, number] = [-4.98358, 34.06178];

describe('utmEpsgForLongitude', () => {
  it.each([
    ['Fes', -4.98, 34.06, 32630],
    ['Munich', 11.57, 48.14, 32632],
    ['a zone edge (6 E starts zone 32)', 6, 45, 32632],
    ['the antimeridian', 180, 10, 32601],
    ['Sydney (south)', 151.2, -33.9, 32756],
  ])('%s -> EPSG:%p', (_place, longitude, latitude, expected) => {
    expect(utmEpsgForLongitude(longitude as number, latitude as number)).toBe(expected);
  });
});

describe('createUtmProjection', () => {
  const projection = createUtmProjection();

  it('defaults to UTM 30N for Fes and gives plausible metres', () => {
    expect(projection.epsg).toBe(FES_PROJECTED_EPSG);
    const point = projection.toMeters(BAB_BOUJLOUD);
    // Fes is west of the zone's central meridian (3 W), so easting < 500 km; northing ~3.77e6 m.
    expect(point.x).toBeGreaterThan(300_000);
    expect(point.x).toBeLessThan(500_000);
    expect(point.y).toBeGreaterThan(3_700_000);
    expect(point.y).toBeLessThan(3_800_000);
  });

  it('round-trips a position to within a millimetre-equivalent', () => {
    const back = projection.toLonLat(projection.toMeters(BAB_BOUJLOUD));
    expect(back[0]).toBeCloseTo(BAB_BOUJLOUD[0], 9);
    expect(back[1]).toBeCloseTo(BAB_BOUJLOUD[1], 9);
  });

  it('measures true metres: 0.001 degree of latitude is about 111 m', () => {
    const south = projection.toMeters(BAB_BOUJLOUD);
    const north = projection.toMeters([BAB_BOUJLOUD[0], BAB_BOUJLOUD[1] + 0.001]);
    expect(Math.hypot(north.x - south.x, north.y - south.y)).toBeCloseTo(110.9, 0);
  });

  it('rejects codes that are not UTM zones', () => {
    expect(() => createUtmProjection(3857)).toThrow(/not a WGS84 UTM zone/);
  });
});

describe('polygons and multipolygons', () => {
  const projection = createUtmProjection();
  const [lon, lat] = BAB_BOUJLOUD;
  // A ~100 m x ~111 m block, closed as GeoJSON requires.
  const square = [
    [lon, lat], [lon + 0.001084, lat], [lon + 0.001084, lat + 0.001], [lon, lat + 0.001], [lon, lat],
  ];

  it('drops the closing position in metres and restores it in GeoJSON', () => {
    const rings = projectPolygon({ type: 'Polygon', coordinates: [square] }, projection);
    expect(rings[0]).toHaveLength(4);
    expect(Math.abs(regionArea(rings))).toBeGreaterThan(100 * 110 * 0.98);
    expect(Math.abs(regionArea(rings))).toBeLessThan(100 * 111 * 1.02);
    const back = unprojectPolygon(rings, projection);
    expect(back.coordinates[0]).toHaveLength(5);
    expect(back.coordinates[0][4]).toEqual(back.coordinates[0][0]);
    expect(back.coordinates[0][2][0]).toBeCloseTo(square[2][0], 9);
  });

  it('keeps multipolygon structure (polygons, rings) through a round trip', () => {
    const multi = { type: 'MultiPolygon' as const, coordinates: [[square], [square.map(([x, y]) => [x + 0.01, y])]] };
    const projected = projectMultiPolygon(multi, projection);
    expect(projected).toHaveLength(2);
    const back = unprojectMultiPolygon(projected, projection);
    expect(back.type).toBe('MultiPolygon');
    expect(back.coordinates[1][0][0][0]).toBeCloseTo(lon + 0.01, 9);
  });
});
