import { graphqlRequest } from '../api/graphqlClient';
import type { AssetStatus } from '../domain/vocabulary';
import { graphql } from '../gql';
import type {
  BillOfQuantitiesQuery, BillSectionFieldsFragment, BlackSpotCoverageFieldsFragment, CameraCoverageFieldsFragment, CoverageFreshnessQuery,
  CoveragePreviewInput, CoverageSummaryQuery, FailedElementsInput, LevelSummaryFieldsFragment, BlackSpotSinglePointsOfFailureQuery,
} from '../gql/graphql';
import type { CameraSelectionMode } from '../map/mapUrlState';

/** The coverage and network analyses of the API, as the panels use them (types generated from schema.gql). */

export type CameraCoverage = CameraCoverageFieldsFragment;
export type BlackSpotCoverage = BlackSpotCoverageFieldsFragment;
export type LevelSummary = LevelSummaryFieldsFragment;
export type CoverageSummary = CoverageSummaryQuery['coverageSummary'];
export type AreaSummary = CoverageSummary['city'];
export type { CoveragePreviewInput };
export type CoverageFreshness = CoverageFreshnessQuery['coverageFreshness'];

export const CAMERA_COVERAGE_FIELDS = graphql(`
  fragment CameraCoverageFields on CameraCoverage { cameraId level area areaSquareMeters nearMeters farMeters unavailableReason }
`);
export const BLACK_SPOT_COVERAGE_FIELDS = graphql(`
  fragment BlackSpotCoverageFields on BlackSpotCoverage {
    blackSpotId requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds contributingCameras { id code }
  }
`);
export const LEVEL_SUMMARY_FIELDS = graphql(`
  fragment LevelSummaryFields on LevelCoverageSummary {
    level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction
  }
`);

const COVERAGE_PREVIEW = graphql(`
  query CoveragePreview($input: CoveragePreviewInput!) { coveragePreview(input: $input) { ...CameraCoverageFields } }
`);
const CAMERA_COVERAGE = graphql(`
  query CameraCoverage($id: ID!) { camera(id: $id) { coverage { ...CameraCoverageFields } } }
`);
const BLACK_SPOT_COVERAGES = graphql(`
  query BlackSpotCoverages($cameras: CameraSelection) { blackSpotCoverages(cameras: $cameras) { ...BlackSpotCoverageFields } }
`);
const BLACK_SPOT_COVERAGE = graphql(`
  query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) { blackSpot(id: $id) { coverage(cameras: $cameras) { ...BlackSpotCoverageFields } } }
`);
const COVERAGE_SUMMARY = graphql(`
  query CoverageSummary($cameras: CameraSelection) {
    coverageSummary(cameras: $cameras) {
      city { zoneId zoneName levels { ...LevelSummaryFields } }
      zones { zoneId zoneName levels { ...LevelSummaryFields } }
    }
  }
`);
const COVERAGE_FRESHNESS = graphql(`
  query CoverageFreshness { coverageFreshness { checkedCameraCount currentCount stale { cameraId cameraCode reasons } } }
`);
const RECOMPUTE_COVERAGE = graphql(`
  mutation RecomputeCoverage($cameraIds: [ID!]) { recomputeCoverage(cameraIds: $cameraIds) }
`);

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
  return (await graphqlRequest(COVERAGE_FRESHNESS, {}, { signal })).coverageFreshness;
}

/** Recomputes the stored coverage of these cameras; returns how many were processed. */
export async function recomputeCoverage(cameraIds: string[]): Promise<number> {
  return (await graphqlRequest(RECOMPUTE_COVERAGE, { cameraIds })).recomputeCoverage;
}

/** The camera's path as the map highlights it: ids by kind, and its length. */
export interface NetworkPath {
  fiberRunIds: string[];
  networkNodeIds: string[];
  poleIds: string[];
  lengthMeters: number | null;
  /** The camera's optical link (to its first switch or the control centre) and its loss budget; null when not connected. */
  link?: {
    terminatesAt: string | null;
    lengthMeters: number | null;
    lossDb: number;
    budgetDb: number;
    marginDb: number | null;
    withinBudget: boolean | null;
    attenuationLossDb: number;
    splices: number;
    spliceLossDb: number;
    connectorLossDb: number;
  } | null;
  /** Where its power comes from: the source and the feeds, camera first. */
  power?: {
    powered: boolean;
    poweredByDay: boolean;
    source: string | null;
    feeds: string[];
    upsAutonomyMinutes: number;
  };
}

const CAMERA_NETWORK_PATH = graphql(`
  query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {
    cameraNetworkPath(cameraId: $id, cameras: $cameras) {
      connected lengthMeters fiberRuns { id } networkNodes { id } elements { kind id }
      linkTerminatesAt { code } linkLengthMeters opticalLossDb budgetDb marginDb withinBudget
      attenuationLossDb splices spliceLossDb connectorLossDb
      powered poweredByDay powerSource { code } powerFeeds { code } upsAutonomyMinutes
    }
  }
`);

/** The camera's fiber path to the control centre (ordered runs and nodes, as the network API gives them). */
export async function fetchCameraNetworkPath(cameraId: string, mode: CameraSelectionMode = 'planned', signal?: AbortSignal): Promise<NetworkPath | null> {
  const path = (await graphqlRequest(CAMERA_NETWORK_PATH, { id: cameraId, cameras: mode }, { signal })).cameraNetworkPath;
  if (!path) return null;
  return {
    fiberRunIds: path.fiberRuns.map((run) => run.id),
    networkNodeIds: path.networkNodes.map((node) => node.id),
    poleIds: path.elements.filter((element) => element.kind === 'pole').map((element) => element.id),
    lengthMeters: path.lengthMeters,
    link: path.opticalLossDb == null || path.budgetDb == null ? null : {
      terminatesAt: path.linkTerminatesAt?.code ?? null,
      lengthMeters: path.linkLengthMeters ?? null,
      lossDb: path.opticalLossDb,
      budgetDb: path.budgetDb,
      marginDb: path.marginDb ?? null,
      withinBudget: path.withinBudget ?? null,
      attenuationLossDb: path.attenuationLossDb ?? 0,
      splices: path.splices ?? 0,
      spliceLossDb: path.spliceLossDb ?? 0,
      connectorLossDb: path.connectorLossDb ?? 0,
    },
    power: {
      powered: path.powered,
      poweredByDay: path.poweredByDay,
      source: path.powerSource?.code ?? null,
      feeds: path.powerFeeds.map((feed) => feed.code ?? '?'),
      upsAutonomyMinutes: path.upsAutonomyMinutes,
    },
  };
}

/** The loss budget as bar segments: each contribution's share of the budget (0..1), in the order drawn. */
export function lossBudgetSegments(link: NonNullable<NetworkPath['link']>): Array<{ part: 'attenuation' | 'splices' | 'connectors'; db: number; share: number }> {
  const budget = link.budgetDb > 0 ? link.budgetDb : 1;
  return ([['attenuation', link.attenuationLossDb], ['splices', link.spliceLossDb], ['connectors', link.connectorLossDb]] as const)
    .map(([part, db]) => ({ part, db, share: Math.min(1, Math.max(0, db / budget)) }));
}

/** The elements failed in an outage simulation (the API's FailedElementsInput, every list given). */
export type FailureSet = Required<{ [Key in keyof FailedElementsInput]: string[] }>;
export const EMPTY_FAILURES: FailureSet = { fiberRunIds: [], networkNodeIds: [], poleIds: [], powerFeedIds: [], powerSourceIds: [] };

/** What the map shows of an outage: dark cameras and, per black spot that loses coverage, its covered share before and during it (0..1). */
export interface OutageResult {
  darkCameraIds: string[];
  losses: Array<{ blackSpotId: string; before: number; after: number; lostSquareMeters: number }>;
  totalLostSquareMeters: number;
}

const OUTAGE_IMPACT = graphql(`
  query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {
    outageImpact(failed: $failed, cameras: $cameras) {
      darkCameraIds totalLostSquareMeters
      blackSpots { blackSpot { id } areaSquareMeters coveredBeforeSquareMeters coveredAfterSquareMeters lostSquareMeters }
    }
  }
`);

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
 * The bill as the API gives it: its lines in the core's vocabulary (categories, parts, units); a priced
 * line is supply (equipment and materials) or installation (labour and works); an existing line is
 * counted or measured, not priced. A section is the core's, named by its zone (all null: the overall
 * one, or elements in no zone).
 */
export type BillOfQuantities = BillOfQuantitiesQuery['billOfQuantities'];
export type BillSection = BillSectionFieldsFragment;
export type BillLine = BillSection['lines'][number];
export type ExistingBillLine = BillSection['existing'][number];

/** The statuses the bill counts for the planned / live selection of the other analyses (null: the API's default, all but decommissioned). */
export const BILL_STATUSES: Record<CameraSelectionMode, AssetStatus[] | null> = { planned: null, live: ['commissioned'] };

export const BILL_SECTION_FIELDS = graphql(`
  fragment BillSectionFields on BillSectionEntry {
    zoneId zoneCode zoneName
    lines { part category item unit quantity unitCostMad totalMad }
    existing { category item unit quantity }
    supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad
  }
`);
const BILL_OF_QUANTITIES = graphql(`
  query BillOfQuantities($statuses: [AssetStatus!]) {
    billOfQuantities(statuses: $statuses) {
      zones { ...BillSectionFields } overall { ...BillSectionFields }
      vatRate budgetBeforeTaxMad remainingBeforeTaxMad withinBudget usedFraction missingUnitCosts
    }
  }
`);

/** The bill of quantities and cost, with the API's default budget (the tender's). */
export async function fetchBillOfQuantities(mode: CameraSelectionMode, signal?: AbortSignal): Promise<BillOfQuantities> {
  return (await graphqlRequest(BILL_OF_QUANTITIES, { statuses: BILL_STATUSES[mode] }, { signal })).billOfQuantities;
}

/** An element whose failure alone costs a black spot coverage (the API ranks them, largest loss first). */
export type CriticalElement = BlackSpotSinglePointsOfFailureQuery['blackSpotSinglePointsOfFailure'][number];

const BLACK_SPOT_SINGLE_POINTS_OF_FAILURE = graphql(`
  query BlackSpotSinglePointsOfFailure($id: ID!, $cameras: CameraSelection) {
    blackSpotSinglePointsOfFailure(blackSpotId: $id, cameras: $cameras, limit: 20) {
      element { kind id code } camerasLost { id code } coveredFractionBefore coveredFractionAfter lostSquareMeters
    }
  }
`);

export async function fetchBlackSpotSinglePointsOfFailure(blackSpotId: string, mode: CameraSelectionMode, signal?: AbortSignal): Promise<CriticalElement[]> {
  return (await graphqlRequest(BLACK_SPOT_SINGLE_POINTS_OF_FAILURE, { id: blackSpotId, cameras: mode }, { signal })).blackSpotSinglePointsOfFailure;
}

/** The failure set of one element, for the outage simulation; null for a camera (cameras are not failed elements). */
export function failureOfElement(element: { kind: string; id: string }): FailureSet | null {
  const key = ({ fiber_run: 'fiberRunIds', network_node: 'networkNodeIds', pole: 'poleIds', power_feed: 'powerFeedIds', power_source: 'powerSourceIds' } as const)[element.kind as 'pole'];
  return key ? { ...EMPTY_FAILURES, [key]: [element.id] } : null;
}
