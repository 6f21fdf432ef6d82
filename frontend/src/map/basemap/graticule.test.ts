import { describe, expect, it } from 'vitest';
import { graticuleCovers, graticuleLines, graticuleStep, type Bbox } from './graticule';

// Roughly the Fes urban area.
const fes: Bbox = [-5.06, 33.98, -4.92, 34.09];

describe('graticule', () => {
  it('picks a round step with a few lines across the view', () => {
    expect(graticuleStep(fes)).toBe(0.02);
    expect(graticuleStep([-4.99, 34.05, -4.98, 34.06])).toBe(0.002);
  });

  it('draws meridians and parallels on multiples of the step, beyond the view edges', () => {
    const lines = graticuleLines(fes, 0.05).features;
    const meridians = lines.filter((feature) => feature.properties?.kind === 'meridian').map((f) => f.properties?.value);
    const parallels = lines.filter((feature) => feature.properties?.kind === 'parallel').map((f) => f.properties?.value);
    expect(meridians).toEqual([-5.1, -5.05, -5, -4.95, -4.9, -4.85]);
    expect(parallels).toEqual([33.95, 34, 34.05, 34.1]);
    const first = lines[0].geometry.coordinates;
    expect(first[0][0]).toBe(first[1][0]);
    expect(first[0][1]).toBeLessThan(fes[1]);
    expect(first[1][1]).toBeGreaterThan(fes[3]);
  });

  it('keeps the lines while the view pans within their margin at the same step', () => {
    const panned: Bbox = [fes[0] + 0.05, fes[1] - 0.04, fes[2] + 0.05, fes[3] - 0.04];
    expect(graticuleCovers(fes, fes)).toBe(true);
    expect(graticuleCovers(fes, panned)).toBe(true);
    expect(graticuleCovers(fes, [fes[0] + 0.08, fes[1], fes[2] + 0.08, fes[3]])).toBe(false);
    // Zoomed in: another step, other lines.
    expect(graticuleCovers(fes, [-4.99, 34.05, -4.98, 34.06])).toBe(false);
  });
});
