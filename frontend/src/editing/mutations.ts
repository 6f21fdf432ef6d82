import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { graphql, graphqlRequest, type TypedDocument } from '../api/graphqlClient';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import type { BuildingNode } from '../map/layers/buildingsQuery';
import { CAMERA_FIELDS, type CameraNode } from '../map/layers/camerasQuery';
import type { FiberRunNode } from '../map/layers/fiberRunsQuery';
import type { NetworkNodeNode } from '../map/layers/networkNodesQuery';
import type { PoleNode } from '../map/layers/polesQuery';
import type { PowerFeedNode } from '../map/layers/powerFeedsQuery';
import type { PowerSourceNode } from '../map/layers/powerSourcesQuery';

/**
 * The API's create/update/delete for what the map edits; each returns the fields its layer draws, and
 * physical assets their `existing` flag (re-used, not priced by the bill).
 */
const FIELDS = {
  Camera: `${CAMERA_FIELDS} existing`,
  BlackSpot: 'id version code name boundary category priority requiredLevel notes areaSquareMeters',
  Building: 'id version footprint heightMeters sourceId',
  FiberRun: 'id version code path strandCount cableType installMethod lengthMeters status fromKind fromId toKind toId existing',
  PowerFeed: 'id version code path capacityWatts voltage switched status lengthMeters fromPowerSourceId toKind toId existing',
  Pole: 'id version code kind heightMeters owner status location existing',
  NetworkNode: 'id version code name kind location portCount strandCapacity existing',
  PowerSource: 'id version code name kind location capacityWatts voltage existing',
} as const;
export type EditableType = keyof typeof FIELDS;

/** Physical assets: the map's lists do not all carry `existing`; an update's answer does. */
export type Existing = { existing?: boolean };
export interface NodeOf {
  Camera: CameraNode & Existing;
  BlackSpot: BlackSpotNode;
  Building: BuildingNode;
  FiberRun: FiberRunNode & Existing;
  PowerFeed: PowerFeedNode & Existing;
  Pole: PoleNode & Existing;
  NetworkNode: NetworkNodeNode & Existing;
  PowerSource: PowerSourceNode & Existing;
}
/** The types with an `existing` flag. */
export const PHYSICAL_TYPES = ['Camera', 'Pole', 'NetworkNode', 'FiberRun', 'PowerSource', 'PowerFeed'] as const;
export type PhysicalType = (typeof PHYSICAL_TYPES)[number];

export interface CameraInput {
  code?: string;
  name?: string | null;
  location?: Point;
  poleId?: string | null;
  modelId?: string;
  mountHeightMeters?: number;
  headingDegrees?: number;
  tiltDegrees?: number;
  focalLengthMm?: number | null;
  status?: string;
  ptzPresets?: PtzPreset[];
  existing?: boolean;
}
/** A named pan heading, tilt and zoom of a PTZ camera. */
export interface PtzPreset {
  name: string;
  headingDegrees: number;
  tiltDegrees: number;
  zoomFactor: number;
}
export interface BlackSpotInput {
  code?: string; name?: string; boundary?: Polygon; category?: string; priority?: number; requiredLevel?: string; notes?: string | null;
}
export interface BuildingInput {
  footprint?: Polygon | MultiPolygon; heightMeters?: number | null;
}
export interface Endpoint {
  kind: 'network_node' | 'pole' | 'camera' | 'power_source';
  id: string;
}
export interface FiberRunInput {
  code?: string; path?: LineString; cableType?: string; installMethod?: string; strandCount?: number; status?: string; from?: Endpoint | null; to?: Endpoint | null;
  existing?: boolean;
}
export interface PowerFeedInput {
  code?: string; path?: LineString; capacityWatts?: number; voltage?: number; switched?: boolean; status?: string; fromPowerSourceId?: string | null; to?: Endpoint | null;
  existing?: boolean;
}
/** What the map changes on a pole, node or power source (their other fields are edited elsewhere). */
export interface PointAssetInput {
  code?: string; location?: Point; kind?: string; status?: string; existing?: boolean;
}
export interface InputOf {
  Camera: CameraInput;
  BlackSpot: BlackSpotInput;
  Building: BuildingInput;
  FiberRun: FiberRunInput;
  PowerFeed: PowerFeedInput;
  Pole: PointAssetInput;
  NetworkNode: PointAssetInput;
  PowerSource: PointAssetInput;
}

export async function createAsset<T extends EditableType>(type: T, input: InputOf[T]): Promise<NodeOf[T]> {
  const document = graphql<Record<string, NodeOf[T]>, { input: InputOf[T] }>(
    `mutation Create${type}($input: Create${type}Input!) { create${type}(input: $input) { ${FIELDS[type]} } }`,
  );
  return (await graphqlRequest(document, { input }))[`create${type}`];
}

export async function updateAsset<T extends EditableType>(type: T, id: string, version: number, changes: InputOf[T]): Promise<NodeOf[T]> {
  const document = graphql<Record<string, NodeOf[T]>, { input: InputOf[T] & { id: string; version: number } }>(
    `mutation Update${type}($input: Update${type}Input!) { update${type}(input: $input) { ${FIELDS[type]} } }`,
  );
  return (await graphqlRequest(document, { input: { ...changes, id, version } }))[`update${type}`];
}

export async function deleteAsset(type: EditableType, id: string, version: number): Promise<void> {
  const document = graphql<Record<string, unknown>, { id: string; version: number }>(
    `mutation Delete${type}($id: ID!, $version: Int!) { delete${type}(id: $id, version: $version) { id } }`,
  );
  await graphqlRequest(document, { id, version });
}

/** The API's query field of a type: Camera -> camera. */
function fieldOf(type: string): string {
  return type.charAt(0).toLowerCase() + type.slice(1);
}

export async function fetchAsset<T extends EditableType>(type: T, id: string): Promise<NodeOf[T] | null> {
  const field = fieldOf(type);
  const document = graphql<Record<string, NodeOf[T] | null>, { id: string }>(`query Get${type}($id: ID!) { ${field}(id: $id) { ${FIELDS[type]} } }`);
  return (await graphqlRequest(document, { id }))[field];
}

type ExistingAnswer = Record<string, { id: string; version: number; existing: boolean } | null>;
const EXISTING_DOCUMENTS = Object.fromEntries(PHYSICAL_TYPES.map((type) => [
  type,
  graphql<ExistingAnswer, { id: string }>(`query ${type}Existing($id: ID!) { ${fieldOf(type)}(id: $id) { id version existing } }`),
])) as Record<PhysicalType, TypedDocument<ExistingAnswer, { id: string }>>;

/** Whether an asset is existing (re-used, not priced), with the version that says so; null when it is gone. */
export async function fetchExisting(type: PhysicalType, id: string, signal?: AbortSignal): Promise<{ version: number; existing: boolean } | null> {
  return (await graphqlRequest(EXISTING_DOCUMENTS[type], { id }, { signal }))[fieldOf(type)];
}

/** A readable unique code for a new asset: prefix, date and a random suffix (e.g. CAM-P-2611-4K7Q). */
export function newCode(prefix: string, now = new Date(), random = Math.random): string {
  const date = `${String(now.getFullYear()).slice(2)}${String(now.getMonth() + 1).padStart(2, '0')}`;
  const suffix = Array.from({ length: 5 }, () => '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(random() * 32)]).join('');
  return `${prefix}-${date}-${suffix}`;
}

export interface CameraModelNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  focalLengthMinMm: number | null;
  focalLengthMaxMm: number | null;
}

export const CAMERA_MODELS_QUERY = graphql<{ cameraModels: { nodes: CameraModelNode[] } }>(
  `query CameraModels { cameraModels(first: 1000) { nodes { id code name kind focalLengthMinMm focalLengthMaxMm } } }`,
);
