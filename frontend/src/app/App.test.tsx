import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';

/*
 * The whole page against a stubbed /graphql (the network boundary), drawn with Leaflet's SVG
 * renderer: one camera on Place R'cif looking north, one zone, one black spot.
 */
const camera = {
  id: 'c1', version: 1, code: 'CAM-0001', name: "Place R'cif", status: 'commissioned',
  location: { type: 'Point', coordinates: [-4.9745, 34.0622] },
  headingDegrees: 0, tiltDegrees: 10, mountHeightMeters: 6, focalLengthMm: 4,
  horizontalFieldOfViewDegrees: 60, detectionRangeMeters: 80, poleId: null,
  model: { id: 'm1', code: 'B4', name: 'Bullet 4MP', kind: 'fixed_bullet' },
};
const square = (lon: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
});
const collections: Record<string, unknown[]> = {
  zones: [{ id: 'z1', version: 1, code: 'MED', name: 'Medina', boundary: square(-4.98, 34.055, 0.02) }],
  blackSpots: [{
    id: 'b1', version: 1, code: 'BS-1', name: 'Bab <Boujloud>', boundary: square(-4.976, 34.061, 0.002),
    category: 'crime', priority: 1, requiredLevel: 'identification', notes: null, areaSquareMeters: 40000,
  }],
  cameras: [camera],
  cameraModels: [camera.model],
};

/** The cameras as the map's `cameraMap` columns. */
const cameraMap = () => ({
  count: 1, ids: [camera.id], versions: [camera.version], codes: [camera.code], names: [camera.name], statuses: [camera.status],
  longitudes: [camera.location.coordinates[0]], latitudes: [camera.location.coordinates[1]], headingDegrees: [camera.headingDegrees],
  tiltDegrees: [camera.tiltDegrees], mountHeightMeters: [camera.mountHeightMeters], focalLengthMm: [camera.focalLengthMm],
  horizontalFieldOfViewDegrees: [camera.horizontalFieldOfViewDegrees], detectionRangeMeters: [camera.detectionRangeMeters],
  poleIds: [camera.poleId], modelIds: [camera.model.id], endCursor: camera.id, hasNextPage: false,
});

function graphqlStub(request: { query: string }) {
  if (request.query.includes('appConfig')) {
    return {
      data: {
        appConfig: {
          deploymentName: 'Fès', tileUrlTemplate: 'https://tile.example/{z}/{x}/{y}.png',
          tileAttribution: '© OpenStreetMap contributors', initialCenter: [-4.9745, 34.0622], initialZoom: 16,
        },
      },
    };
  }
  const field = /\{\s*(\w+)\(first/.exec(request.query)![1];
  if (field === 'cameraMap') return { data: { cameraMap: cameraMap() } };
  const nodes = collections[field] ?? [];
  return { data: { [field]: { nodes, totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false } } } };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?tiles=off');
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) =>
    new Response(JSON.stringify(graphqlStub(JSON.parse(init.body as string))), { headers: { 'content-type': 'application/json' } }),
  ));
});
afterEach(() => vi.unstubAllGlobals());

const drawnFeatures = (layer: string) => {
  let count = 0;
  window.__vigieMap?.eachLayer((drawn) => {
    if ((drawn as { feature?: { properties?: { layer?: string } } }).feature?.properties?.layer === layer) count++;
  });
  return count;
};

describe('App', () => {
  it('shows the deployment, counts, the offline basemap notice and draws cameras with their sectors', async () => {
    render(<App renderer="svg" />);
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-ready', 'true'));
    expect(screen.getByText('Vigie')).toBeInTheDocument();
    expect(screen.getByTestId('deployment-name')).toHaveTextContent('Fès');
    expect(screen.getByTestId('count-cameras')).toHaveTextContent('1');
    expect(screen.getByTestId('count-poles')).toHaveTextContent('0');
    await waitFor(() => expect(screen.getByTestId('basemap-notice')).toHaveTextContent('Offline basemap'));
    await waitFor(() => expect(drawnFeatures('cameras')).toBe(1));
    expect(drawnFeatures('camera-sectors')).toBe(1);
    expect(drawnFeatures('black-spots')).toBe(1);
  });

  it('removes and restores the cameras when their layer is toggled, and writes it in the URL', async () => {
    render(<App renderer="svg" />);
    await waitFor(() => expect(drawnFeatures('cameras')).toBe(1));
    // The fields of view follow the first paint.
    await waitFor(() => expect(drawnFeatures('camera-sectors')).toBe(1));
    fireEvent.click(screen.getByTestId('layer-toggle-cameras'));
    await waitFor(() => expect(drawnFeatures('cameras')).toBe(0));
    expect(drawnFeatures('camera-sectors')).toBe(1);
    expect(window.location.hash).toMatch(/layers=[^&]*camera-sectors/);
    expect(window.location.hash).not.toMatch(/[=,]cameras(,|$)/);
    expect(window.location.search).toBe('?tiles=off');
    fireEvent.click(screen.getByTestId('layer-toggle-cameras'));
    await waitFor(() => expect(drawnFeatures('cameras')).toBe(1));
  });

  it('paints the cameras and black spots first, then asks for the other layers', async () => {
    const fetched: string[] = [];
    let firstPaintAt = -1;
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as { query: string };
      const field = /\{\s*(\w+)\(first/.exec(request.query)?.[1];
      if (field) fetched.push(field);
      if (firstPaintAt < 0 && document.querySelector('[data-testid="map"]')?.getAttribute('data-first-paint') === 'true') firstPaintAt = fetched.length - 1;
      return new Response(JSON.stringify(graphqlStub(request)), { headers: { 'content-type': 'application/json' } });
    }));
    render(<App renderer="svg" />);
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-first-paint', 'true'));
    expect(drawnFeatures('cameras')).toBe(1);
    expect(drawnFeatures('black-spots')).toBe(1);
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-ready', 'true'));
    // Before the first paint: the cameras and black spots only; the zones, buildings, network… after it.
    expect(new Set(fetched.slice(0, firstPaintAt))).toEqual(new Set(['cameras', 'cameraMap', 'blackSpots']));
    expect(fetched.slice(firstPaintAt)).toEqual(expect.arrayContaining(['zones', 'buildings', 'poles', 'fiberRuns']));
    await waitFor(() => expect(drawnFeatures('zones')).toBe(1));
    expect(drawnFeatures('camera-sectors')).toBe(1);
  });

  it('shows a readable message when a query fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
      const request = JSON.parse(init.body as string) as { query: string };
      const body = request.query.includes('poles(')
        ? { data: null, errors: [{ message: 'Database is unavailable', extensions: { code: 'INTERNAL' } }] }
        : graphqlStub(request);
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }));
    render(<App renderer="svg" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Poles: Database is unavailable');
    // The other layers still load: the failing one does not hold them up (they may finish later).
    await waitFor(() => expect(screen.getByTestId('count-cameras')).toHaveTextContent('1'));
  });
});
