import type { ComplexityEstimatorArgs } from '@nestjs/graphql';

/**
 * What each analysis costs against VIGIE_MAX_QUERY_COMPLEXITY (default 100,000), in the unit of the
 * rest of the schema: one field of one record of a list page. A page of 1,000 cameras with what the
 * map shows costs about 24,000 and takes about 300 ms (README, "Measured"): a unit is about 12 µs of
 * server time, and the whole allowance about a second. Each analysis is priced from its measured time
 * on the benchmark scenes (5,000-10,000 cameras), rounded up, so that one request holds one or a few
 * analyses, never hundreds (1,000 aliased blackSpotCoverages once stalled the server for a minute).
 * Declared next to each resolver with Nest's `complexity` option (a field extension read by
 * graphql-query-complexity's fieldExtensionsEstimator); what it returns adds its own fields' cost.
 */
export const ANALYSIS_COST = {
  /** One camera's coverage at every DORI level, buildings in reach (≈1-25 ms). */
  coveragePreview: 2_000,
  /** A PTZ's whole pan range at one zoom: one wide sector. */
  ptzReachableCoverage: 3_000,
  /** Every preset of a PTZ camera, one coverage each. */
  ptzPresetCoverage: 5_000,
  /** The stored coverage polygons touching every black spot, unions and differences (30-60 ms, more with big polygons). */
  blackSpotCoverages: 20_000,
  /** The same work as blackSpotCoverages, then totals per zone. */
  coverageSummary: 25_000,
  /** Per black spot when asked through `BlackSpot.coverage` (batched: a page of 1,000 costs as much as blackSpotCoverages). */
  blackSpotCoverageField: 20,
  /** Every camera's stored coverage against its inputs (500 cameras ≈100 ms). */
  coverageFreshness: 25_000,
  /** Network load and connectivity of every camera (10,000 cameras ≈160 ms plus loading). */
  networkReport: 25_000,
  /** The connectivity of networkReport read per camera (kept per network revision). */
  designChecks: 25_000,
  /** Network load, then one reachability pass. */
  outageImpact: 20_000,
  /** Network load, then every element's failure ranked (≈120 ms plus loading). */
  singlePointsOfFailure: 30_000,
  /** Network load, then one black spot's serving cameras' dominators, each measured. */
  blackSpotSinglePointsOfFailure: 20_000,
  /** Network load and one camera's path. */
  cameraNetworkPath: 10_000,
  /** Two coverage previews of one camera (design, as built) and its black spots, each alone. */
  cameraAcceptance: 5_000,
  /** Street graph and network (cached by data revision) and a shortest path (25 ms cached, 160 ms not). */
  routeProposal: 10_000,
  /** Black-spot coverage (as blackSpotCoverages) twice, by day and by night (coverage cut to the light range), and the connectivity. */
  nightCoverage: 40_000,
  /** Every camera's stream, storage now and planned, and the connectivity's links loaded (as designChecks). */
  bandwidthReport: 25_000,
  /** Quantities and costs over every asset. */
  billOfQuantities: 10_000,
  /** The design report: black-spot coverage, every scheduled camera's path (one network load) and the bill. */
  designReport: 45_000,
  /** A street import: parsed, validated and written in one transaction (bounded by the request size). */
  importStreets: 20_000,
  /** Recomputing stored coverage: a fixed part (one building query and obstacle index) and about 1 ms per camera. */
  recomputeCoverageBase: 1_000,
  recomputeCoveragePerCamera: 100,
  /** Recomputing every camera: as much as one request may cost (and the time budget still applies). */
  recomputeAllCoverage: 90_000,
  /** Every fault's history, availability of every camera and black spot over the period (coverage measured per dark set). */
  faultFigures: 30_000,
  /** Cameras dark now and the coverage they cost the black spots (one coverage-loss analysis, like outageImpact's). */
  controlCentre: 10_000,
  /** A contractor's open packages' assets with distances (one query over the asset tables). */
  myWork: 2_000,
  /** Status history of the scope and the black-spot coverage of its cameras at one date (like blackSpotCoverages). */
  installationProgress: 20_000,
  /** The same, measured at up to 200 dates (memoised per set of cameras). */
  installationProgressSeries: 30_000,
  /** Reads the scope, buildings, mounts and the network, and prices each mount's connection (the optimiser then runs in the background). */
  startPlacementRun: 30_000,
  /** A run's state, and its proposals with their coverage and routes once ended (kept in memory). */
  placementRun: 2_000,
} as const;

/** The cost of `recomputeCoverage(cameraIds)`: by the number of cameras, or the whole allowance for all. */
export function recomputeCoverageCost({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const ids = args.cameraIds;
  if (!Array.isArray(ids)) return ANALYSIS_COST.recomputeAllCoverage + childComplexity;
  return ANALYSIS_COST.recomputeCoverageBase + ANALYSIS_COST.recomputeCoveragePerCamera * ids.length + childComplexity;
}
