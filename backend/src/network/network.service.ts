import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MultiLineString, Point, Position } from 'geojson';
import type { AssetStatus, EndpointKind } from '../core/domain';
import {
  analyseConnectivity,
  billOfQuantities,
  createOutageImpactAnalyser,
  designChecks,
  DESIGN_CHECK_KINDS,
  type DesignCheckFinding as CoreDesignCheckFinding,
  elementKey,
  fiberRoutingTargets,
  powerRoutingTargets,
  prepareRoutingTargets,
  proposeFiberRoute,
  proposePowerRoute,
  SinglePointOfFailureAnalysis,
  UNZONED,
  type ConnectivityReport,
  type DarkByDay,
  type FailureSet,
  type NetworkGraphs,
  type OutageImpactAnalyser,
  type NetworkElementKind,
  type NetworkElementReference,
  type RouteProposal,
  type ZoneMembership,
} from '../core/network';
import type { Endpoint } from '../common/endpoints';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
import { badInput, notFound, VigieError } from '../common/errors/vigie-errors';
import { blackSpotCases, type BlackSpotCoverageCase } from './black-spot-coverage';
import { remeasureCableLengths } from './cable-lengths';
import { NetworkLoader, statusesOf, type CameraSelection, type LoadedNetwork } from './network-loader';
import { NetworkRepository, type BlackSpotRow } from './network.repository';
import { StreetGraphCache } from '../streets/street-graph-cache';
import { BOUNDS, describeBound, withinBound } from '../core/bounds';
import {
  DEFAULT_ROUTE_INSTALL_METHOD,
  FIBER_ROUTE_MAD_PER_METER,
  POWER_ROUTE_MAD_PER_METER,
  VIGIE_UNIT_COSTS,
} from './unit-costs';
import type {
  BillOfQuantitiesResult,
  BillSectionEntry,
  BlackSpotCoverageLossEntry,
  BlackSpotFailureEntry,
  BlackSpotRef,
  CameraNetworkPath,
  CriticalElementEntry,
  DarkByDayPeriod,
  DesignCheck,
  DesignCheckFinding,
  DesignChecks,
  NetworkElementRef,
  NetworkReport,
  OutageImpactResult,
  RouteProposalResult,
} from './dto/network.types';

export interface FailedElements {
  fiberRunIds?: readonly string[] | null;
  networkNodeIds?: readonly string[] | null;
  poleIds?: readonly string[] | null;
  powerFeedIds?: readonly string[] | null;
  powerSourceIds?: readonly string[] | null;
}

const FAILED_FIELDS: [keyof FailedElements, NetworkElementKind, string][] = [
  ['fiberRunIds', 'fiber_run', 'FiberRun'],
  ['networkNodeIds', 'network_node', 'NetworkNode'],
  ['poleIds', 'pole', 'Pole'],
  ['powerFeedIds', 'power_feed', 'PowerFeed'],
  ['powerSourceIds', 'power_source', 'PowerSource'],
];

/** A black spot counts as covered (for single points of failure) from this fraction of its area. */
export const DEFAULT_MINIMUM_COVERED_FRACTION = 0.9;
const MAX_SPOF_LIMIT = 1000;

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The network analyses served from the database: each call gets the network from the NetworkLoader
 * (read and built again only when its data revision moved) and answers from analyses kept with it;
 * refusals are coded errors and nothing is ever written.
 * Plain constructor (a DataSource), so benches and scripts can use it without a Nest container.
 */
@Injectable()
export class NetworkService implements OnApplicationBootstrap {
  readonly loader: NetworkLoader;
  readonly repository: NetworkRepository;
  /** The street graph for route proposals, rebuilt only when the streets change (see StreetGraphCache). */
  readonly streetGraph: StreetGraphCache;
  /** The deployment's metric policy (VIGIE_PROJECTED_SRID): graph snapping, routes, black-spot areas. */
  readonly metric: MetricPolicy;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource, @Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'>) {
    this.metric = metricPolicy(config.projectedSrid);
    this.loader = new NetworkLoader(dataSource, this.metric);
    this.repository = new NetworkRepository(dataSource);
    this.streetGraph = new StreetGraphCache(dataSource, this.metric.projection);
  }

  /** Stored cable lengths follow this instance's projected CRS before any request is served. */
  async onApplicationBootstrap(): Promise<void> {
    await remeasureCableLengths(this.dataSource, this.metric.srid);
  }

  // Analyses of a loaded network, kept with it (the loader keeps the network while its revision holds).
  private readonly connectivityMemo = new WeakMap<NetworkGraphs, ConnectivityReport>();
  private readonly outageMemo = new WeakMap<NetworkGraphs, OutageImpactAnalyser>();
  private readonly spofMemo = new WeakMap<NetworkGraphs, SinglePointOfFailureAnalysis>();
  private readonly designChecksMemo = new WeakMap<NetworkGraphs, DesignChecks>();

  private connectivityOf(network: LoadedNetwork): ConnectivityReport {
    let report = this.connectivityMemo.get(network.graphs);
    if (!report) this.connectivityMemo.set(network.graphs, (report = analyseConnectivity(network.graphs)));
    return report;
  }

  /** The connectivity analysis of the stored network (kept with it), for the night and bandwidth analyses. */
  async connectivity(selection: CameraSelection = 'planned'): Promise<{ network: LoadedNetwork; report: ConnectivityReport }> {
    const network = await this.loader.load(selection);
    return { network, report: this.connectivityOf(network) };
  }

  private outageAnalyserOf(network: LoadedNetwork): OutageImpactAnalyser {
    let analyser = this.outageMemo.get(network.graphs);
    if (!analyser) this.outageMemo.set(network.graphs, (analyser = createOutageImpactAnalyser(network.graphs)));
    return analyser;
  }

  private spofAnalysisOf(network: LoadedNetwork): SinglePointOfFailureAnalysis {
    let analysis = this.spofMemo.get(network.graphs);
    if (!analysis) this.spofMemo.set(network.graphs, (analysis = new SinglePointOfFailureAnalysis(network.graphs)));
    return analysis;
  }

  private ref(network: LoadedNetwork, element: NetworkElementReference): NetworkElementRef {
    return { kind: element.kind, id: element.id, code: network.codeById.get(element.id) ?? null };
  }

  private period(network: LoadedNetwork, darkByDay: DarkByDay): DarkByDayPeriod {
    return {
      from: darkByDay.from,
      to: darkByDay.to,
      fromMinuteOfDay: darkByDay.fromMinuteOfDay,
      toMinuteOfDay: darkByDay.toMinuteOfDay,
      minutesPerDay: darkByDay.minutesPerDay,
      hoursPerDay: round(darkByDay.minutesPerDay / 60, 2),
      upsAutonomyMinutes: darkByDay.upsAutonomyMinutes,
      networkNodes: darkByDay.networkNodeIds.map((id) => this.ref(network, { kind: 'network_node', id })),
    };
  }

  async cameraNetworkPath(cameraId: string, selection: CameraSelection = 'planned'): Promise<CameraNetworkPath> {
    return (await this.cameraNetworkPaths([cameraId], selection))[0];
  }

  /** Several cameras' paths from one network load (the design report's schedule); NOT_FOUND for an unknown camera. */
  async cameraNetworkPaths(cameraIds: readonly string[], selection: CameraSelection = 'planned'): Promise<CameraNetworkPath[]> {
    const network = await this.loader.load(selection);
    const connectivity = this.connectivityOf(network);
    const entries = new Map(connectivity.cameras.map((camera) => [camera.cameraId, camera]));
    return cameraIds.map((cameraId) => {
      if (network.graphs.indexById.camera.get(cameraId) === undefined) throw notFound('Camera', cameraId);
      return this.pathOf(network, entries.get(cameraId), cameraId);
    });
  }

  private pathOf(network: LoadedNetwork, entry: ConnectivityReport['cameras'][number] | undefined, cameraId: string): CameraNetworkPath {
    const fiber = entry?.fiber ?? null;
    const power = entry?.power ?? null;
    const runIndex = network.graphs.indexById.fiber_run;
    const fiberRuns = (fiber?.fiberRunIds ?? []).map((id) => {
      const run = network.rows.fiberRuns[runIndex.get(id)!];
      return {
        id, code: run.code, lengthMeters: network.graphs.fiberRunLengthMeters[runIndex.get(id)!], cableType: run.cableType,
        installMethod: run.installMethod, status: run.status, path: run.path,
      };
    });
    const networkNodes = (fiber?.networkNodeIds ?? []).map((id) => {
      const node = network.rows.networkNodes[network.graphs.indexById.network_node.get(id)!];
      return { id, code: node.code, kind: node.kind };
    });
    const highlight: MultiLineString | null = fiber ? { type: 'MultiLineString', coordinates: fiberRuns.map((run) => run.path.coordinates) } : null;
    return {
      cameraId,
      cameraCode: network.codeById.get(cameraId)!,
      connected: fiber !== null,
      cutOffByUnpoweredNetworkNodes: (entry?.cutOffByUnpoweredNodeIds ?? []).map((id) => this.ref(network, { kind: 'network_node', id })),
      elements: (fiber?.elements ?? []).map((element) => this.ref(network, element)),
      fiberRuns,
      networkNodes,
      highlight,
      lengthMeters: fiber ? round(fiber.lengthMeters) : null,
      linkTerminatesAt: fiber ? this.ref(network, fiber.link.terminatesAt) : null,
      linkLengthMeters: fiber ? round(fiber.link.lengthMeters) : null,
      opticalLossDb: fiber ? round(fiber.link.lossDb, 3) : null,
      attenuationLossDb: fiber ? round(fiber.link.attenuationLossDb, 3) : null,
      splices: fiber ? fiber.link.splices : null,
      spliceLossDb: fiber ? round(fiber.link.spliceLossDb, 3) : null,
      connectorLossDb: fiber ? round(fiber.link.connectorLossDb, 3) : null,
      budgetDb: fiber ? fiber.link.budgetDb : null,
      marginDb: fiber ? round(fiber.link.marginDb, 3) : null,
      withinBudget: fiber ? fiber.link.withinBudget : null,
      powered: power?.powered ?? false,
      poweredByDay: power?.poweredByDay ?? false,
      powerSource: power?.powerSourceId ? this.ref(network, { kind: 'power_source', id: power.powerSourceId }) : null,
      powerFeeds: (power?.powerFeedIds ?? []).map((id) => this.ref(network, { kind: 'power_feed', id })),
      upsAutonomyMinutes: power?.upsAutonomyMinutes ?? 0,
      darkByDay: power?.darkByDay ? this.period(network, power.darkByDay) : null,
    };
  }

  async networkReport(selection: CameraSelection = 'planned'): Promise<NetworkReport> {
    const network = await this.loader.load(selection);
    const start = performance.now();
    const report = this.connectivityOf(network);
    const camera = (id: string) => this.ref(network, { kind: 'camera', id });
    const load = (kind: NetworkElementKind) => (entry: { id: string; loadWatts: number; capacityWatts: number; utilization: number }) => ({
      element: this.ref(network, { kind, id: entry.id }),
      loadWatts: round(entry.loadWatts),
      capacityWatts: entry.capacityWatts,
      utilization: round(entry.utilization, 4),
    });
    const overBudget = new Set<string>();
    for (const link of report.linksOverBudget) if (link.from.kind === 'camera') overBudget.add(link.from.id);
    const lineElement = (line: NetworkElementReference) => this.ref(network, line);
    const node = (id: string) => this.ref(network, { kind: 'network_node', id });
    const pointOf = (position: Position): Point => ({ type: 'Point', coordinates: position });
    const cutOffBy = new Map<string, string[]>();
    for (const entry of report.camerasCutOffByUnpoweredNodes) {
      for (const nodeId of entry.networkNodeIds) {
        const cameras = cutOffBy.get(nodeId);
        if (cameras) cameras.push(entry.cameraId);
        else cutOffBy.set(nodeId, [entry.cameraId]);
      }
    }
    const result: NetworkReport = {
      cameraCount: report.cameras.length,
      connectedAndPoweredCount: report.cameras.filter((entry) => entry.fiber && entry.power.powered).length,
      camerasWithoutFiberPath: report.camerasWithoutFiberPath.map(camera),
      unpoweredCameras: report.unpoweredCameras.map(camera),
      unpoweredNetworkNodes: report.networkNodePower
        .filter((entry) => !entry.powered)
        .map((entry) => ({
          node: node(entry.networkNodeId),
          powerDrawWatts: entry.powerDrawWatts,
          camerasCutOff: (cutOffBy.get(entry.networkNodeId) ?? []).map(camera),
        })),
      networkNodesDarkByDay: report.networkNodesDarkByDay.map((entry) => ({ node: node(entry.networkNodeId), period: this.period(network, entry) })),
      networkNodePower: report.networkNodePower.map((entry) => ({
        node: node(entry.networkNodeId),
        powerDrawWatts: entry.powerDrawWatts,
        powered: entry.powered,
        poweredByDay: entry.poweredByDay,
        powerSource: entry.powerSourceId ? this.ref(network, { kind: 'power_source', id: entry.powerSourceId }) : null,
        powerFeeds: entry.powerFeedIds.map((id) => this.ref(network, { kind: 'power_feed', id })),
        darkByDay: entry.darkByDay ? this.period(network, entry.darkByDay) : null,
      })),
      camerasDarkByDay: report.camerasDarkByDay.map((entry) => ({ camera: camera(entry.cameraId), period: this.period(network, entry) })),
      camerasOverOpticalBudget: [...overBudget].map(camera),
      overloadedPowerFeeds: report.overloadedPowerFeeds.map(load('power_feed')),
      overloadedPowerSources: report.overloadedPowerSources.map(load('power_source')),
      fiberRunsWithoutSpareStrands: report.fiberRunsWithoutSpareStrands.map((use) => ({
        fiberRun: this.ref(network, { kind: 'fiber_run', id: use.fiberRunId }),
        strandsUsed: use.strandsUsed,
        strandCount: use.strandCount,
        spareStrands: use.spareStrands,
      })),
      switchPortUse: report.portUse.map((use) => ({
        node: this.ref(network, { kind: 'network_node', id: use.networkNodeId }),
        nodeKind: use.kind,
        portsUsed: use.portsUsed,
        portCount: use.portCount,
        sparePorts: use.sparePorts,
      })),
      snappedEnds: network.graphs.snappedEnds.map((end) => ({
        line: lineElement(end.line),
        end: end.end,
        position: pointOf(end.position),
        snappedToKind: end.snappedTo.kind,
        snappedToId: end.snappedTo.id,
        snappedToCode: network.codeById.get(end.snappedTo.id) ?? null,
        distanceMeters: round(end.distanceMeters, 3),
      })),
      danglingEnds: network.graphs.danglingEnds.map((end) => ({
        line: lineElement(end.line),
        end: end.end,
        position: pointOf(end.position),
        reason: end.reason,
      })),
      camerasWithUnknownPole: network.graphs.camerasWithUnknownPole.map(camera),
      timings: { ...roundTimings(network), analysisMilliseconds: elapsed(start) },
    };
    return result;
  }

  /** Every design check over the selection, kept with the loaded network (answered again only when its revision moves). */
  async designChecks(selection: CameraSelection = 'planned'): Promise<DesignChecks> {
    const network = await this.loader.load(selection);
    const memo = this.designChecksMemo.get(network.graphs);
    if (memo) return memo;
    const connectivity = this.connectivityOf(network);
    const findings = designChecks(connectivity);
    const cameraIndex = network.graphs.indexById.camera;
    const codeOf = (id: string) => network.codeById.get(id) ?? '';
    const checks: DesignCheck[] = DESIGN_CHECK_KINDS.map((kind) => ({ kind, count: 0, findings: [] }));
    const checkOf = new Map(checks.map((check) => [check.kind, check]));
    const kindsByCamera = new Map<string, DesignCheck['kind'][]>();
    for (const finding of findings) {
      const check = checkOf.get(finding.kind)!;
      check.findings.push(this.finding(network, finding));
      check.count++;
      const kinds = kindsByCamera.get(finding.cameraId);
      if (kinds) kinds.push(finding.kind);
      else kindsByCamera.set(finding.cameraId, [finding.kind]);
    }
    for (const check of checks) check.findings.sort((a, b) => (a.camera.code ?? '').localeCompare(b.camera.code ?? ''));
    const result: DesignChecks = {
      cameraCount: connectivity.cameras.length,
      flaggedCameraCount: kindsByCamera.size,
      checks,
      flaggedCameras: [...kindsByCamera].map(([id, kinds]) => ({
        id,
        code: codeOf(id),
        location: { type: 'Point', coordinates: network.rows.cameras[cameraIndex.get(id)!].location },
        kinds,
      })),
    };
    this.designChecksMemo.set(network.graphs, result);
    return result;
  }

  private finding(network: LoadedNetwork, finding: CoreDesignCheckFinding): DesignCheckFinding {
    const elements = finding.elements.map((element) => this.ref(network, element));
    const codes = elements.map((element) => element.code ?? element.id).join(', ');
    const reasons: Record<CoreDesignCheckFinding['kind'], () => string> = {
      no_network_path: () => 'No fiber path to the control centre.',
      behind_unpowered_node: () => `Its only fiber path passes through unpowered ${codes}.`,
      no_power: () => 'No power path from any source.',
      dark_by_day: () => `Dark from ${finding.darkByDay!.from} to ${finding.darkByDay!.to}: switched street lighting (${codes}), UPS too short.`,
      power_over_capacity: () => `Fed through ${codes}, over capacity.`,
      fiber_over_capacity: () => `Its fiber path uses ${codes}, more links than strands.`,
      optical_budget_exceeded: () => `Optical link to ${codes} loses ${round(finding.lossDb!, 2)} of ${finding.budgetDb} dB, short of the margin.`,
    };
    return {
      camera: this.ref(network, { kind: 'camera', id: finding.cameraId }),
      elements,
      reason: reasons[finding.kind](),
      darkByDay: finding.darkByDay ? this.period(network, finding.darkByDay) : null,
    };
  }

  /** Refuses unknown ids (NOT_FOUND, naming every one) before anything is computed. */
  private async checkFailedElements(failed: FailedElements): Promise<FailureSet> {
    const missing: { typeName: string; id: string }[] = [];
    const failures: FailureSet = {};
    let count = 0;
    for (const [field, kind, typeName] of FAILED_FIELDS) {
      const ids = [...new Set(failed[field] ?? [])];
      count += ids.length;
      if (!ids.length) continue;
      for (const id of await this.repository.findMissingIds(kind, ids)) missing.push({ typeName, id });
      (failures as Record<string, readonly string[]>)[field] = ids;
    }
    if (missing.length) {
      const first = missing[0];
      throw new VigieError(
        'NOT_FOUND',
        missing.length === 1
          ? `No ${first.typeName} with id "${first.id}" exists.`
          : `${missing.length} failed elements do not exist: ${missing.map((m) => `${m.typeName} ${m.id}`).join(', ')}.`,
        { typeName: first.typeName, id: first.id, missing },
      );
    }
    if (count === 0) throw badInput('Name at least one failed element (fiberRunIds, networkNodeIds, poleIds, powerFeedIds or powerSourceIds).');
    return failures;
  }

  async outageImpact(failed: FailedElements, selection: CameraSelection = 'planned'): Promise<OutageImpactResult> {
    const failures = await this.checkFailedElements(failed);
    const network = await this.loader.load(selection);
    const start = performance.now();
    const impact = this.outageAnalyserOf(network).impactOf(failures);
    const dark = new Set(impact.darkCameraIds);
    const blackSpots = await this.coverageLoss(dark, statusesOf(selection));
    return {
      darkCameraIds: impact.darkCameraIds,
      darkCameras: impact.darkCameras.map((camera) => ({ ...camera, code: network.codeById.get(camera.cameraId)! })),
      unpoweredNetworkNodes: impact.unpoweredNetworkNodeIds.map((id) => this.ref(network, { kind: 'network_node', id })),
      blackSpots,
      totalLostSquareMeters: round(blackSpots.reduce((sum, entry) => sum + entry.lostSquareMeters, 0)),
      totalPriorityWeightedLostSquareMeters: round(blackSpots.reduce((sum, entry) => sum + entry.priorityWeightedLostSquareMeters, 0)),
      timings: { ...roundTimings(network), analysisMilliseconds: elapsed(start) },
    };
  }

  /**
   * What the black spots lose at their required level when these cameras go dark, counting the cameras
   * of the given statuses (most weighted loss first); spots none of them covers are left out.
   */
  async coverageLoss(dark: ReadonlySet<string>, cameraStatuses: readonly AssetStatus[]): Promise<BlackSpotCoverageLossEntry[]> {
    if (dark.size === 0) return [];
    const rows = await this.repository.findCoverageOverBlackSpots(cameraStatuses, { touchingCameraIds: [...dark] });
    const spotIds = new Set(rows.map((row) => row.blackSpotId));
    const spots = (await this.repository.findBlackSpots()).filter((spot) => spotIds.has(spot.id));
    return blackSpotCases(spots, rows, this.metric.projection)
      .map((spotCase) => lossOf(spotCase, dark))
      .filter((entry): entry is BlackSpotCoverageLossEntry => entry !== null)
      .sort((a, b) => b.priorityWeightedLostSquareMeters - a.priorityWeightedLostSquareMeters || a.blackSpot.code.localeCompare(b.blackSpot.code));
  }

  /**
   * The cameras that go dark when these elements fail, on the installed network (commissioned and out of
   * service alike, so that a camera already held by another fault is still found): the outage analysis
   * of `outageImpact`, for faults. Elements not in that network darken nothing.
   */
  async darkenedByFailure(failures: FailureSet): Promise<string[]> {
    const network = await this.loader.load('installed');
    return this.outageAnalyserOf(network).impactOf(failures).darkCameraIds;
  }

  /** The black spots, their cameras' stored coverage rows (cameras of the given statuses) and the projection, for availability figures. */
  async blackSpotCases(cameraStatuses: readonly AssetStatus[]): Promise<BlackSpotCoverageCase[]> {
    const rows = await this.repository.findCoverageOverBlackSpots(cameraStatuses);
    return blackSpotCases(await this.repository.findBlackSpots(), rows, this.metric.projection);
  }

  async singlePointsOfFailure(
    limit = 20,
    selection: CameraSelection = 'planned',
    minimumCoveredFraction = DEFAULT_MINIMUM_COVERED_FRACTION,
  ): Promise<CriticalElementEntry[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SPOF_LIMIT) throw badInput(`limit must be a whole number from 1 to ${MAX_SPOF_LIMIT}; got ${limit}.`);
    if (!(minimumCoveredFraction > 0 && minimumCoveredFraction <= 1)) {
      throw badInput(`minimumCoveredFraction must be in (0, 1]; got ${minimumCoveredFraction}.`);
    }
    const network = await this.loader.load(selection);
    const analysis = this.spofAnalysisOf(network);
    const rows = await this.repository.findCoverageOverBlackSpots(statusesOf(selection));
    const spotIds = new Set(rows.map((row) => row.blackSpotId));
    const spots = (await this.repository.findBlackSpots()).filter((spot) => spotIds.has(spot.id));
    const cases = blackSpotCases(spots, rows, this.metric.projection);
    const cameraWeights = new Map<string, number>();
    for (const spotCase of cases) {
      for (const cameraId of spotCase.cameraIds) cameraWeights.set(cameraId, (cameraWeights.get(cameraId) ?? 1) + spotCase.spot.priority);
    }
    const ranking = analysis.rankCriticalElements({ cameraWeights, limit });
    const caseById = new Map(cases.map((spotCase) => [spotCase.spot.id, spotCase]));
    const perSpot = analysis.blackSpotSinglePointsOfFailure(
      cases.map((spotCase) => ({ blackSpotId: spotCase.spot.id, servingCameraIds: spotCase.cameraIds })),
      (blackSpotId, liveCameraIds) => caseById.get(blackSpotId)!.measure(liveCameraIds).coveredFraction >= minimumCoveredFraction,
    );
    const dropped = new Map<string, BlackSpotRef[]>();
    for (const spot of perSpot) {
      const spotRef = blackSpotRef(caseById.get(spot.blackSpotId)!.spot);
      for (const { element } of spot.singlePointsOfFailure) {
        const key = elementKey(element);
        dropped.set(key, [...(dropped.get(key) ?? []), spotRef]);
      }
    }
    return ranking.map((entry) => ({
      element: this.ref(network, entry.element),
      camerasLost: entry.camerasLost,
      weightedCamerasLost: entry.weightedCamerasLost,
      blackSpotsDropped: (dropped.get(elementKey(entry.element)) ?? []).sort((a, b) => b.priority - a.priority || a.code.localeCompare(b.code)),
    }));
  }

  /**
   * The elements whose failure alone costs one black spot coverage, the largest loss first: the
   * candidates are the dominators of its live serving cameras, each measured with the cameras it leaves.
   */
  async blackSpotSinglePointsOfFailure(blackSpotId: string, selection: CameraSelection = 'planned', limit = 20): Promise<BlackSpotFailureEntry[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SPOF_LIMIT) throw badInput(`limit must be a whole number from 1 to ${MAX_SPOF_LIMIT}; got ${limit}.`);
    const spot = (await this.repository.findBlackSpots()).find((candidate) => candidate.id === blackSpotId);
    if (!spot) throw notFound('BlackSpot', blackSpotId);
    const network = await this.loader.load(selection);
    const analysis = this.spofAnalysisOf(network);
    const rows = (await this.repository.findCoverageOverBlackSpots(statusesOf(selection))).filter((row) => row.blackSpotId === blackSpotId);
    const [spotCase] = blackSpotCases([spot], rows, this.metric.projection);
    if (!spotCase) return [];
    const { liveServingCameraIds, losses } = analysis.blackSpotCameraLosses({ blackSpotId, servingCameraIds: spotCase.cameraIds });
    const before = spotCase.measure(liveServingCameraIds);
    const entries = losses.map(({ element, servingCamerasLost }) => {
      const after = spotCase.measure(liveServingCameraIds.filter((id) => !servingCamerasLost.includes(id)));
      return {
        element: this.ref(network, element),
        camerasLost: servingCamerasLost.map((id) => this.ref(network, { kind: 'camera', id })),
        coveredFractionBefore: before.coveredFraction,
        coveredFractionAfter: after.coveredFraction,
        lostSquareMeters: round(Math.max(0, before.coveredAreaSquareMeters - after.coveredAreaSquareMeters), 2),
      };
    });
    // A camera whose view others already give costs nothing: only real losses are listed.
    return entries
      .filter((entry) => entry.lostSquareMeters > 0)
      .sort((a, b) => b.lostSquareMeters - a.lostSquareMeters || b.camerasLost.length - a.camerasLost.length || (a.element.code ?? '').localeCompare(b.element.code ?? ''))
      .slice(0, limit);
  }

  private async endpointLocation(endpoint: Endpoint, allowed: readonly EndpointKind[], role: string): Promise<Position> {
    if (!allowed.includes(endpoint.kind)) throw badInput(`A ${role} may be a ${allowed.join(', ')}; not a ${endpoint.kind}.`);
    const found = await this.repository.findEndpointLocation(endpoint.kind, endpoint.id);
    if (!found) throw notFound(typeNameOf(endpoint.kind), endpoint.id);
    return found.location;
  }

  async proposeFiberRoute(from: Endpoint): Promise<RouteProposalResult> {
    const start = await this.endpointLocation(from, ['camera', 'pole', 'network_node'], 'fiber route start');
    const network = await this.loader.load('planned');
    const connectivity = this.connectivityOf(network);
    const targets = fiberRoutingTargets(network.graphs, connectivity).filter((target) => target.id !== from.id);
    const { network: streetNetwork } = await this.streetGraph.get();
    if (!streetNetwork) return noRoute('no_streets');
    const proposal = proposeFiberRoute(streetNetwork, start, prepareRoutingTargets(streetNetwork, targets), {
      installMethod: DEFAULT_ROUTE_INSTALL_METHOD,
      costMadPerMeterByInstallMethod: FIBER_ROUTE_MAD_PER_METER,
      splicingMadPerRunEnd: VIGIE_UNIT_COSTS.fiberSplicingMadPerRunEnd,
    });
    return this.routeResult(network, proposal, null);
  }

  async proposePowerRoute(to: Endpoint, requiredWatts?: number | null): Promise<RouteProposalResult> {
    if (requiredWatts != null && !(Number.isFinite(requiredWatts) && requiredWatts >= 0 && requiredWatts <= 1e7)) {
      throw badInput(`requiredWatts must be a number of watts from 0 to 10,000,000; got ${requiredWatts}.`);
    }
    const start = await this.endpointLocation(to, ['camera', 'pole', 'network_node'], 'power route end');
    const network = await this.loader.load('planned');
    let watts = requiredWatts ?? null;
    if (watts === null) {
      if (to.kind === 'camera') watts = network.rows.cameras[network.graphs.indexById.camera.get(to.id)!].powerDrawWatts;
      else if (to.kind === 'pole') watts = await this.repository.findPowerDrawOfCamerasOnPole(to.id);
      else watts = network.graphs.nodePowerDrawWatts[network.graphs.indexById.network_node.get(to.id)!];
    }
    const connectivity = this.connectivityOf(network);
    // A feed already ending at this element is not a place to tap a new one for it.
    const ownFeeds = new Set(network.rows.powerFeeds.filter((feed) => feed.to?.id === to.id).map((feed) => feed.id));
    const targets = powerRoutingTargets(network.graphs, connectivity, watts).filter((target) => !ownFeeds.has(target.id));
    const { network: streetNetwork } = await this.streetGraph.get();
    if (!streetNetwork) return { ...noRoute('no_streets'), requiredWatts: watts };
    const proposal = proposePowerRoute(streetNetwork, start, prepareRoutingTargets(streetNetwork, targets), {
      installMethod: DEFAULT_ROUTE_INSTALL_METHOD,
      costMadPerMeterByInstallMethod: POWER_ROUTE_MAD_PER_METER,
    });
    return this.routeResult(network, proposal, watts);
  }

  private routeResult(network: LoadedNetwork, proposal: RouteProposal, requiredWatts: number | null): RouteProposalResult {
    if (proposal.status === 'no_route') return { ...noRoute(proposal.reason), requiredWatts };
    const kind: NetworkElementKind =
      proposal.target.kind === 'power_feed' ? 'power_feed' : proposal.target.kind === 'power_source' ? 'power_source' : 'network_node';
    return {
      status: 'found',
      reason: null,
      path: proposal.path,
      lengthMeters: round(proposal.lengthMeters),
      streetLengthMeters: round(proposal.streetLengthMeters),
      accessLengthMeters: round(proposal.accessLengthMeters),
      installMethod: proposal.installMethod,
      costMadPerMeter: proposal.costMadPerMeter,
      splicingCostMad: proposal.splicingCostMad,
      costMad: round(proposal.costMad),
      target: this.ref(network, { kind, id: proposal.target.id }),
      targetLocation: { type: 'Point', coordinates: proposal.target.location },
      requiredWatts,
    };
  }

  /**
   * The bill of quantities, by zone; `groups`, when given, replaces the zones by other groupings of elements
   * (a work package's members: the design report), each section then named by its group id only.
   */
  async billOfQuantities(statuses?: readonly AssetStatus[] | null, budgetMad?: number | null, groups?: readonly ZoneMembership[]): Promise<BillOfQuantitiesResult> {
    const budgetBound = BOUNDS.BillOfQuantities.budgetMad;
    if (budgetMad != null && !withinBound(budgetMad, budgetBound)) throw badInput(`budgetMad must be ${describeBound(budgetBound)}; got ${budgetMad}.`);
    if (statuses && statuses.length === 0) throw badInput('statuses, when given, must name at least one status.');
    const rows = await this.repository.findNetworkRows();
    const cameraByModelMad: Record<string, number> = {};
    for (const camera of rows.cameras) if (camera.model) cameraByModelMad[camera.model] = camera.modelPriceMad;
    const zones = await this.repository.findZones();
    const memberships = new Map<string, Record<string, string[] | string>>();
    const field: Record<NetworkElementKind, keyof ZoneMembership> = {
      camera: 'cameraIds', pole: 'poleIds', network_node: 'networkNodeIds', fiber_run: 'fiberRunIds', power_feed: 'powerFeedIds', power_source: 'powerSourceIds',
    };
    for (const row of groups ? [] : await this.repository.findZoneOfEachElement()) {
      let membership = memberships.get(row.zoneId);
      if (!membership) memberships.set(row.zoneId, (membership = { zoneId: row.zoneId }));
      ((membership[field[row.kind]] ??= []) as string[]).push(row.id);
    }
    const bill = billOfQuantities(rows, {
      metric: this.metric,
      unitCosts: { ...VIGIE_UNIT_COSTS, cameraByModelMad },
      budgetMadBeforeTax: budgetMad ?? undefined,
      countedStatuses: statuses ?? undefined,
      zones: groups ?? ([...memberships.values()] as unknown as ZoneMembership[]),
    });
    const zoneById = new Map(zones.map((zone) => [zone.id, zone]));
    const section = (zoneId: string | null, value: Omit<BillSectionEntry, 'zoneId' | 'zoneCode' | 'zoneName'>): BillSectionEntry => ({
      zoneId,
      zoneCode: zoneId ? (zoneById.get(zoneId)?.code ?? null) : null,
      zoneName: zoneId ? (zoneById.get(zoneId)?.name ?? null) : null,
      lines: value.lines,
      existing: value.existing,
      supplyBeforeTaxMad: value.supplyBeforeTaxMad,
      installationBeforeTaxMad: value.installationBeforeTaxMad,
      totalBeforeTaxMad: value.totalBeforeTaxMad,
      vatMad: value.vatMad,
      totalWithTaxMad: value.totalWithTaxMad,
    });
    return {
      zones: bill.zones.map((zone) => section(zone.zoneId === UNZONED ? null : zone.zoneId, zone)),
      overall: section(null, bill.overall),
      vatRate: bill.vatRate,
      budgetBeforeTaxMad: bill.budget.budgetBeforeTaxMad,
      remainingBeforeTaxMad: bill.budget.remainingBeforeTaxMad,
      withinBudget: bill.budget.withinBudget,
      usedFraction: bill.budget.usedFraction,
      missingUnitCosts: bill.missingUnitCosts,
    };
  }
}

function lossOf(spotCase: BlackSpotCoverageCase, dark: ReadonlySet<string>): BlackSpotCoverageLossEntry | null {
  const darkHere = spotCase.cameraIds.filter((id) => dark.has(id));
  if (!darkHere.length) return null;
  const before = spotCase.measure();
  const after = spotCase.measure(spotCase.cameraIds.filter((id) => !dark.has(id)));
  const lost = Math.max(0, before.coveredAreaSquareMeters - after.coveredAreaSquareMeters);
  return {
    blackSpot: blackSpotRef(spotCase.spot),
    areaSquareMeters: round(before.areaSquareMeters),
    coveredBeforeSquareMeters: round(before.coveredAreaSquareMeters),
    coveredAfterSquareMeters: round(after.coveredAreaSquareMeters),
    lostSquareMeters: round(lost),
    lostPercent: before.areaSquareMeters > 0 ? round((100 * lost) / before.areaSquareMeters, 3) : 0,
    priorityWeightedLostSquareMeters: round(lost * spotCase.spot.priority),
    darkCameraIds: darkHere,
  };
}

function blackSpotRef(spot: BlackSpotRow): BlackSpotRef {
  return { id: spot.id, code: spot.code, name: spot.name, priority: spot.priority, requiredLevel: spot.requiredLevel };
}

function noRoute(reason: string): RouteProposalResult {
  return {
    status: 'no_route', reason, path: null, lengthMeters: null, streetLengthMeters: null, accessLengthMeters: null, installMethod: null,
    costMadPerMeter: null, splicingCostMad: null, costMad: null, target: null, targetLocation: null, requiredWatts: null,
  };
}

function roundTimings(network: LoadedNetwork) {
  return {
    loadMilliseconds: Math.round(network.timings.loadMilliseconds * 100) / 100,
    buildMilliseconds: Math.round(network.timings.buildMilliseconds * 100) / 100,
    fromCache: network.timings.fromCache,
  };
}

function typeNameOf(kind: EndpointKind): string {
  return { network_node: 'NetworkNode', pole: 'Pole', camera: 'Camera', power_source: 'PowerSource' }[kind];
}
