import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { SchemaCapabilities } from '../api/capabilities';
import { graphql, graphqlRequest } from '../api/graphqlClient';
import type { CameraSelectionMode } from '../map/mapUrlState';

/**
 * The coverage and network analyses. Each asks only for fields the live schema has (the API is
 * still being built): `available*` says whether a panel can work at all, and selections are
 * intersected with the schema so a renamed optional field does not break the whole query.
 */

export interface CameraCoverage {
  cameraId?: string;
  level: string;
  area: Polygon | MultiPolygon | null;
  areaSquareMeters?: number | null;
  nearMeters?: number | null;
  farMeters?: number | null;
  unavailableReason?: string | null;
}

export interface BlackSpotCoverage {
  blackSpotId: string;
  requiredLevel?: string;
  areaSquareMeters?: number;
  coveredAreaSquareMeters?: number;
  coveredFraction: number;
  uncovered?: Polygon | MultiPolygon | null;
  contributingCameraIds?: string[];
  contributingCameras?: Array<{ id: string; code: string }>;
}

export interface LevelSummary {
  level: string;
  blackSpotCount?: number;
  areaSquareMeters?: number;
  coveredAreaSquareMeters?: number;
  uncoveredAreaSquareMeters?: number;
  coveredFraction: number;
  priorityWeightedCoveredFraction?: number;
}
export interface AreaSummary {
  zoneId?: string | null;
  zoneName?: string | null;
  levels: LevelSummary[];
}
export interface CoverageSummary {
  city: AreaSummary;
  zones: AreaSummary[];
}

export interface CoveragePreviewInput {
  cameraId?: string;
  location: Point;
  modelId: string;
  mountHeightMeters: number;
  headingDegrees: number;
  tiltDegrees: number;
  focalLengthMm: number | null;
}

function pick(capabilities: SchemaCapabilities, typeName: string | undefined, wanted: readonly string[]): string[] {
  if (!typeName) return [];
  const present = capabilities.fields(typeName);
  return wanted.filter((field) => present.includes(field));
}

const COVERAGE_FIELDS = ['cameraId', 'level', 'area', 'areaSquareMeters', 'nearMeters', 'farMeters', 'unavailableReason'];

export const availableCoveragePreview = (c: SchemaCapabilities) => c.has('Query', 'coveragePreview');
export const availableCameraCoverage = (c: SchemaCapabilities) => c.has('Camera', 'coverage');
export const availableBlackSpotCoverage = (c: SchemaCapabilities) => c.has('Query', 'blackSpotCoverages') || c.has('BlackSpot', 'coverage');
export const availableCoverageSummary = (c: SchemaCapabilities) => c.has('Query', 'coverageSummary');
export const availableNetworkPath = (c: SchemaCapabilities) => c.has('Query', 'cameraNetworkPath');
export const availableOutage = (c: SchemaCapabilities) => c.has('Query', 'outageImpact');

export async function fetchCoveragePreview(c: SchemaCapabilities, input: CoveragePreviewInput, signal?: AbortSignal): Promise<CameraCoverage[]> {
  const fields = pick(c, c.typeOf('Query', 'coveragePreview'), COVERAGE_FIELDS).join(' ');
  const inputType = c.argType('Query', 'coveragePreview', 'input') ?? 'CoveragePreviewInput!';
  const document = graphql<{ coveragePreview: CameraCoverage[] }, { input: CoveragePreviewInput }>(
    `query CoveragePreview($input: ${inputType}) { coveragePreview(input: $input) { ${fields} } }`,
  );
  return (await graphqlRequest(document, { input }, { signal })).coveragePreview;
}

export async function fetchCameraCoverage(c: SchemaCapabilities, cameraId: string, signal?: AbortSignal): Promise<CameraCoverage[]> {
  const fields = pick(c, c.typeOf('Camera', 'coverage'), COVERAGE_FIELDS).join(' ');
  const document = graphql<{ camera: { coverage: CameraCoverage[] } | null }, { id: string }>(
    `query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ${fields} } } }`,
  );
  return (await graphqlRequest(document, { id: cameraId }, { signal })).camera?.coverage ?? [];
}

const BLACK_SPOT_COVERAGE_FIELDS = ['blackSpotId', 'requiredLevel', 'areaSquareMeters', 'coveredAreaSquareMeters', 'coveredFraction', 'uncovered', 'contributingCameraIds'];

function blackSpotCoverageSelection(c: SchemaCapabilities, typeName: string | undefined): string {
  const fields = pick(c, typeName, BLACK_SPOT_COVERAGE_FIELDS);
  if (typeName && c.fields(typeName).includes('contributingCameras')) fields.push('contributingCameras { id code }');
  return fields.join(' ');
}

export async function fetchBlackSpotCoverages(c: SchemaCapabilities, mode: CameraSelectionMode, signal?: AbortSignal): Promise<BlackSpotCoverage[]> {
  if (c.has('Query', 'blackSpotCoverages')) {
    const selection = blackSpotCoverageSelection(c, c.typeOf('Query', 'blackSpotCoverages'));
    const document = graphql<{ blackSpotCoverages: BlackSpotCoverage[] }, { cameras: CameraSelectionMode }>(
      `query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ${selection} } }`,
    );
    return (await graphqlRequest(document, { cameras: mode }, { signal })).blackSpotCoverages;
  }
  const selection = blackSpotCoverageSelection(c, c.typeOf('BlackSpot', 'coverage'));
  const document = graphql<{ blackSpots: { nodes: Array<{ id: string; coverage: BlackSpotCoverage }> } }, { cameras: CameraSelectionMode }>(
    `query BlackSpotCoverageList($cameras: CameraSelection) { blackSpots(first: 1000) { nodes { id coverage(cameras: $cameras) { ${selection} } } } }`,
  );
  const data = await graphqlRequest(document, { cameras: mode }, { signal });
  return data.blackSpots.nodes.map((node) => ({ ...node.coverage, blackSpotId: node.coverage.blackSpotId ?? node.id }));
}

export async function fetchBlackSpotCoverage(c: SchemaCapabilities, blackSpotId: string, mode: CameraSelectionMode, signal?: AbortSignal): Promise<BlackSpotCoverage | null> {
  if (!c.has('BlackSpot', 'coverage')) {
    const all = await fetchBlackSpotCoverages(c, mode, signal);
    return all.find((coverage) => coverage.blackSpotId === blackSpotId) ?? null;
  }
  const selection = blackSpotCoverageSelection(c, c.typeOf('BlackSpot', 'coverage'));
  const document = graphql<{ blackSpot: { coverage: BlackSpotCoverage } | null }, { id: string; cameras: CameraSelectionMode }>(
    `query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ${selection} } } }`,
  );
  return (await graphqlRequest(document, { id: blackSpotId, cameras: mode }, { signal })).blackSpot?.coverage ?? null;
}

export async function fetchCoverageSummary(c: SchemaCapabilities, mode: CameraSelectionMode, signal?: AbortSignal): Promise<CoverageSummary> {
  const summaryType = c.typeOf('Query', 'coverageSummary');
  const areaType = summaryType ? c.typeOf(summaryType, 'city') : undefined;
  const levelType = areaType ? c.typeOf(areaType, 'levels') : undefined;
  const levelFields = pick(c, levelType, ['level', 'blackSpotCount', 'areaSquareMeters', 'coveredAreaSquareMeters', 'uncoveredAreaSquareMeters', 'coveredFraction', 'priorityWeightedCoveredFraction']).join(' ');
  const area = `${pick(c, areaType, ['zoneId', 'zoneName']).join(' ')} levels { ${levelFields} }`;
  const document = graphql<{ coverageSummary: CoverageSummary }, { cameras: CameraSelectionMode }>(
    `query CoverageSummary($cameras: CameraSelection) { coverageSummary(cameras: $cameras) { city { ${area} } zones { ${area} } } }`,
  );
  return (await graphqlRequest(document, { cameras: mode }, { signal })).coverageSummary;
}

export interface NetworkPath {
  fiberRunIds: string[];
  networkNodeIds: string[];
  poleIds: string[];
  lengthMeters: number | null;
}

/** The camera's fiber path to the control centre (ordered runs and nodes, as the network API gives them). */
export async function fetchCameraNetworkPath(c: SchemaCapabilities, cameraId: string, signal?: AbortSignal): Promise<NetworkPath | null> {
  if (!c.typeOf('Query', 'cameraNetworkPath')) return null;
  const document = graphql<
    { cameraNetworkPath: { connected: boolean; lengthMeters: number | null; fiberRuns: Array<{ id: string }>; networkNodes: Array<{ id: string }>; elements: Array<{ kind: string; id: string }> } | null },
    { id: string }
  >(`query CameraNetworkPath($id: ID!) { cameraNetworkPath(cameraId: $id) { connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id } } }`);
  const path = (await graphqlRequest(document, { id: cameraId }, { signal })).cameraNetworkPath;
  if (!path) return null;
  return {
    fiberRunIds: path.fiberRuns.map((run) => run.id),
    networkNodeIds: path.networkNodes.map((node) => node.id),
    poleIds: path.elements.filter((element) => element.kind === 'pole').map((element) => element.id),
    lengthMeters: path.lengthMeters,
  };
}

export interface FailureSet {
  fiberRunIds: string[];
  networkNodeIds: string[];
  poleIds: string[];
  powerFeedIds: string[];
  powerSourceIds: string[];
}
export const EMPTY_FAILURES: FailureSet = { fiberRunIds: [], networkNodeIds: [], poleIds: [], powerFeedIds: [], powerSourceIds: [] };

export interface OutageResult {
  darkCameraIds: string[];
  /** Per black spot: coverage before and after, when the server reports it. */
  losses: Array<{ blackSpotId: string; before: number | null; after: number | null }>;
}

export async function fetchOutageImpact(_c: SchemaCapabilities, failed: FailureSet, signal?: AbortSignal): Promise<OutageResult> {
  const document = graphql<
    { outageImpact: { darkCameraIds: string[]; blackSpots: Array<{ blackSpot: { id: string }; coveredBeforeSquareMeters: number; coveredAfterSquareMeters: number }> } },
    { failed: FailureSet }
  >(
    `query OutageImpact($failed: FailedElementsInput!) { outageImpact(failed: $failed) { darkCameraIds blackSpots { blackSpot { id } coveredBeforeSquareMeters coveredAfterSquareMeters } } }`,
  );
  const answer = (await graphqlRequest(document, { failed }, { signal })).outageImpact;
  return {
    darkCameraIds: answer.darkCameraIds,
    losses: answer.blackSpots.map((row) => ({ blackSpotId: row.blackSpot.id, before: row.coveredBeforeSquareMeters, after: row.coveredAfterSquareMeters })),
  };
}
