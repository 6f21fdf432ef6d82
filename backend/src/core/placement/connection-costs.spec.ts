import type { LineString, Position } from 'geojson';
import { buildStreetNetwork, prepareRoutingTargets } from '../network/street-routing';
import { createUtmProjection } from '../geometry/projection';
import { cheapestConnection, priceStreetNetwork, type CablePrices } from './connection-costs';

const projection = createUtmProjection(32630);
const origin = projection.toMeters([-5.0, 34.04]);
/** [lon, lat] of a point east/north metres from the origin, rounded like stored coordinates. */
const at = (east: number, north: number): Position => projection.toLonLat({ x: origin.x + east, y: origin.y + north }).map((v) => Number(v.toFixed(7)));
const line = (...points: [number, number][]): LineString => ({ type: 'LineString', coordinates: points.map(([e, n]) => at(e, n)) });

// Fiber as the Vigie bill prices it: G.652D 14 + trench 280 = 294 MAD/m; pulled in a duct 14 + 25 = 39; splicing 2 x 700.
const FIBER: CablePrices = { trenchMadPerMeter: 294, ductMadPerMeter: 39, fixedMad: 1400 };

describe('connection costs along streets, ducts priced as ducts', () => {
  // S (0,0) to T (200,0) straight along one street; a detour S -> (0,100) -> (200,100) -> T of 400 m.
  const streets = [line([0, 0], [100, 0], [200, 0]), line([0, 0], [0, 100], [200, 100], [200, 0])];
  const base = buildStreetNetwork(streets, projection);
  const target = [{ id: 'T', location: at(200, 0), kind: 'cabinet' }];

  it('with no duct: the shortest route at the trench price plus splicing (200 m: 200 x 294 + 1,400 MAD)', () => {
    const priced = priceStreetNetwork(base, [], FIBER);
    const route = cheapestConnection(priced, at(0, 0), prepareRoutingTargets(priced.network, target));
    expect(route.status).toBe('found');
    if (route.status !== 'found') return;
    expect(route.lengthMeters).toBeCloseTo(200, 1);
    expect(route.ductMeters).toBeCloseTo(0, 6);
    expect(route.costMad).toBeCloseTo(200 * 294 + 1400, -1);
  });

  it('a duct along half of the straight street: 100 m trench + 100 m duct', () => {
    const priced = priceStreetNetwork(base, [line([100, 1], [200, 1])], FIBER);
    expect([...priced.alongDuct].filter(Boolean)).toHaveLength(1);
    const route = cheapestConnection(priced, at(0, 0), prepareRoutingTargets(priced.network, target));
    if (route.status !== 'found') throw new Error('no route');
    expect(route.lengthMeters).toBeCloseTo(200, 1);
    expect(route.ductMeters).toBeCloseTo(100, 1);
    expect(route.costMad).toBeCloseTo(100 * 294 + 100 * 39 + 1400, -1);
  });

  it('a duct along the whole detour makes the longer route the cheaper one (400 m in ducts: 400 x 39 + 1,400 < 200 x 294)', () => {
    const priced = priceStreetNetwork(base, [line([0, 0], [0, 100], [200, 100], [200, 0])], FIBER);
    const route = cheapestConnection(priced, at(0, 0), prepareRoutingTargets(priced.network, target));
    if (route.status !== 'found') throw new Error('no route');
    expect(route.lengthMeters).toBeCloseTo(400, 1);
    expect(route.ductMeters).toBeCloseTo(400, 1);
    expect(route.costMad).toBeCloseTo(400 * 39 + 1400, -1);
    // The path goes round by the north street.
    expect(route.path.coordinates.some((p) => Math.abs(projection.toMeters(p).y - origin.y - 100) < 0.5)).toBe(true);
  });

  it('access from off the street is trenched: a start 30 m south of the street pays 30 m more', () => {
    const priced = priceStreetNetwork(base, [], FIBER);
    const route = cheapestConnection(priced, at(50, -30), prepareRoutingTargets(priced.network, target));
    if (route.status !== 'found') throw new Error('no route');
    expect(route.lengthMeters).toBeCloseTo(30 + 150, 1);
    expect(route.costMad).toBeCloseTo(180 * 294 + 1400, -1);
  });

  it('says no route when nothing is within reach of the streets', () => {
    const priced = priceStreetNetwork(base, [], FIBER);
    expect(cheapestConnection(priced, at(5000, 5000), prepareRoutingTargets(priced.network, target)).status).toBe('no_route');
    expect(cheapestConnection(priced, at(0, 0), prepareRoutingTargets(priced.network, [])).status).toBe('no_route');
  });
});
