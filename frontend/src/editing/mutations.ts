import { graphqlRequest, type TypedDocument } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { CameraModelsQuery, EndpointInput, PtzPresetInput, SceneActivity, VideoCodec } from '../gql/graphql';
import type { BlackSpotNode } from '../map/layers/blackSpotsQuery';
import type { BuildingNode } from '../map/layers/buildingsQuery';
import type { CameraNode } from '../map/layers/camerasQuery';
import type { FiberRunNode } from '../map/layers/fiberRunsQuery';
import type { NetworkNodeNode } from '../map/layers/networkNodesQuery';
import type { PoleNode } from '../map/layers/polesQuery';
import type { PowerFeedNode } from '../map/layers/powerFeedsQuery';
import type { PowerSourceNode } from '../map/layers/powerSourcesQuery';

/**
 * The API's create/update/delete for what the map edits; each answers the fields its layer draws (the
 * layer's fragment), and a camera also its `existing` flag (re-used, not priced by the bill).
 */
export const EDITED_CAMERA_FIELDS = graphql(`
  fragment EditedCamera on Camera { ...MapCamera existing sceneActivity codec }
`);

const DOCUMENTS = {
  Camera: {
    create: graphql(`mutation CreateCamera($input: CreateCameraInput!) { createCamera(input: $input) { ...EditedCamera } }`),
    update: graphql(`mutation UpdateCamera($input: UpdateCameraInput!) { updateCamera(input: $input) { ...EditedCamera } }`),
    remove: graphql(`mutation DeleteCamera($id: ID!, $version: Int!) { deleteCamera(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetCamera($id: ID!) { camera(id: $id) { ...EditedCamera } }`),
  },
  BlackSpot: {
    create: graphql(`mutation CreateBlackSpot($input: CreateBlackSpotInput!) { createBlackSpot(input: $input) { ...MapBlackSpot } }`),
    update: graphql(`mutation UpdateBlackSpot($input: UpdateBlackSpotInput!) { updateBlackSpot(input: $input) { ...MapBlackSpot } }`),
    remove: graphql(`mutation DeleteBlackSpot($id: ID!, $version: Int!) { deleteBlackSpot(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetBlackSpot($id: ID!) { blackSpot(id: $id) { ...MapBlackSpot } }`),
  },
  Building: {
    create: graphql(`mutation CreateBuilding($input: CreateBuildingInput!) { createBuilding(input: $input) { ...MapBuilding } }`),
    update: graphql(`mutation UpdateBuilding($input: UpdateBuildingInput!) { updateBuilding(input: $input) { ...MapBuilding } }`),
    remove: graphql(`mutation DeleteBuilding($id: ID!, $version: Int!) { deleteBuilding(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetBuilding($id: ID!) { building(id: $id) { ...MapBuilding } }`),
  },
  FiberRun: {
    create: graphql(`mutation CreateFiberRun($input: CreateFiberRunInput!) { createFiberRun(input: $input) { ...MapFiberRun } }`),
    update: graphql(`mutation UpdateFiberRun($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { ...MapFiberRun } }`),
    remove: graphql(`mutation DeleteFiberRun($id: ID!, $version: Int!) { deleteFiberRun(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetFiberRun($id: ID!) { fiberRun(id: $id) { ...MapFiberRun } }`),
  },
  PowerFeed: {
    create: graphql(`mutation CreatePowerFeed($input: CreatePowerFeedInput!) { createPowerFeed(input: $input) { ...MapPowerFeed } }`),
    update: graphql(`mutation UpdatePowerFeed($input: UpdatePowerFeedInput!) { updatePowerFeed(input: $input) { ...MapPowerFeed } }`),
    remove: graphql(`mutation DeletePowerFeed($id: ID!, $version: Int!) { deletePowerFeed(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetPowerFeed($id: ID!) { powerFeed(id: $id) { ...MapPowerFeed } }`),
  },
  Pole: {
    create: graphql(`mutation CreatePole($input: CreatePoleInput!) { createPole(input: $input) { ...MapPole } }`),
    update: graphql(`mutation UpdatePole($input: UpdatePoleInput!) { updatePole(input: $input) { ...MapPole } }`),
    remove: graphql(`mutation DeletePole($id: ID!, $version: Int!) { deletePole(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetPole($id: ID!) { pole(id: $id) { ...MapPole } }`),
  },
  NetworkNode: {
    create: graphql(`mutation CreateNetworkNode($input: CreateNetworkNodeInput!) { createNetworkNode(input: $input) { ...MapNetworkNode } }`),
    update: graphql(`mutation UpdateNetworkNode($input: UpdateNetworkNodeInput!) { updateNetworkNode(input: $input) { ...MapNetworkNode } }`),
    remove: graphql(`mutation DeleteNetworkNode($id: ID!, $version: Int!) { deleteNetworkNode(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetNetworkNode($id: ID!) { networkNode(id: $id) { ...MapNetworkNode } }`),
  },
  PowerSource: {
    create: graphql(`mutation CreatePowerSource($input: CreatePowerSourceInput!) { createPowerSource(input: $input) { ...MapPowerSource } }`),
    update: graphql(`mutation UpdatePowerSource($input: UpdatePowerSourceInput!) { updatePowerSource(input: $input) { ...MapPowerSource } }`),
    remove: graphql(`mutation DeletePowerSource($id: ID!, $version: Int!) { deletePowerSource(id: $id, version: $version) { id } }`),
    fetch: graphql(`query GetPowerSource($id: ID!) { powerSource(id: $id) { ...MapPowerSource } }`),
  },
};
export type EditableType = keyof typeof DOCUMENTS;

type VariablesOf<TDocument> = TDocument extends TypedDocument<any, infer TVariables> ? TVariables : never;
type Documents<T extends EditableType> = (typeof DOCUMENTS)[T];
/** The API's input of a create, and of an update (the changes, without id and version), per type. */
export type CreateInputOf = { [T in EditableType]: VariablesOf<Documents<T>['create']>['input'] };
export type InputOf = { [T in EditableType]: Omit<VariablesOf<Documents<T>['update']>['input'], 'id' | 'version'> };

/** Physical assets: the map's lists do not all carry `existing`; an edit's answer does. */
export type Existing = { existing?: boolean };
/** A camera's stream settings (bitrate sizing): not in the map's columns; an edit's answer carries them. */
export type StreamSettings = { sceneActivity?: SceneActivity | null; codec?: VideoCodec | null };
/** What the map keeps of each type: its layer's node (an edit answers the layer's fragment). */
export interface NodeOf {
  Camera: CameraNode & Existing & StreamSettings;
  BlackSpot: BlackSpotNode;
  Building: BuildingNode;
  FiberRun: FiberRunNode;
  PowerFeed: PowerFeedNode;
  Pole: PoleNode;
  NetworkNode: NetworkNodeNode;
  PowerSource: PowerSourceNode;
}

/** The types with an `existing` flag. */
export const PHYSICAL_TYPES = ['Camera', 'Pole', 'NetworkNode', 'FiberRun', 'PowerSource', 'PowerFeed'] as const;
export type PhysicalType = (typeof PHYSICAL_TYPES)[number];

export type CameraInput = InputOf['Camera'];
/** A named pan heading, tilt and zoom of a PTZ camera. */
export type PtzPreset = PtzPresetInput;
/** What a fiber run or power feed ends at. */
export type Endpoint = EndpointInput;

/** The field of a mutation or query answer: createCamera, camera ... */
function answer<T>(data: object, field: string): T {
  return (data as Record<string, T>)[field];
}

// TypeScript cannot follow a document chosen by `type` to its own types: the documents' generated types
// are asserted once here, and every caller gets the types of the type it names.
export async function createAsset<T extends EditableType>(type: T, input: CreateInputOf[T]): Promise<NodeOf[T]> {
  return answer(await graphqlRequest(DOCUMENTS[type].create as TypedDocument<object, { input: CreateInputOf[T] }>, { input }), `create${type}`);
}

export async function updateAsset<T extends EditableType>(type: T, id: string, version: number, changes: InputOf[T]): Promise<NodeOf[T]> {
  const document = DOCUMENTS[type].update as TypedDocument<object, { input: InputOf[T] & { id: string; version: number } }>;
  return answer(await graphqlRequest(document, { input: { ...changes, id, version } }), `update${type}`);
}

export async function deleteAsset(type: EditableType, id: string, version: number): Promise<void> {
  await graphqlRequest(DOCUMENTS[type].remove as TypedDocument<object, { id: string; version: number }>, { id, version });
}

/** The API's query field of a type: Camera -> camera. */
function fieldOf<T extends string>(type: T): Uncapitalize<T> {
  return (type.charAt(0).toLowerCase() + type.slice(1)) as Uncapitalize<T>;
}

export async function fetchAsset<T extends EditableType>(type: T, id: string): Promise<NodeOf[T] | null> {
  return answer(await graphqlRequest(DOCUMENTS[type].fetch as TypedDocument<object, { id: string }>, { id }), fieldOf(type));
}

const EXISTING_DOCUMENTS = {
  Camera: graphql(`query CameraExisting($id: ID!) { camera(id: $id) { id version existing } }`),
  Pole: graphql(`query PoleExisting($id: ID!) { pole(id: $id) { id version existing } }`),
  NetworkNode: graphql(`query NetworkNodeExisting($id: ID!) { networkNode(id: $id) { id version existing } }`),
  FiberRun: graphql(`query FiberRunExisting($id: ID!) { fiberRun(id: $id) { id version existing } }`),
  PowerSource: graphql(`query PowerSourceExisting($id: ID!) { powerSource(id: $id) { id version existing } }`),
  PowerFeed: graphql(`query PowerFeedExisting($id: ID!) { powerFeed(id: $id) { id version existing } }`),
};

const CAMERA_STREAM = graphql(`query CameraStreamSettings($id: ID!) { camera(id: $id) { id version sceneActivity codec model { id codec } } }`);

/** A camera's scene activity and codec as stored, with its model's codec (what null means); null when it is gone. */
export async function fetchCameraStream(id: string, signal?: AbortSignal): Promise<{ version: number; sceneActivity: SceneActivity | null; codec: VideoCodec | null; modelCodec: VideoCodec } | null> {
  const camera = (await graphqlRequest(CAMERA_STREAM, { id }, { signal })).camera;
  return camera && { version: camera.version, sceneActivity: camera.sceneActivity ?? null, codec: camera.codec ?? null, modelCodec: camera.model.codec };
}

/** Whether an asset is existing (re-used, not priced), with the version that says so; null when it is gone. */
export async function fetchExisting(type: PhysicalType, id: string, signal?: AbortSignal): Promise<{ version: number; existing: boolean } | null> {
  const document = EXISTING_DOCUMENTS[type] as TypedDocument<object, { id: string }>;
  return answer(await graphqlRequest(document, { id }, { signal }), fieldOf(type));
}

/** A readable unique code for a new asset: prefix, date and a random suffix (e.g. CAM-P-2611-4K7Q). */
export function newCode(prefix: string, now = new Date(), random = Math.random): string {
  const date = `${String(now.getFullYear()).slice(2)}${String(now.getMonth() + 1).padStart(2, '0')}`;
  const suffix = Array.from({ length: 5 }, () => '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(random() * 32)]).join('');
  return `${prefix}-${date}-${suffix}`;
}

export type CameraModelNode = CameraModelsQuery['cameraModels']['nodes'][number];

export const CAMERA_MODELS_QUERY = graphql(`
  query CameraModels { cameraModels(first: 1000) { nodes { id code name kind focalLengthMinMm focalLengthMaxMm } } }
`);
