import type { MultiPolygon, Point, Polygon } from 'geojson';
import { graphql, graphqlRequest } from '../api/graphqlClient';
import type { AssetStatus } from '../domain/vocabulary';
import type { BillLine, BillSection as CoreBillSection, ExistingLine as ExistingBillLine } from '../../../backend/src/core/network/bill-of-quantities';
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

export interface NetworkPath {
  fiberRunIds: string[];
  networkNodeIds: string[];
  poleIds: string[];
  lengthMeters: number | null;
}

const CAMERA_NETWORK_PATH = graphql<
  { cameraNetworkPath: { connected: boolean; lengthMeters: number | null; fiberRuns: Array<{ id: string }>; networkNodes: Array<{ id: string }>; elements: Array<{ kind: string; id: string }> } | null },
  { id: string; cameras: CameraSelectionMode }
>(
  `query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {
     cameraNetworkPath(cameraId: $id, cameras: $cameras) { connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id } } }`,
);

/** The camera's fiber path to the control centre (ordered runs and nodes, as the network API gives them). */
export async function fetchCameraNetworkPath(cameraId: string, mode: CameraSelectionMode = 'planned', signal?: AbortSignal): Promise<NetworkPath | null> {
  const path = (await graphqlRequest(CAMERA_NETWORK_PATH, { id: cameraId, cameras: mode }, { signal })).cameraNetworkPath;
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
  /** Per black spot that loses coverage: the covered share of its area before and during the outage (0..1). */
  losses: Array<{ blackSpotId: string; before: number; after: number; lostSquareMeters: number }>;
  totalLostSquareMeters: number;
}

const OUTAGE_IMPACT = graphql<
  {
    outageImpact: {
      darkCameraIds: string[];
      totalLostSquareMeters: number;
      blackSpots: Array<{ blackSpot: { id: string }; areaSquareMeters: number; coveredBeforeSquareMeters: number; coveredAfterSquareMeters: number; lostSquareMeters: number }>;
    };
  },
  { failed: FailureSet; cameras: CameraSelectionMode }
>(
  `query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {
     outageImpact(failed: $failed, cameras: $cameras) {
       darkCameraIds totalLostSquareMeters
       blackSpots { blackSpot { id } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters lostSquareMeters } } }`,
);

export async function fetchOutageImpact(failed: FailureSet, mode: CameraSelectionMode = 'planned', signal?: AbortSignal): Promise<OutageResult> {
  const answer = (await graphqlRequest(OUTAGE_IMPACT, { failed, cameras: mode }, { signal })).outageImpact;
  const share = (squareMeters: number, area: number) => (area > 0 ? squareMeters / area : 0);
  return {
    darkCameraIds: answer.darkCameraIds,
    totalLostSquareMeters: answer.totalLostSquareMeters,
    losses: answer.blackSpots.map((row) => ({
      blackSpotId: row.blackSpot.id,
      before: share(row.coveredBeforeSquareMeters, row.areaSquareMeters),
      after: share(row.coveredAfterSquareMeters, row.areaSquareMeters),
      lostSquareMeters: row.lostSquareMeters,
    })),
  };
}

/**
 * The bill's lines as the core computes them (one vocabulary: categories, parts, units): a priced line is
 * supply (equipment and materials) or installation (labour and works); an existing line is counted or
 * measured, not priced. A section of the API's answer is the core's, named by its zone.
 */
export type { BillLine, ExistingBillLine };
export interface BillSection extends CoreBillSection {
  /** Null for elements in no zone, and for the overall section. */
  zoneId: string | null;
  zoneCode: string | null;
  zoneName: string | null;
}
export interface BillOfQuantities {
  /** Per zone, elements in no zone last (zoneId null). */
  zones: BillSection[];
  overall: BillSection;
  vatRate: number;
  budgetBeforeTaxMad: number;
  remainingBeforeTaxMad: number;
  withinBudget: boolean;
  usedFraction: number;
  missingUnitCosts: string[];
}

/** The statuses the bill counts for the planned / live selection of the other analyses (null: the API's default, all but decommissioned). */
export const BILL_STATUSES: Record<CameraSelectionMode, AssetStatus[] | null> = { planned: null, live: ['commissioned'] };

const BILL_SECTION_FIELDS = `zoneId zoneCode zoneName lines { part category item unit quantity unitCostMad totalMad } existing { category item unit quantity }
  supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad`;
const BILL_OF_QUANTITIES = graphql<{ billOfQuantities: BillOfQuantities }, { statuses: AssetStatus[] | null }>(
  `query BillOfQuantities($statuses: [AssetStatus!]) { billOfQuantities(statuses: $statuses) {
     zones { ${BILL_SECTION_FIELDS} } overall { ${BILL_SECTION_FIELDS} }
     vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts } }`,
);

/** The bill of quantities and cost, with the API's default budget (the tender's). */
export async function fetchBillOfQuantities(mode: CameraSelectionMode, signal?: AbortSignal): Promise<BillOfQuantities> {
  return (await graphqlRequest(BILL_OF_QUANTITIES, { statuses: BILL_STATUSES[mode] }, { signal })).billOfQuantities;
}
