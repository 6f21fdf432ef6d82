import type { LineString, Polygon } from 'geojson';
import { useCallback, useMemo, useRef, useState } from 'react';
import { userMessage, type UserFacingError } from '../api/errors';
import { nodesOf } from '../api/useConnection';
import { t } from '../i18n/i18n';
import { formatDegrees, formatDistance } from '../i18n/format';
import { createAsset, deleteAsset, fetchAsset, newCode, updateAsset, type CameraInput, type CameraModelNode, type CreateInputOf, type EditableType, type Endpoint, type InputOf, type NodeOf } from '../editing/mutations';
import { placeCamera, snapLineEnds, type SnapCandidate } from '../editing/snapping';
import { UndoStack } from '../editing/undoStack';
import type { CameraNode } from '../map/layers/camerasQuery';
import type { Selection } from '../map/mapUrlState';
import type { MapData, MapEditors } from '../map/useMapData';

export type Tool = 'select' | 'place-camera' | 'draw-black-spot' | 'draw-building' | 'draw-fiber' | 'draw-power-feed' | 'pick-outage' | PointTool;

/** The tools that place a point asset other than a camera (its kind is picked beside the tools). */
export const POINT_TOOLS = { 'place-pole': 'Pole', 'place-network-node': 'NetworkNode', 'place-power-source': 'PowerSource' } as const;
export type PointTool = keyof typeof POINT_TOOLS;
export type PointType = (typeof POINT_TOOLS)[PointTool];
export const isPointTool = (tool: string): tool is PointTool => tool in POINT_TOOLS;
const CODE_PREFIX: Record<string, string> = {
  Pole: 'POL', PowerSource: 'PS', cabinet: 'CAB', switch: 'SW', splice_closure: 'SC', control_centre: 'CC',
};

export interface Notice {
  tone: 'ok' | 'error';
  message: string;
  /** Offer a reload of the data (stale version, deleted meanwhile). */
  reload?: boolean;
}

const COLLECTION: Record<EditableType, keyof MapEditors> = {
  Camera: 'cameras', BlackSpot: 'blackSpots', Building: 'buildings', FiberRun: 'fiberRuns', PowerFeed: 'powerFeeds',
  Pole: 'poles', NetworkNode: 'networkNodes', PowerSource: 'powerSources',
};
const SELECTION_KIND: Record<EditableType, Selection['kind']> = {
  Camera: 'camera', BlackSpot: 'blackSpot', Building: 'building', FiberRun: 'fiberRun', PowerFeed: 'powerFeed',
  Pole: 'pole', NetworkNode: 'networkNode', PowerSource: 'powerSource',
};
const CREATE_FIELDS: Record<EditableType, readonly string[]> = {
  Camera: ['code', 'name', 'location', 'poleId', 'modelId', 'mountHeightMeters', 'headingDegrees', 'tiltDegrees', 'focalLengthMm', 'status', 'existing'],
  BlackSpot: ['code', 'name', 'boundary', 'category', 'priority', 'requiredLevel', 'notes'],
  Building: ['footprint', 'heightMeters'],
  FiberRun: ['code', 'path', 'cableType', 'installMethod', 'strandCount', 'status', 'from', 'to', 'existing'],
  PowerFeed: ['code', 'path', 'capacityWatts', 'voltage', 'switched', 'installMethod', 'status', 'fromPowerSourceId', 'to', 'existing'],
  Pole: ['code', 'location', 'kind', 'heightMeters', 'owner', 'upsAutonomyMinutes', 'status', 'existing'],
  NetworkNode: ['code', 'name', 'location', 'kind', 'portCount', 'strandCapacity', 'powerDrawWatts', 'upsAutonomyMinutes', 'status', 'existing'],
  PowerSource: ['code', 'name', 'location', 'kind', 'capacityWatts', 'voltage', 'status', 'existing'],
};

/** Rebuilds a create input from a node (to undo a delete). */
function recreateInput<T extends EditableType>(type: T, node: NodeOf[T]): CreateInputOf[T] {
  const source = node as unknown as Record<string, unknown>;
  const input: Record<string, unknown> = {};
  for (const field of CREATE_FIELDS[type]) if (source[field] !== undefined && source[field] !== null) input[field] = source[field];
  if (type === 'Camera') input.modelId = (node as CameraNode).model?.id;
  if (type === 'FiberRun' || type === 'PowerFeed') {
    const run = source as { fromKind?: string; fromId?: string; toKind?: string; toId?: string };
    if (type === 'FiberRun' && run.fromKind && run.fromId) input.from = { kind: run.fromKind, id: run.fromId };
    if (run.toKind && run.toId) input.to = { kind: run.toKind, id: run.toId };
  }
  return input as CreateInputOf[T];
}

/**
 * Every edit of the plan goes through here: the API call, the local update of the map, the undo
 * entry and a message in words a user understands.
 */
export function usePlanning({ data, editors, models, select }: {
  data: MapData;
  editors: MapEditors;
  models: readonly CameraModelNode[];
  select: (selection: Selection | null) => void;
}) {
  const undoStack = useRef(new UndoStack());
  const [undoLabel, setUndoLabel] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const dataRef = useRef(data);
  dataRef.current = data;

  const syncUndo = () => setUndoLabel(undoStack.current.peek()?.label);
  const editorOf = (type: EditableType) => editors[COLLECTION[type]] as unknown as { upsert(node: unknown): void; remove(id: string): void; reload(): void };

  const fail = useCallback((error: unknown, subject?: string) => {
    const friendly: UserFacingError = userMessage(error, subject);
    setNotice({ tone: 'error', message: friendly.message, reload: friendly.reload });
  }, []);

  const run = useCallback(async <R,>(action: () => Promise<R>, subject?: string): Promise<R | undefined> => {
    setBusy(true);
    try {
      return await action();
    } catch (error) {
      fail(error, subject);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [fail]);

  const latestVersion = async <T extends EditableType>(type: T, id: string): Promise<NodeOf[T] | null> => fetchAsset(type, id);

  const create = useCallback(async <T extends EditableType>(type: T, input: CreateInputOf[T], label: string): Promise<NodeOf[T] | undefined> => {
    const node = await run(() => createAsset(type, input));
    if (!node) return undefined;
    editorOf(type).upsert(node);
    undoStack.current.push({
      label,
      undo: async () => {
        const current = await latestVersion(type, (node as { id: string }).id);
        if (current) await deleteAsset(type, (current as { id: string }).id, (current as { version: number }).version);
        editorOf(type).remove((node as { id: string }).id);
      },
    });
    syncUndo();
    select({ kind: SELECTION_KIND[type], id: (node as { id: string }).id });
    setNotice({ tone: 'ok', message: label });
    return node;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, editors, select]);

  const update = useCallback(async <T extends EditableType>(type: T, before: NodeOf[T], changes: InputOf[T], label: string, subject?: string): Promise<NodeOf[T] | undefined> => {
    const { id, version } = before as unknown as { id: string; version: number };
    const node = await run(() => updateAsset(type, id, version, changes), subject);
    if (!node) return undefined;
    editorOf(type).upsert(node);
    const previous: Record<string, unknown> = {};
    const beforeRecord = before as unknown as Record<string, unknown>;
    for (const key of Object.keys(changes)) previous[key] = key === 'modelId' ? (before as unknown as CameraNode).model?.id : beforeRecord[key];
    undoStack.current.push({
      label,
      undo: async () => {
        const current = await latestVersion(type, id);
        if (!current) return;
        const restored = await updateAsset(type, id, (current as { version: number }).version, previous as InputOf[T]);
        editorOf(type).upsert(restored);
      },
    });
    syncUndo();
    setNotice({ tone: 'ok', message: label });
    return node;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, editors]);

  const remove = useCallback(async <T extends EditableType>(type: T, node: NodeOf[T], label: string, subject?: string): Promise<boolean> => {
    const { id, version } = node as unknown as { id: string; version: number };
    const done = await run(async () => {
      await deleteAsset(type, id, version);
      return true;
    }, subject);
    if (!done) return false;
    editorOf(type).remove(id);
    select(null);
    undoStack.current.push({
      label,
      undo: async () => {
        const recreated = await createAsset(type, recreateInput(type, node));
        editorOf(type).upsert(recreated);
      },
    });
    syncUndo();
    setNotice({ tone: 'ok', message: label });
    return true;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [run, editors, select]);

  const undo = useCallback(async () => {
    const label = undoStack.current.peek()?.label;
    if (!label) return;
    setBusy(true);
    try {
      await undoStack.current.undoLast();
      setNotice({ tone: 'ok', message: t('plan.undone', { label }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
      syncUndo();
    }
  }, [fail]);

  // ---- the planning gestures -------------------------------------------------------------------

  const placeCameraAt = useCallback(async (position: [number, number]) => {
    const model = models[0];
    if (!model) {
      setNotice({ tone: 'error', message: t('plan.noModel') });
      return undefined;
    }
    const placement = placeCamera(position, nodesOf(dataRef.current.poles));
    const code = newCode('CAM');
    const input: CreateInputOf['Camera'] = {
      code,
      modelId: model.id,
      headingDegrees: 0,
      tiltDegrees: 15,
      status: 'planned',
      ...(placement.mount === 'pole'
        ? { poleId: placement.poleId, location: { type: 'Point', coordinates: placement.location } }
        : { location: { type: 'Point', coordinates: placement.location }, mountHeightMeters: 4 }),
    };
    if (model.focalLengthMinMm) input.focalLengthMm = model.focalLengthMinMm;
    const where = placement.mount === 'pole'
      ? t('plan.onPole', { code: placement.poleCode ?? '', distance: formatDistance(placement.distanceMeters) })
      : t('plan.freeMount');
    return create('Camera', input, `${t('plan.placed', { code })} ${where}`);
  }, [models, create]);

  const moveCamera = useCallback((camera: CameraNode, position: [number, number]) => {
    const placement = placeCamera(position, nodesOf(dataRef.current.poles));
    const changes: CameraInput = placement.mount === 'pole'
      ? { poleId: placement.poleId, location: { type: 'Point', coordinates: placement.location } }
      : { poleId: null, location: { type: 'Point', coordinates: placement.location } };
    return update('Camera', camera, changes, t('plan.moved', { code: camera.code }), t('vocab.camera').toLowerCase());
  }, [update]);

  const rotateCamera = useCallback((camera: CameraNode, heading: number) =>
    update('Camera', camera, { headingDegrees: ((heading % 360) + 360) % 360 }, t('plan.rotated', { code: camera.code, heading: formatDegrees(heading) }), t('vocab.camera').toLowerCase()),
  [update]);

  const drawBlackSpot = useCallback((boundary: Polygon) =>
    create('BlackSpot', { code: newCode('BS'), name: t('plan.newBlackSpot'), boundary, category: 'crime', priority: 3, requiredLevel: 'recognition' }, t('plan.created', { what: t('plan.newBlackSpot') })),
  [create]);

  const drawBuilding = useCallback((footprint: Polygon) =>
    create('Building', { footprint, heightMeters: 9 }, t('plan.created', { what: t('plan.newBuilding') })),
  [create]);

  const endpointCandidates = useCallback((kinds: ReadonlyArray<Endpoint['kind']>): SnapCandidate<Endpoint['kind']>[] => {
    const current = dataRef.current;
    const list: SnapCandidate<Endpoint['kind']>[] = [];
    if (kinds.includes('network_node')) for (const node of nodesOf(current.networkNodes)) list.push({ kind: 'network_node', id: node.id, code: node.code, location: node.location.coordinates });
    if (kinds.includes('camera')) for (const camera of nodesOf(current.cameras)) list.push({ kind: 'camera', id: camera.id, code: camera.code, location: camera.location.coordinates });
    if (kinds.includes('pole')) for (const pole of nodesOf(current.poles)) list.push({ kind: 'pole', id: pole.id, code: pole.code, location: pole.location.coordinates });
    if (kinds.includes('power_source')) for (const source of nodesOf(current.powerSources)) list.push({ kind: 'power_source', id: source.id, code: source.code, location: source.location.coordinates });
    return list;
  }, []);

  const drawFiberRun = useCallback((line: LineString) => {
    const snapped = snapLineEnds(line.coordinates, endpointCandidates(['network_node', 'camera', 'pole']));
    const code = newCode('FO');
    return create('FiberRun', {
      code, path: { type: 'LineString', coordinates: snapped.path }, cableType: 'sm_g652d', installMethod: 'aerial', strandCount: 12, status: 'planned',
      from: snapped.from ? { kind: snapped.from.kind, id: snapped.from.id } : null,
      to: snapped.to ? { kind: snapped.to.kind, id: snapped.to.id } : null,
    }, `${t('plan.created', { what: code })} · ${t('plan.endpoints', { from: snapped.from?.code ?? t('plan.unconnected'), to: snapped.to?.code ?? t('plan.unconnected') })}`);
  }, [create, endpointCandidates]);

  const drawPowerFeed = useCallback((line: LineString) => {
    const all = endpointCandidates(['power_source', 'camera', 'pole', 'network_node']);
    const sources = all.filter((candidate) => candidate.kind === 'power_source');
    const start = snapLineEnds(line.coordinates, sources);
    const end = snapLineEnds(start.path, all.filter((candidate) => candidate.kind !== 'power_source'));
    const code = newCode('PF');
    return create('PowerFeed', {
      code, path: { type: 'LineString', coordinates: end.path }, capacityWatts: 500, voltage: 230, switched: false, status: 'planned',
      fromPowerSourceId: start.from?.id ?? null,
      to: end.to ? { kind: end.to.kind, id: end.to.id } : null,
    }, `${t('plan.created', { what: code })} · ${t('plan.endpoints', { from: start.from?.code ?? t('plan.unconnected'), to: end.to?.code ?? t('plan.unconnected') })}`);
  }, [create, endpointCandidates]);

  /** A pole, network node or power source of `kind` where the user clicked, with the API's defaults of a new one. */
  const [pointKinds, setPointKinds] = useState<Record<PointType, string>>({ Pole: 'camera_pole', NetworkNode: 'switch', PowerSource: 'utility_supply' });
  const setPointKind = useCallback((type: PointType, kind: string) => setPointKinds((previous) => ({ ...previous, [type]: kind })), []);
  const placePointAt = useCallback((type: PointType, kind: string, position: [number, number]) => {
    const location = { type: 'Point' as const, coordinates: position };
    const code = newCode(CODE_PREFIX[type === 'NetworkNode' ? kind : type] ?? 'NN');
    const what = `${t(`vocab.${kind}`)} ${code}`;
    const label = t('plan.created', { what });
    if (type === 'Pole') return create('Pole', { code, location, kind: kind as never, heightMeters: 8, status: 'planned' }, label);
    if (type === 'NetworkNode') return create('NetworkNode', { code, name: what, location, kind: kind as never, status: 'planned' }, label);
    return create('PowerSource', { code, name: what, location, kind: kind as never, capacityWatts: 3000, voltage: 230, status: 'planned' }, label);
  }, [create]);

  /** A pole, network node or power source dragged to a new place. */
  const movePoint = useCallback(<T extends PointType>(type: T, node: NodeOf[T], position: [number, number]) => {
    const code = (node as { code: string }).code;
    return update(type, node, { location: { type: 'Point', coordinates: position } } as InputOf[T], t('assets.moved', { code }), t(`vocab.${({ Pole: 'pole', NetworkNode: 'network_node', PowerSource: 'power_source' } as const)[type]}`).toLowerCase());
  }, [update]);

  return useMemo(() => ({
    notice, setNotice, busy, undoLabel, undo, create, update, remove,
    placeCameraAt, moveCamera, rotateCamera, drawBlackSpot, drawBuilding, drawFiberRun, drawPowerFeed, placePointAt, movePoint, pointKinds, setPointKind,
  }), [pointKinds, setPointKind, notice, busy, undoLabel, undo, create, update, remove, placeCameraAt, moveCamera, rotateCamera, drawBlackSpot, drawBuilding, drawFiberRun, drawPowerFeed, placePointAt, movePoint]);
}

export type Planning = ReturnType<typeof usePlanning>;
