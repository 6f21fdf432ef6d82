import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { camerasOfColumns, type Bbox } from './cameraPages';
import type { CameraListNode, CameraMapColumns } from './layers/camerasQuery';
import { drawableCameras, LARGE_NETWORK_THRESHOLD, useDrawableCameras, useMapCameras } from './useMapCameras';

/*
 * A stubbed /graphql serving `total` cameras on a line of longitudes as `cameraMap` columns, in the
 * pages asked for, filtered by bbox like the API (closed envelope), the n-th answer after n x `delayMs`.
 * Records every request.
 */
function serve(total: number, delayMs = 0) {
  const cameras = Array.from({ length: total }, (_, index): ListedCamera => ({
    id: `c${String(index).padStart(5, '0')}`, version: 1, code: `CAM-${index}`, name: null, status: 'planned',
    location: { type: 'Point', coordinates: [-5 + (0.1 * index) / total, 34.05] }, headingDegrees: 0, tiltDegrees: 0,
    mountHeightMeters: 6, focalLengthMm: null, horizontalFieldOfViewDegrees: 60, detectionRangeMeters: 80, poleId: null, modelId: 'm1',
  }));
  const requests: Array<{ query: string; variables: Record<string, unknown> }> = [];
  let served = 0;
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const request = JSON.parse(init.body as string) as { query: string; variables: { first?: number; after?: string | null; filter?: { bbox?: Bbox } } };
    requests.push(request);
    // Each answer a little later than the one asked before it, as from one busy server.
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs * requests.length));
    let data: unknown;
    if (request.query.includes('MapCameraCount')) {
      data = { cameras: { totalCount: total }, cameraModels: { nodes: [{ id: 'm1', code: 'B4', name: 'Bullet 4MP', kind: 'fixed_bullet' }] } };
    } else {
      const bbox = request.variables.filter?.bbox;
      const matching = cameras.filter(({ location: { coordinates: [lon, lat] } }) => !bbox || (lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3]));
      const start = request.variables.after ? matching.findIndex((camera) => camera.id === request.variables.after) + 1 : 0;
      const nodes = matching.slice(start, start + (request.variables.first ?? 10_000));
      const hasNextPage = start + nodes.length < matching.length;
      served += nodes.length;
      data = { cameraMap: { ...columnsOf(nodes), endCursor: nodes.at(-1)?.id ?? null, hasNextPage } };
    }
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  }));
  return { requests, served: () => served };
}

type ListedCamera = Omit<CameraListNode, 'model'>;

/** Cameras as the API's `cameraMap` columns (the inverse of camerasOfColumns). */
function columnsOf(nodes: readonly ListedCamera[]): Omit<CameraMapColumns, 'endCursor' | 'hasNextPage'> {
  return {
    count: nodes.length,
    ids: nodes.map((node) => node.id),
    versions: nodes.map((node) => node.version),
    codes: nodes.map((node) => node.code),
    names: nodes.map((node) => node.name),
    statuses: nodes.map((node) => node.status),
    longitudes: nodes.map((node) => node.location.coordinates[0]),
    latitudes: nodes.map((node) => node.location.coordinates[1]),
    headingDegrees: nodes.map((node) => node.headingDegrees),
    tiltDegrees: nodes.map((node) => node.tiltDegrees ?? 0),
    mountHeightMeters: nodes.map((node) => node.mountHeightMeters ?? 0),
    focalLengthMm: nodes.map((node) => node.focalLengthMm),
    horizontalFieldOfViewDegrees: nodes.map((node) => node.horizontalFieldOfViewDegrees),
    detectionRangeMeters: nodes.map((node) => node.detectionRangeMeters),
    poleIds: nodes.map((node) => node.poleId),
    modelIds: nodes.map((node) => node.modelId),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('useMapCameras', () => {
  it('loads a small network whole, joined to its models', async () => {
    serve(1500);
    const { result } = renderHook(() => useMapCameras(null));
    await waitFor(() => expect(result.current[0].status).toBe('loaded'));
    expect(result.current[2].mode).toBe('all');
    expect(drawableCameras(result.current[0]).cameras).toHaveLength(1500);
    expect(drawableCameras(result.current[0]).cameras[0].model?.name).toBe('Bullet 4MP');
  });

  it('loads a large network in view only, two bands side by side, each camera once', async () => {
    const total = LARGE_NETWORK_THRESHOLD + 1000;
    const { requests, served } = serve(total);
    // All cameras lie in this view; one sits exactly on the line between the two bands (-4.95).
    const view: Bbox = [-5, 34, -4.9, 34.1];
    const { result } = renderHook(({ bbox }) => useMapCameras(bbox), { initialProps: { bbox: view as Bbox | null } });
    await waitFor(() => expect(result.current[2].mode).toBe('in-view'));
    // Shown as they arrive, but loading (not ready) until complete; the first pages tell how many will come.
    await waitFor(() => expect(drawableCameras(result.current[0]).cameras.length).toBeGreaterThan(0));
    expect(drawableCameras(result.current[0]).expected).toBeGreaterThanOrEqual(total / 2);
    await waitFor(() => expect(result.current[0].status).toBe('loaded'), { timeout: 10_000 });
    const cameras = drawableCameras(result.current[0]).cameras;
    expect(cameras).toHaveLength(total);
    expect(new Set(cameras.map((camera) => camera.id)).size).toBe(total);
    expect(served()).toBe(total + 1);
    const bands = new Set(requests.filter((request) => request.query.includes('MapCameras')).map((request) => JSON.stringify((request.variables.filter as { bbox: Bbox }).bbox)));
    expect(bands.size).toBe(2);
  });

  it('lets the map follow the first load page by page, the workspace seeing one loading state', async () => {
    // Answers that take a little while, as over a network: the map renders between pages.
    serve(LARGE_NETWORK_THRESHOLD + 1000, 5);
    const seen: Array<{ drawn: number; arriving: boolean; state: unknown }> = [];
    const { result } = renderHook(() => {
      const [state] = useMapCameras([-5, 34, -4.9, 34.1]);
      const drawn = useDrawableCameras(state);
      seen.push({ drawn: drawn.cameras.length, arriving: drawn.arriving, state });
      return drawn;
    });
    await waitFor(() => expect((seen.at(-1)!.state as { status: string }).status).toBe('loaded'), { timeout: 10_000 });
    expect(result.current.cameras).toHaveLength(LARGE_NETWORK_THRESHOLD + 1000);
    expect(result.current.arriving).toBe(false);
    const whileArriving = seen.filter((entry) => entry.arriving);
    expect(new Set(whileArriving.map((entry) => entry.drawn)).size).toBeGreaterThan(1);
    // One state object for the whole first load: nothing else re-renders per page.
    expect(new Set(whileArriving.map((entry) => entry.state)).size).toBe(1);
  });

  it('keeps the cameras shown while another view loads, then shows that view only', async () => {
    serve(LARGE_NETWORK_THRESHOLD + 1000);
    const { result, rerender } = renderHook(({ bbox }) => useMapCameras(bbox), { initialProps: { bbox: [-5, 34, -4.95, 34.1] as Bbox | null } });
    await waitFor(() => expect(result.current[0].status).toBe('loaded'), { timeout: 10_000 });
    const before = drawableCameras(result.current[0]).cameras.length;
    act(() => rerender({ bbox: [-4.95, 34, -4.9, 34.1] }));
    expect(drawableCameras(result.current[0]).cameras).toHaveLength(before);
    await waitFor(() => expect(drawableCameras(result.current[0]).cameras[0].location.coordinates[0]).toBeGreaterThanOrEqual(-4.95), { timeout: 10_000 });
    expect(result.current[0].status).toBe('loaded');
  });

  it('reads cameraMap columns back into the cameras they describe', () => {
    const nodes: ListedCamera[] = [
      { id: 'a', version: 3, code: 'A', name: 'North', status: 'commissioned', location: { type: 'Point', coordinates: [-4.97, 34.06] }, headingDegrees: 45, tiltDegrees: 10,
        mountHeightMeters: 6, focalLengthMm: 4, horizontalFieldOfViewDegrees: 70.5, detectionRangeMeters: 61.2, poleId: 'p', modelId: 'm1' },
      { id: 'b', version: 1, code: 'B', name: null, status: 'planned', location: { type: 'Point', coordinates: [-4.98, 34.07] }, headingDegrees: 0, tiltDegrees: 0,
        mountHeightMeters: 8, focalLengthMm: null, horizontalFieldOfViewDegrees: 30, detectionRangeMeters: 200, poleId: null, modelId: 'm2' },
    ];
    expect(camerasOfColumns(columnsOf(nodes))).toEqual(nodes);
  });

  it('applies local edits to the loaded list', async () => {
    serve(3);
    const { result } = renderHook(() => useMapCameras(null));
    await waitFor(() => expect(result.current[0].status).toBe('loaded'));
    const [first] = drawableCameras(result.current[0]).cameras;
    act(() => result.current[1].upsert({ ...first, version: 2, name: 'Renamed' }));
    expect(drawableCameras(result.current[0]).cameras[0].name).toBe('Renamed');
    act(() => result.current[1].remove(first.id));
    expect(drawableCameras(result.current[0]).cameras).toHaveLength(2);
  });
});
