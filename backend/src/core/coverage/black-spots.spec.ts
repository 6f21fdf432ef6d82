import type { MultiPolygon } from 'geojson';
import { isPointInRegion, regionArea } from '../geometry/planar';
import { createUtmProjection } from '../geometry/projection';
import { newScene } from '../../../../test/support/core/scene-factories';
import { aggregateBlackSpotCoverage, BlackSpotAggregateEntry } from './aggregation';
import { analyzeBlackSpot, analyzeBlackSpots, BlackSpotInput, CoverageIndex } from './black-spots';
import { computeCameraCoverage } from './camera-coverage';
import { newCamera } from '../../../../test/support/core/coverage-factories';
import { blackSpotResultToGeoJson, cameraCoverageToGeoJson } from './geojson';

function newBlackSpot(west: number, south: number, east: number, north: number, requiredLevel = 'detection'): BlackSpotInput {
  return {
    id: 'spot-1',
    requiredLevel,
    polygon: [[{ x: west, y: south }, { x: east, y: south }, { x: east, y: north }, { x: west, y: north }]],
  };
}

describe('black-spot coverage', () => {
  //   A ---->  [ spot 10..30 x -5..5 ]  <---- B
  //   camera A covers the west part of the spot at detection, camera B the east part
  const scene = newScene();
  const cameraA = computeCameraCoverage(newCamera({ id: 'A', positionMeters: { x: 0, y: 0 } }), scene);
  const cameraB = computeCameraCoverage(newCamera({ id: 'B', positionMeters: { x: 60, y: 0 }, headingDegrees: 270 }), scene);
  const farAway = computeCameraCoverage(newCamera({ id: 'far', positionMeters: { x: 0, y: 500 } }), scene);

  it('a spot fully inside one camera\'s detection area is fully covered by it alone', () => {
    const result = analyzeBlackSpot(newBlackSpot(10, -5, 30, 5), [cameraA, farAway]);
    expect(result.areaSquareMeters).toBeCloseTo(200, 6);
    expect(result.coveredFraction).toBeCloseTo(1, 4);
    expect(result.contributingCameraIds).toEqual(['A']);
    expect(regionArea(result.uncovered)).toBeLessThan(0.01);
  });

  it('a spot beyond identification range is uncovered at that level, with the uncovered polygon', () => {
    const result = analyzeBlackSpot(newBlackSpot(10, -5, 30, 5, 'identification'), [cameraA]);
    expect(result.coveredFraction).toBe(0);
    expect(result.contributingCameraIds).toEqual([]);
    expect(regionArea(result.uncovered)).toBeCloseTo(200, 6);
  });

  it('two cameras share a long spot; the uncovered part is what neither sees', () => {
    //  spot 30..100: A reaches x = 37.9 on the axis, B (at 60, looking west) covers 5..38 m in front of it
    const spot = newBlackSpot(30, -1, 100, 1);
    const result = analyzeBlackSpot(spot, [cameraA, cameraB, farAway]);
    expect(result.contributingCameraIds.sort()).toEqual(['A', 'B']);
    expect(isPointInRegion(result.uncovered, 80, 0)).toBe(true);
    expect(isPointInRegion(result.uncovered, 35, 0)).toBe(false);
    expect(result.coveredAreaSquareMeters + regionArea(result.uncovered)).toBeCloseTo(140, 3);
    expect(result.coveredFraction).toBeGreaterThan(0.2);
    expect(result.coveredFraction).toBeLessThan(0.8);
  });

  it('the coverage index only hands over cameras touching each spot', () => {
    const index = new CoverageIndex([cameraA, cameraB, farAway]);
    expect(index.touching({ minX: 10, minY: -5, maxX: 30, maxY: 5 }).map((coverage) => coverage.cameraId).sort()).toEqual(['A', 'B']);
    const [result] = analyzeBlackSpots([newBlackSpot(10, -5, 30, 5)], index);
    expect(result.coveredFraction).toBeCloseTo(1, 4);
  });
});

describe('aggregation by zone and level', () => {
  const entry = (overrides: Partial<BlackSpotAggregateEntry>): BlackSpotAggregateEntry => ({
    blackSpotId: 'x', zoneId: 'medina', priority: 1, requiredLevel: 'recognition', areaSquareMeters: 100, coveredAreaSquareMeters: 0, ...overrides,
  });

  it('weights covered area by priority: a covered critical spot counts five times an uncovered minor one', () => {
    const aggregation = aggregateBlackSpotCoverage([
      entry({ blackSpotId: 'gate', priority: 5, coveredAreaSquareMeters: 100 }),
      entry({ blackSpotId: 'alley', priority: 1, coveredAreaSquareMeters: 0 }),
      entry({ blackSpotId: 'square', zoneId: 'ville-nouvelle', requiredLevel: 'detection', coveredAreaSquareMeters: 50 }),
    ]);
    const cityRecognition = aggregation.city.find((totals) => totals.level === 'recognition')!;
    expect(cityRecognition.coveredFraction).toBeCloseTo(0.5, 9);
    expect(cityRecognition.priorityWeightedCoveredFraction).toBeCloseTo(5 / 6, 9);
    expect(cityRecognition.fullyCoveredCount).toBe(1);
    expect(aggregation.city.map((totals) => totals.level)).toEqual(['detection', 'recognition']);
    const ville = aggregation.zones.find((zone) => zone.zoneId === 'ville-nouvelle')!;
    expect(ville.levels).toEqual([expect.objectContaining({ level: 'detection', coveredFraction: 0.5, blackSpotCount: 1 })]);
  });

  it('refuses a priority outside 1-5', () => {
    expect(() => aggregateBlackSpotCoverage([entry({ priority: 9 })])).toThrow(/1-5/);
  });
});

describe('results as GeoJSON in EPSG:4326', () => {
  const projection = createUtmProjection(32630);
  // Camera in the Fes medina, projected to UTM 30N.
  const position = projection.toMeters([-4.9784, 34.0648]);
  const coverage = computeCameraCoverage(newCamera({ positionMeters: position }), newScene());

  it('gives one MultiPolygon feature per level near the camera, in [lon, lat]', () => {
    const collection = cameraCoverageToGeoJson(coverage, projection);
    expect(collection.features.map((feature) => feature.properties.level)).toEqual(['detection', 'observation', 'recognition', 'identification']);
    const detection = collection.features[0].geometry as MultiPolygon;
    const ring = detection.coordinates[0][0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const [longitude, latitude] of ring) {
      expect(Math.abs(longitude - -4.9784)).toBeLessThan(0.001);
      expect(Math.abs(latitude - 34.0648)).toBeLessThan(0.001);
    }
  });

  it('turns a black-spot result into a feature of its uncovered part', () => {
    const spot = {
      id: 'bab', requiredLevel: 'identification',
      polygon: [[{ x: position.x + 50, y: position.y }, { x: position.x + 60, y: position.y }, { x: position.x + 60, y: position.y + 10 }]],
    };
    const feature = blackSpotResultToGeoJson(analyzeBlackSpot(spot, [coverage]), projection);
    expect(feature.geometry.coordinates).toHaveLength(1);
    expect(feature.properties.coveredFraction).toBe(0);
    expect(feature.properties.blackSpotId).toBe('bab');
  });
});
