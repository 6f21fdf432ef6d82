import { isPointInRegion, regionArea, regionBounds } from '../geometry/planar';
import { computeVisibleArea, TargetBand } from './visible-area';
import { newBuilding, newScene, newViewpoint, pointAt, ringAreaAbsolute } from '../../../../test/support/core/scene-factories';

const groundTo50: TargetBand = { targetHeightMeters: 0, nearMeters: 0, farMeters: 50 };
const quarterDisc50 = (Math.PI * 50 * 50) / 4;

function sees(region: ReturnType<typeof computeVisibleArea>, x: number, y: number): boolean {
  return isPointInRegion(region, x, y);
}

describe('a building in front of the camera', () => {
  //            y
  //   C ----> heading 90 (east), HFOV 90, range 50
  //   .        +------+
  //   .        |  B   |  x 10..20, y -5..5, height unknown
  //   .        +------+
  //   the wedge behind B's front face (bearings 63.4..116.6) is hidden to the range
  const scene = newScene(newBuilding([10, -5], [20, 5]));
  const visible = computeVisibleArea(newViewpoint(), groundTo50, scene);

  it('hides the wedge behind its front face', () => {
    const hiddenWedge = 0.5 * 50 * 50 * 2 * Math.atan(0.5) - 0.5 * 10 * 10; // sector minus the triangle in front
    expect(regionArea(visible)).toBeCloseTo(quarterDisc50 - hiddenWedge, -1);
    expect(Math.abs(regionArea(visible) - (quarterDisc50 - hiddenWedge)) / (quarterDisc50 - hiddenWedge)).toBeLessThan(0.001);
  });

  it('sees in front and beside it, not inside or behind it', () => {
    expect(sees(visible, 5, 0)).toBe(true);
    expect(sees(visible, 15, 0)).toBe(false);
    expect(sees(visible, 40, 0)).toBe(false);
    expect(sees(visible, 30, 20)).toBe(true);
    expect(sees(visible, 40, 19.9)).toBe(false); // just inside the shadow edge (slope 0.5)
    expect(sees(visible, 40, 20.1)).toBe(true);
  });
});

describe('a low building seen over by a high camera', () => {
  //   lens 12 m  C
  //              |  \ _ sight line over the far wall (h 3 m at x = 20)
  //              |      \___  lands on the ground at 20 * 12 / 9 = 26.7 m
  //   ground  ___|_____[ 3 m ]____\_________
  //              0    10     20   26.7
  const kiosk = newBuilding([10, -5], [20, 5], 3);

  it('hides the ground only up to where the line over the far wall lands', () => {
    const visible = computeVisibleArea(newViewpoint({ mountHeightMeters: 12 }), groundTo50, newScene(kiosk));
    expect(sees(visible, 15, 0)).toBe(false); // the kiosk's own footprint
    expect(sees(visible, 26, 0)).toBe(false);
    expect(sees(visible, 27.5, 0)).toBe(true);
    // The shadow is the hull of the kiosk and the kiosk scaled by 12/9 about the camera.
    const stretch = 12 / 9;
    const hull = [
      { x: 10, y: -5 }, { x: 10 * stretch, y: -5 * stretch }, { x: 20 * stretch, y: -5 * stretch },
      { x: 20 * stretch, y: 5 * stretch }, { x: 10 * stretch, y: 5 * stretch }, { x: 10, y: 5 },
    ];
    expect(Math.abs(regionArea(visible) - (quarterDisc50 - ringAreaAbsolute(hull)))).toBeLessThan(1);
  });

  it('the same kiosk hides everything behind it from a lens lower than its roof', () => {
    const visible = computeVisibleArea(newViewpoint({ mountHeightMeters: 2.5 }), groundTo50, newScene(kiosk));
    expect(sees(visible, 45, 0)).toBe(false);
  });

  it('faces (1.7 m) are seen closer behind it than feet', () => {
    const faces = computeVisibleArea(newViewpoint({ mountHeightMeters: 12 }), { ...groundTo50, targetHeightMeters: 1.7 }, newScene(kiosk));
    // 20 * (12 - 1.7) / (12 - 3) = 22.9 m
    expect(sees(faces, 22.5, 0)).toBe(false);
    expect(sees(faces, 23.3, 0)).toBe(true);
  });

  it('a wall lower than the target plane hides nothing', () => {
    const lowWall = newBuilding([10, -5], [20, 5], 1);
    const faces = computeVisibleArea(newViewpoint(), { ...groundTo50, targetHeightMeters: 1.7 }, newScene(lowWall));
    expect(regionArea(faces)).toBeCloseTo(quarterDisc50, -1);
  });
});

describe('a street canyon', () => {
  //   +----+   ^   +----+   blocks of unknown height along a 10 m street
  //   |    |   |   |    |   x -15..-5 and 5..15, y -50..60
  //   |    |   C   |    |   camera in the middle, heading north, HFOV 90
  //   +----+       +----+
  const scene = newScene(newBuilding([-15, -50], [-5, 60]), newBuilding([5, -50], [15, 60]));
  const visible = computeVisibleArea(newViewpoint({ headingDegrees: 0 }), groundTo50, scene);

  it('sees only the street between the facades', () => {
    const bounds = regionBounds(visible);
    expect(bounds.minX).toBeGreaterThanOrEqual(-5.001);
    expect(bounds.maxX).toBeLessThanOrEqual(5.001);
    expect(bounds.maxY).toBeCloseTo(50, 1);
    // Sector triangle up to y = 5, then the strip |x| <= 5 up to the range circle.
    let strip = 0;
    for (let x = -5; x < 5; x += 0.001) strip += (Math.sqrt(2500 - (x + 0.0005) ** 2) - 5) * 0.001;
    expect(Math.abs(regionArea(visible) - (25 + strip))).toBeLessThan(0.5);
  });
});

describe('touching and overlapping footprints', () => {
  //            +------+
  //            |  B1  |      two footprints sharing the wall y = 0,
  //   C ---->  +------+--+   a third overlapping both
  //            |  B2  |B3|
  //            +------+--+
  const scene = newScene(
    newBuilding([10, 0], [20, 10]),
    newBuilding([10, -10], [20, 0]),
    newBuilding([18, -3], [25, 3]),
  );
  const visible = computeVisibleArea(newViewpoint(), groundTo50, scene);

  it('lets no light through the shared wall', () => {
    expect(sees(visible, 15, 0.001)).toBe(false);
    expect(sees(visible, 40, 0)).toBe(false);
    expect(sees(visible, 40, 0.01)).toBe(false);
    // Everything beyond x = 10 is hidden: only the triangle in front remains.
    expect(regionArea(visible)).toBeCloseTo(100, 1);
  });
});

describe('a camera at a building corner', () => {
  //   +--------+
  //   |   B    |   footprint 0..10 x 0..10, camera on its south-west corner
  //   C--------+
  const corner = newBuilding([0, 0], [10, 10]);

  it('looking away from its wall sees the whole sector', () => {
    const visible = computeVisibleArea(newViewpoint({ headingDegrees: 225 }), groundTo50, newScene(corner));
    expect(Math.abs(regionArea(visible) - quarterDisc50) / quarterDisc50).toBeLessThan(0.001);
  });

  it('looking along both walls (HFOV 270) sees everything but the building and what is behind it', () => {
    const visible = computeVisibleArea(
      newViewpoint({ headingDegrees: 225, horizontalFieldOfViewDegrees: 270 }),
      groundTo50,
      newScene(corner),
    );
    expect(sees(visible, 5, 5)).toBe(false);
    expect(sees(visible, 30, 30)).toBe(false);
    expect(sees(visible, 30, -0.1)).toBe(true);
    expect(sees(visible, -0.1, 30)).toBe(true);
    expect(Math.abs(regionArea(visible) - 3 * quarterDisc50) / (3 * quarterDisc50)).toBeLessThan(0.002);
  });

  it('turned into its own building sees nothing (but slivers along the walls from the 2 cm offset)', () => {
    const visible = computeVisibleArea(newViewpoint({ headingDegrees: 45 }), groundTo50, newScene(corner));
    expect(regionArea(visible) / quarterDisc50).toBeLessThan(0.002);
    expect(sees(visible, 5, 5)).toBe(false);
    expect(sees(visible, 1, 30)).toBe(false);
  });

  it('digitised 30 cm inside the footprint is moved out through the nearest walls', () => {
    const inside = newViewpoint({ positionMeters: { x: 0.3, y: 0.3 }, headingDegrees: 225 });
    const visible = computeVisibleArea(inside, groundTo50, newScene(corner));
    expect(Math.abs(regionArea(visible) - quarterDisc50) / quarterDisc50).toBeLessThan(0.02);
  });
});

describe('a sector through north', () => {
  //        330  N  10
  //          \  |  /     heading 350, HFOV 40: bearings 330..10 across north
  //           \ | /
  //             C
  const viewpoint = newViewpoint({ headingDegrees: 350, horizontalFieldOfViewDegrees: 40 });

  it('covers 40 degrees of the disc on both sides of north', () => {
    const visible = computeVisibleArea(viewpoint, { targetHeightMeters: 0, nearMeters: 0, farMeters: 30 }, newScene());
    expect(regionArea(visible)).toBeCloseTo((Math.PI * 900 * 40) / 360, 0);
    for (const [bearing, expected] of [[5, true], [15, false], [335, true], [325, false], [0, true]] as const) {
      const point = pointAt(bearing, 20);
      expect([bearing, sees(visible, point.x, point.y)]).toEqual([bearing, expected]);
    }
  });

  it('a building straddling north hides both sides of it', () => {
    const visible = computeVisibleArea(viewpoint, groundTo50, newScene(newBuilding([-2, 20], [2, 22])));
    expect(sees(visible, -1, 30)).toBe(false);
    expect(sees(visible, 1, 30)).toBe(false);
    expect(sees(visible, 0, 19)).toBe(true);
  });

  it('a near blind zone removes the disc around the pole', () => {
    const visible = computeVisibleArea(viewpoint, { targetHeightMeters: 0, nearMeters: 5, farMeters: 30 }, newScene());
    expect(regionArea(visible)).toBeCloseTo((Math.PI * (900 - 25) * 40) / 360, 0);
    expect(sees(visible, 0, 4)).toBe(false);
  });
});
