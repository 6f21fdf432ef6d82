import { loadConfig, FES_EXTENT } from '../../config/vigie-config';
import { checkInsideExtent, checkVertexCount } from './geometry-bounds';

const refusal = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
  return null;
};

describe('the deployment extent', () => {
  it('defaults to Fès and is configured as minLon,minLat,maxLon,maxLat or turned off with "none"', () => {
    expect(loadConfig({}).deploymentExtent).toEqual(FES_EXTENT);
    expect(loadConfig({ VIGIE_DEPLOYMENT_EXTENT: '11.4, 49.8, 11.8, 50.1' }).deploymentExtent).toEqual([11.4, 49.8, 11.8, 50.1]);
    expect(loadConfig({ VIGIE_DEPLOYMENT_EXTENT: 'none' }).deploymentExtent).toBeNull();
    expect(() => loadConfig({ VIGIE_DEPLOYMENT_EXTENT: '11.8,49.8,11.4,50.1' })).toThrow(/VIGIE_DEPLOYMENT_EXTENT/);
    expect(() => loadConfig({ VIGIE_DEPLOYMENT_EXTENT: '1,2,3' })).toThrow(/VIGIE_DEPLOYMENT_EXTENT/);
  });

  it('refuses a position outside, and says so when latitude and longitude look swapped', () => {
    const inFes = { type: 'Point' as const, coordinates: [-5.0, 34.04] };
    expect(refusal(() => checkInsideExtent(inFes, FES_EXTENT, 'Fès'))).toBeNull();
    const swapped = refusal(() => checkInsideExtent({ type: 'Point', coordinates: [34.04, -5.0] }, FES_EXTENT, 'Fès'));
    expect(swapped).toEqual({ code: 'INVALID_GEOMETRY', message: expect.stringMatching(/outside the deployment's extent \(Fès.*look swapped.*\[-5, 34.04\]/) });
    const paris = refusal(() => checkInsideExtent({ type: 'LineString', coordinates: [[-5.0, 34.04], [2.35, 48.85]] }, FES_EXTENT, 'Fès'));
    expect(paris?.message).toMatch(/Position \[2.35, 48.85\] is outside/);
    expect(paris?.message).not.toMatch(/swapped/);
  });
});

describe('vertex counts', () => {
  it('counts every position of every ring and refuses above the limit with both numbers', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(refusal(() => checkVertexCount({ type: 'MultiPolygon', coordinates: [[square], [square]] }, 'Building', 10))).toBeNull();
    expect(refusal(() => checkVertexCount({ type: 'MultiPolygon', coordinates: [[square, square], [square]] }, 'Building', 10))).toEqual({
      code: 'INVALID_GEOMETRY',
      message: 'The Building has 15 vertices; at most 10 are allowed. Simplify it first.',
    });
  });
});
