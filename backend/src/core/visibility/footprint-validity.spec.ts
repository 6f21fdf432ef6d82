import { CoreInputError } from '../core-input-error';
import { isPointInRegion, regionArea } from '../geometry/planar';
import { isDegenerateRing, validPolygons } from '../geometry/valid-polygon';
import { ObstacleIndex } from './obstacles';
import { computeVisibleArea, TargetBand } from './visible-area';
import { newPolygonBuilding, newScene, newViewpoint } from '../../../../test/support/core/scene-factories';

const groundTo50: TargetBand = { targetHeightMeters: 0, nearMeters: 0, farMeters: 50 };
const quarterDisc50 = (Math.PI * 50 * 50) / 4;

describe('a bow-tie footprint (its outline crosses itself)', () => {
  //   y
  //   6   A           B        drawn A(10,6) -> D(20,-6) -> B(20,6) -> C(10,-6) -> back to A:
  //       |  \     /  |        two triangular lobes meeting at X(15,0), like ST_MakeValid's answer
  //   0 C |    X     |  ---->  C is the camera at the origin looking east (heading 90)
  //       |  /     \  |
  //  -6   C           D
  //       x=10        x=20
  const bowTie: [number, number][] = [[10, 6], [20, -6], [20, 6], [10, -6]];

  it('is repaired into its two lobes, as ST_MakeValid would', () => {
    const lobes = validPolygons([bowTie.map(([x, y]) => ({ x, y }))]);
    expect(lobes).toHaveLength(2);
    expect(lobes.map((lobe) => regionArea(lobe)).sort()).toEqual([30, 30]);
  });

  it('hides what is inside either lobe and behind it (unknown height)', () => {
    const visible = computeVisibleArea(newViewpoint(), groundTo50, newScene(newPolygonBuilding(bowTie)));
    expect(isPointInRegion(visible, 11, 4)).toBe(false); // inside the near lobe
    expect(isPointInRegion(visible, 19, 4)).toBe(false); // inside the far lobe
    expect(isPointInRegion(visible, 40, 0)).toBe(false); // behind the building
    expect(isPointInRegion(visible, 5, 0)).toBe(true); // in front
    expect(isPointInRegion(visible, 30, 25)).toBe(true); // beside it
    // The near lobe's wall x = 10, |y| <= 6, hides the wedge behind it: as for a 10 x 12 block there.
    const hiddenWedge = 0.5 * 50 * 50 * 2 * Math.atan(0.6) - 0.5 * 10 * 12;
    expect(Math.abs(regionArea(visible) - (quarterDisc50 - hiddenWedge)) / quarterDisc50).toBeLessThan(0.001);
  });

  it('casts the shadows of two low lobes (3 m, camera at 6 m): each lobe hides ground up to twice its distance', () => {
    const visible = computeVisibleArea(newViewpoint(), groundTo50, newScene(newPolygonBuilding(bowTie, 3)));
    expect(isPointInRegion(visible, 19, 4)).toBe(false); // inside the far lobe
    expect(isPointInRegion(visible, 11, 4)).toBe(false); // inside the near lobe
    expect(isPointInRegion(visible, 38, 0.5)).toBe(false); // behind the far lobe's wall x = 20: shadow to x = 40
    expect(isPointInRegion(visible, 42, 0.5)).toBe(true);
  });
});

describe('degenerate rings have no area and hide nothing, whatever their vertex count', () => {
  //   C ---->     |  a "wall" x = 10, y -5..5, drawn as a 2-point ring or a 3-point collinear ring
  it.each([
    ['a 2-vertex ring', [[10, -5], [10, 5]]],
    ['a collinear 3-vertex ring', [[10, -5], [10, 0], [10, 5]]],
    ['a ring of one repeated point', [[10, 0], [10, 0], [10, 0], [10, 0]]],
  ] as [string, [number, number][]][])('%s is ignored', (_name, points) => {
    const scene = newScene(newPolygonBuilding(points));
    expect(scene.size).toBe(0);
    const visible = computeVisibleArea(newViewpoint(), groundTo50, scene);
    expect(isPointInRegion(visible, 30, 0)).toBe(true);
    expect(Math.abs(regionArea(visible) - quarterDisc50) / quarterDisc50).toBeLessThan(1e-4);
  });

  it('drops a degenerate hole but keeps its building', () => {
    const building = { id: 'b', heightMeters: null, rings: [[{ x: 10, y: -5 }, { x: 20, y: -5 }, { x: 20, y: 5 }, { x: 10, y: 5 }], [{ x: 12, y: 0 }, { x: 14, y: 0 }]] };
    const index = new ObstacleIndex([building]);
    expect(index.size).toBe(1);
    expect(index.item(0).rings).toHaveLength(1);
    expect(isDegenerateRing([{ x: 12, y: 0 }, { x: 14, y: 0 }, { x: 13, y: 0 }])).toBe(true);
  });
});

describe('a hole drawn outside its building', () => {
  //   +----+      +----+     outer x 10..20 and a "hole" x 30..40: the hole is a second polygon,
  //   |    |      | h  |     not a negative area cancelling some wall (ST_MakeValid keeps both)
  //   +----+      +----+
  it('becomes a polygon of its own', () => {
    const polygons = validPolygons([
      [{ x: 10, y: -5 }, { x: 20, y: -5 }, { x: 20, y: 5 }, { x: 10, y: 5 }],
      [{ x: 30, y: -5 }, { x: 30, y: 5 }, { x: 40, y: 5 }, { x: 40, y: -5 }],
    ]);
    expect(polygons.map((polygon) => regionArea(polygon)).sort()).toEqual([100, 100]);
  });
});

describe('non-finite numbers are refused, never answered with an empty region', () => {
  it.each([
    ['heading', newViewpoint({ headingDegrees: NaN })],
    ['position', newViewpoint({ positionMeters: { x: Infinity, y: 0 } })],
    ['mount height', newViewpoint({ mountHeightMeters: NaN })],
  ])('a NaN or infinite %s', (_name, viewpoint) => {
    expect(() => computeVisibleArea(viewpoint, groundTo50, newScene())).toThrow(CoreInputError);
  });

  it('a footprint vertex or height that is not a number', () => {
    expect(() => newScene(newPolygonBuilding([[0, 0], [NaN, 0], [1, 1]]))).toThrow(CoreInputError);
    expect(() => newScene(newPolygonBuilding([[0, 0], [1, 0], [1, 1]], NaN))).toThrow(/building .* heightMeters must be a finite number/);
  });
});
