import type { MultiPolygon, Point, Polygon } from 'geojson';
import type { SchemaCapabilities } from '../api/capabilities';
import { graphql, graphqlRequest } from '../api/graphqlClient';
import type { CameraSelectionMode } from '../map/mapUrlState';

/** The coverage and network analyses of the API, as the panels use them. */

export interface CameraCoverage {
  cameraId: string;
  level: string;
  area: Polygon | MultiPolygon | null;
  areaSquareMeters: number;
  nearMeters: number | null;
  farMeters: number | null;
  unavailableReason: string | null;
}

export interface BlackSpotCoverage {
  blackSpotId: string;
  requiredLevel: string;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  coveredFraction: number;
  uncovered: Polygon | MultiPolygon | null;
  contributingCameraIds: string[];
  contributingCameras: Array<{ id: string; code: string }>;
}

export interface LevelSummary {
  level: string;
  blackSpotCount: number;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  uncoveredAreaSquareMeters: number;
  coveredFraction: number;
  priorityWeightedCoveredFraction: number;
}
export interface AreaSummary {
  zoneId: string | null;
  zoneName: string | null;
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

export interface CoverageFreshness {
  checkedCameraCount: number;
  currentCount: number;
  stale: Array<{ cameraId: string; cameraCode: string; reasons: string[] }>;
}

const COVERAGE_FIELDS = 'cameraId level area areaSquareMeters nearMeters farMeters unavailableReason';
const BLACK_SPOT_COVERAGE_FIELDS = 'blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }';
const LEVEL_SUMMARY_FIELDS = 'level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction';

const COVERAGE_PREVIEW = graphql<{ coveragePreview: CameraCoverage[] }, { input: CoveragePreviewInput }>(
  `query CoveragePreview($input: CoveragePreviewInput!) { coveragePreview(input: $input) { ${COVERAGE_FIELDS} } }`,
);
const CAMERA_COVERAGE = graphql<{ camera: { coverage: CameraCoverage[] } | null }, { id: string }>(
  `query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ${COVERAGE_FIELDS} } } }`,
);
const BLACK_SPOT_COVERAGES = graphql<{ blackSpotCoverages: BlackSpotCoverage[] }, { cameras: CameraSelectionMode }>(
  `query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ${BLACK_SPOT_COVERAGE_FIELDS} } }`,
);
const BLACK_SPOT_COVERAGE = graphql<{ blackSpot: { coverage: BlackSpotCoverage } | null }, { id: string; cameras: CameraSelectionMode }>(
  `query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ${BLACK_SPOT_COVERAGE_FIELDS} } } }`,
);
const COVERAGE_SUMMARY = graphql<{ coverageSummary: CoverageSummary }, { cameras: CameraSelectionMode }>(
  `query CoverageSummary($cameras: CameraSelection) { coverageSummary(cameras: $cameras) {
     city { zoneId zoneName levels { ${LEVEL_SUMMARY_FIELDS} } } zones { zoneId zoneName levels { ${LEVEL_SUMMARY_FIELDS} } } } }`,
);
const COVERAGE_FRESHNESS = graphql<{ coverageFreshness: CoverageFreshness }>(
  'query CoverageFreshness { coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } } }',
);
const RECOMPUTE_COVERAGE = graphql<{ recomputeCoverage: number }, { cameraIds: string[] }>(
  'mutation RecomputeCoverage($cameraIds: [ID!]) { recomputeCoverage(cameraIds: $cameraIds) }',
);

export async function fetchCoveragePreview(input: CoveragePreviewInput, signal?: AbortSignal): Promise<CameraCoverage[]> {
  return (await graphqlRequest(COVERAGE_PREVIEW, { input }, { signal })).coveragePreview;
}

export async function fetchCameraCoverage(cameraId: string, signal?: AbortSignal): Promise<CameraCoverage[]> {
  return (await graphqlRequest(CAMERA_COVERAGE, { id: cameraId }, { signal })).camera?.coverage ?? [];
}

export async function fetchBlackSpotCoverages(mode: CameraSelectionMode, signal?: AbortSignal): Promise<BlackSpotCoverage[]> {
  return (await graphqlRequest(BLACK_SPOT_COVERAGES, { cameras: mode }, { signal })).blackSpotCoverages;
}

export async function fetchBlackSpotCoverage(blackSpotId: string, mode: CameraSelectionMode, signal?: AbortSignal): Promise<BlackSpotCoverage | null> {
  return (await graphqlRequest(BLACK_SPOT_COVERAGE, { id: blackSpotId, cameras: mode }, { signal })).blackSpot?.coverage ?? null;
}

export async function fetchCoverageSummary(mode: CameraSelectionMode, signal?: AbortSignal): Promise<CoverageSummary> {
  return (await graphqlRequest(COVERAGE_SUMMARY, { cameras: mode }, { signal })).coverageSummary;
}

export async function fetchCoverageFreshness(signal?: AbortSignal): Promise<CoverageFreshness> {
  return (await graphqlRequest(COVERAGE_FRESHNESS, undefined, { signal })).coverageFreshness;
}

/** Recomputes the stored coverage of these cameras; returns how many were processed. */
export async function recomputeCoverage(cameraIds: string[]): Promise<number> {
  return (await graphqlRequest(RECOMPUTE_COVERAGE, { cameraIds })).recomputeCoverage;
}

export const availableNetworkPath = (c: SchemaCapabilities) => c.has('Query', 'cameraNetworkPath');
export const availableOutage = (c: SchemaCapabilities) => c.has('Query', 'outageImpact');

export interface NetworkPath {
  fiberRunIds: string[];
  networkNodeIds: string[];
  poleIds: string[];
  lengthMeters: number | null;
}

/**
 * The network API's camera selection (the same CameraSelection as coverage: planned = everything not
 * decommissioned, live = commissioned only): the variable declaration and argument when the schema has
 * the argument, nothing otherwise.
 */
function networkSelection(c: SchemaCapabilities, fieldName: string): { declaration: string; argument: string } {
  const type = c.argType('Query', fieldName, 'cameras');
  return type ? { declaration: `, $cameras: ${type}`, argument: ', cameras: $cameras' } : { declaration: '', argument: '' };
}

/** The camera's fiber path to the control centre (ordered runs and nodes, as the network API gives them). */
export async function fetchCameraNetworkPath(
  c: SchemaCapabilities,
  cameraId: string,
  signal?: AbortSignal,
  mode: CameraSelectionMode = 'planned',
): Promise<NetworkPath | null> {
  if (!c.typeOf('Query', 'cameraNetworkPath')) return null;
  const selection = networkSelection(c, 'cameraNetworkPath');
  const document = graphql<
    { cameraNetworkPath: { connected: boolean; lengthMeters: number | null; fiberRuns: Array<{ id: string }>; networkNodes: Array<{ id: string }>; elements: Array<{ kind: string; id: string }> } | null },
    { id: string; cameras?: CameraSelectionMode }
  >(
    `query CameraNetworkPath($id: ID!${selection.declaration}) { cameraNetworkPath(cameraId: $id${selection.argument}) { connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id } } }`,
  );
  const path = (await graphqlRequest(document, selection.argument ? { id: cameraId, cameras: mode } : { id: cameraId }, { signal })).cameraNetworkPath;
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

export async function fetchOutageImpact(
  c: SchemaCapabilities,
  failed: FailureSet,
  signal?: AbortSignal,
  mode: CameraSelectionMode = 'planned',
): Promise<OutageResult> {
  const selection = networkSelection(c, 'outageImpact');
  const document = graphql<
    { outageImpact: { darkCameraIds: string[]; blackSpots: Array<{ blackSpot: { id: string }; coveredBeforeSquareMeters: number; coveredAfterSquareMeters: number }> } },
    { failed: FailureSet; cameras?: CameraSelectionMode }
  >(
    `query OutageImpact($failed: FailedElementsInput!${selection.declaration}) { outageImpact(failed: $failed${selection.argument}) { darkCameraIds blackSpots { blackSpot { id } coveredBeforeSquareMeters coveredAfterSquareMeters } } }`,
  );
  const answer = (await graphqlRequest(document, selection.argument ? { failed, cameras: mode } : { failed }, { signal })).outageImpact;
  return {
    darkCameraIds: answer.darkCameraIds,
    losses: answer.blackSpots.map((row) => ({ blackSpotId: row.blackSpot.id, before: row.coveredBeforeSquareMeters, after: row.coveredAfterSquareMeters })),
  };
}
