import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { graphqlRequest, GraphQLRequestError, type RequestOptions } from '../api/graphqlClient';
import { useCollectionEditor, type CollectionEditor, type LoadState } from '../api/useConnection';
import { camerasOfColumns, joinCameraPages, splitBbox, unknownModelIds, type Bbox } from './cameraPages';
import { CAMERA_COUNT_QUERY, CAMERA_MAP_QUERY, CAMERA_MODEL_SUMMARIES_QUERY, type CameraCount, type CameraListNode, type CameraMapColumns, type CameraModelSummary, type CameraNode } from './layers/camerasQuery';

/** Above this many cameras only those in view are loaded (bbox filter), reloaded as the map moves. */
export const LARGE_NETWORK_THRESHOLD = 5000;

/** Bands of the view loaded side by side (see splitBbox). */
const VIEW_BANDS = 2;

/**
 * Cameras per `cameraMap` page, the most the API serves: a view of 10,000 cameras comes in one page
 * per band, the map building one band while the server reads the other.
 */
export const MAP_PAGE_SIZE = 10_000;

export interface CameraLoading {
  /** 'all': every camera is loaded; 'in-view': only those in (a margin around) the view. */
  mode: 'pending' | 'all' | 'in-view';
  totalCount?: number;
}

const byId = (models: readonly CameraModelSummary[]) => new Map(models.map((model) => [model.id, model]));

/** The cameras arrived so far, and how many the load will bring at least, as far as its pages tell. */
export interface Arrived {
  cameras: readonly CameraNode[];
  expected: number;
}

const NOTHING_ARRIVED: Arrived = { cameras: [], expected: 0 };

/**
 * The cameras of a first load as they arrive, for the map alone: it builds them page by page
 * (building 20,000 layers at the end was a second of the first paint) while the rest of the
 * workspace sees one unchanged `loading` state, re-rendering and refreshing nothing per page.
 */
export class CameraArrivals {
  private arrived = NOTHING_ARRIVED;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): Arrived => this.arrived;

  push(arrived: Arrived): void {
    this.arrived = arrived;
    for (const listener of this.listeners) listener();
  }
}

/** Loading, with the cameras arriving: still `loading` for counts and readiness; only a complete list is `loaded`. */
export type CameraLoadState = LoadState<CameraNode> | { status: 'loading'; arrivals: CameraArrivals };

const arrivalsOf = (state: LoadState<CameraNode>): CameraArrivals | undefined =>
  state.status === 'loading' && 'arrivals' in state ? (state as { arrivals: CameraArrivals }).arrivals : undefined;

/** What to draw now: every loaded camera, or those arrived so far (read once). */
export function drawableCameras(state: LoadState<CameraNode>): Arrived {
  if (state.status === 'loaded') return { cameras: state.nodes, expected: state.nodes.length };
  return arrivalsOf(state)?.snapshot() ?? NOTHING_ARRIVED;
}

const noSubscription = () => () => undefined;
const nothingArrived = () => NOTHING_ARRIVED;

/** drawableCameras, following the arrivals: re-renders the caller (the map) page by page. */
export function useDrawableCameras(state: LoadState<CameraNode>): Arrived & { arriving: boolean } {
  const arrivals = arrivalsOf(state);
  const arrived = useSyncExternalStore(arrivals?.subscribe ?? noSubscription, arrivals?.snapshot ?? nothingArrived);
  if (state.status === 'loaded') return { cameras: state.nodes, expected: state.nodes.length, arriving: false };
  return { ...arrived, arriving: !!arrivals && arrived.cameras.length > 0 };
}

/** Every page of one band (or of all cameras), handing each page over as it arrives (`more`: another follows). */
async function loadPages(
  bbox: Bbox | null,
  options: RequestOptions,
  onPage: (nodes: readonly CameraListNode[], more: boolean) => void,
): Promise<void> {
  const request = (after: string | null) =>
    graphqlRequest(CAMERA_MAP_QUERY, { first: MAP_PAGE_SIZE, after, ...(bbox ? { filter: { bbox } } : {}) }, options);
  let after: string | null = null;
  let next: Promise<{ cameraMap: CameraMapColumns }> = request(after);
  for (;;) {
    const { cameraMap: page } = await next;
    if (!page || !Array.isArray(page.ids) || typeof page.hasNextPage !== 'boolean') {
      throw new GraphQLRequestError('The server\'s answer has no "cameraMap" page.', 'invalid-response');
    }
    if (page.hasNextPage) {
      if (!page.endCursor || page.endCursor === after) {
        throw new GraphQLRequestError('The server said "cameraMap" has another page but gave no new cursor.', 'invalid-response');
      }
      after = page.endCursor;
      // Asked for before this page is built: the server reads it meanwhile.
      next = request(after);
    }
    onPage(camerasOfColumns(page), page.hasNextPage);
    if (!page.hasNextPage) return;
  }
}

/**
 * The map's cameras: all of them up to LARGE_NETWORK_THRESHOLD, above it only those in `viewBbox`
 * (given by the map as it moves), the view's bands loaded in parallel. While another view loads,
 * the cameras already loaded stay shown. Cameras come with their model's id and are joined here to
 * the catalogue read with the count (`knownCount`: already asked by someone else, e.g. the app's read probe).
 */
export function useMapCameras(viewBbox?: Bbox | null, knownCount?: CameraCount): [CameraLoadState, CollectionEditor<CameraNode>, CameraLoading] {
  const [loading, setLoading] = useState<CameraLoading>({ mode: 'pending' });
  const models = useRef<ReadonlyMap<string, CameraModelSummary>>(new Map());
  const [firstCount] = useState(knownCount);
  useEffect(() => {
    let live = true;
    (firstCount ? Promise.resolve(firstCount) : graphqlRequest(CAMERA_COUNT_QUERY, {})).then(
      ({ cameras, cameraModels }) => {
        if (!live) return;
        models.current = byId(cameraModels?.nodes ?? []);
        setLoading({ mode: cameras.totalCount > LARGE_NETWORK_THRESHOLD ? 'in-view' : 'all', totalCount: cameras.totalCount });
      },
      () => live && setLoading({ mode: 'all' }),
    );
    return () => {
      live = false;
    };
  }, [firstCount]);

  const inView = loading.mode === 'in-view';
  const bbox = inView && viewBbox ? viewBbox : null;
  const enabled = loading.mode === 'all' || !!bbox;
  const bboxKey = bbox ? bbox.join(',') : '';
  const [state, setState] = useState<CameraLoadState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadedOnce = useRef(false);
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    const options = { signal: abort.signal };
    const bands = bbox ? splitBbox(bbox, VIEW_BANDS) : [null];
    const pages: CameraListNode[][] = [];
    // The first load hands its cameras to the map page by page, so that only the last page's are
    // left to build at the end (the map holds its redraws meanwhile: see MapView). Later loads (the
    // view moved) keep the previous cameras until complete.
    const arrivals = loadedOnce.current ? null : new CameraArrivals();
    if (arrivals) setState({ status: 'loading', arrivals });
    // Bands whose last page has not arrived: at least one camera more each, as far as anyone knows.
    const unfinished = new Set(bands.map((_, index) => index));
    const onPage = (band: number) => (nodes: readonly CameraListNode[], more: boolean) => {
      pages.push(nodes as CameraListNode[]);
      if (!more) unfinished.delete(band);
      if (!arrivals || abort.signal.aborted) return;
      const cameras = joinCameraPages(pages, models.current);
      arrivals.push({ cameras, expected: cameras.length + unfinished.size });
    };
    Promise.all(bands.map((band, index) => loadPages(band, options, onPage(index))))
      .then(async () => {
        if (unknownModelIds(pages, models.current).length) {
          models.current = byId((await graphqlRequest(CAMERA_MODEL_SUMMARIES_QUERY, {}, options)).cameraModels.nodes);
          // Cameras joined while their model was unknown: join them again.
          for (const page of pages) for (const camera of page as Array<CameraListNode & { model?: unknown }>) if (camera.model === null) delete camera.model;
        }
        return joinCameraPages(pages, models.current);
      })
      .then(
        (cameras) => {
          if (abort.signal.aborted) return;
          loadedOnce.current = true;
          setState({ status: 'loaded', nodes: cameras, totalCount: cameras.length });
        },
        (error: unknown) => {
          if (!abort.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
    return () => abort.abort();
    // bbox is read through bboxKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, bboxKey, generation]);

  const editor = useCollectionEditor(setState, setGeneration);
  return [state, editor, loading];
}
