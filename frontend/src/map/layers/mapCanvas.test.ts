import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { circleStyleKey, sameView, spriteOffset, tracePath } from './mapCanvas';

describe('map canvas', () => {
  it('traces rings back to their start without closePath', () => {
    const calls: string[] = [];
    const ctx = { moveTo: (x: number, y: number) => calls.push(`M${x},${y}`), lineTo: (x: number, y: number) => calls.push(`L${x},${y}`) };
    tracePath(ctx, [[{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 3 }], [{ x: 9, y: 9 }, { x: 10, y: 9 }]], true);
    expect(calls).toEqual(['M0,0', 'L4,0', 'L4,3', 'L0,0', 'M9,9', 'L10,9', 'L9,9']);
    calls.length = 0;
    tracePath(ctx, [[{ x: 0, y: 0 }, { x: 4, y: 0 }]], false);
    expect(calls).toEqual(['M0,0', 'L4,0']);
  });

  it('shares a circle sprite between circles that look the same, centred on a whole pixel', () => {
    const planned = { fill: true, color: '#ffffff', weight: 1.5, fillColor: '#f00', fillOpacity: 1 };
    expect(circleStyleKey(planned)).toBe(circleStyleKey({ ...planned }));
    expect(circleStyleKey(planned)).not.toBe(circleStyleKey({ ...planned, fillColor: '#0f0' }));
    expect(circleStyleKey(planned)).not.toBe(circleStyleKey({ ...planned, weight: 3 }));
    // Radius 5 with a 1.5 px stroke reaches 5.75 px from the centre, plus a pixel of anti-aliasing.
    expect(spriteOffset(5, planned)).toBe(7);
    expect(spriteOffset(5, { ...planned, stroke: false })).toBe(6);
  });

  it('redraws for another zoom, pixel origin or size only', () => {
    const view = { zoom: 13, origin: L.point(100, 200), size: L.point(800, 600) };
    expect(sameView(view, { zoom: 13, origin: L.point(100, 200), size: L.point(800, 600) })).toBe(true);
    expect(sameView(view, { ...view, zoom: 14 })).toBe(false);
    expect(sameView(view, { ...view, origin: L.point(101, 200) })).toBe(false);
    expect(sameView(view, { ...view, size: L.point(900, 600) })).toBe(false);
  });
});
