import { flatRegionBounds, flatToRegion, regionToFlat } from './flat-region';
import { regionArea, regionBounds } from './planar';
import { intersectFlatRegion, intersectRegions } from './polygon-operations';

//   +-----------+        a 10 x 10 square at UTM-sized coordinates with a 4 x 4 hole,
//   |   +---+   |        and a separate triangle to its east
//   |   |   |   |  /|
//   |   +---+   | / |
//   +-----------+/__|
const x0 = 500_000;
const y0 = 3_770_000;
const region = [
  [{ x: x0, y: y0 }, { x: x0 + 10, y: y0 }, { x: x0 + 10, y: y0 + 10 }, { x: x0, y: y0 + 10 }],
  [{ x: x0 + 3, y: y0 + 3 }, { x: x0 + 3, y: y0 + 7 }, { x: x0 + 7, y: y0 + 7 }, { x: x0 + 7, y: y0 + 3 }],
  [{ x: x0 + 12, y: y0 }, { x: x0 + 16, y: y0 }, { x: x0 + 16, y: y0 + 6 }],
];

describe('flat regions', () => {
  it('round-trip rings, points and bounds exactly', () => {
    const flat = regionToFlat(region);
    expect(Array.from(flat.ringStarts)).toEqual([0, 4, 8, 11]);
    expect(flatToRegion(flat)).toEqual(region);
    expect(flatRegionBounds(flat)).toEqual(regionBounds(region));
  });

  it('clip like their Region form', () => {
    //   a 6 m wide strip across the square's middle, the hole and the triangle
    const strip = [[{ x: x0 - 1, y: y0 + 2 }, { x: x0 + 20, y: y0 + 2 }, { x: x0 + 20, y: y0 + 8 }, { x: x0 - 1, y: y0 + 8 }]];
    const expected = intersectRegions(region, strip);
    const actual = intersectFlatRegion(regionToFlat(region), strip);
    expect(regionArea(actual)).toBeCloseTo(regionArea(expected), 9);
    // square band 6 x 10 minus the 4 x 4 hole, plus the triangle between y = 2 and its apex at y = 6
    expect(regionArea(actual)).toBeCloseTo(60 - 16 + 16 / 3, 2); // Clipper keeps millimetres
    expect(intersectFlatRegion(regionToFlat([]), strip)).toEqual([]);
  });
});
