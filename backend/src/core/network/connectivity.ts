/**
 * Connectivity: each camera's fiber path to the control centre with an optical loss estimate against
 * a link budget, cameras with no path, unpowered cameras, cameras dark by day (fed only through
 * switched street-lighting circuits without a long enough UPS), overloaded feeds and sources, fiber
 * runs with no spare strands and switch port use.
 *
 * Power first: one Dijkstra from the sources where entering a switched element costs 1e9 (then metres), so a
 * consumer is fed through as few switched elements as possible and its load is booked on that path. A node
 * that draws power (a switch, a cabinet's equipment) and has none passes no fiber traffic; one dark by
 * day darkens, by day, the cameras that have no other path.
 * Fiber: one Dijkstra from the control centre(s) minimising optical loss (run attenuation + splices).
 * A camera's optical link ends at the first link-terminating node on that path (a switch by default,
 * always the control centre); each switch that terminates links sends an uplink on towards the next one.
 */
import type { CableType, NetworkNodeKind } from '../domain';
import { BinaryMinHeap } from './compressed-adjacency';
import { elementOfVertex, VertexKind, type MediumGraph, type NetworkGraphs } from './network-graph';
import type { NetworkElementReference } from './network-types';

export interface ConnectivityOptions {
  /** Attenuation by cable type, dB per km. Default G.652D/G.657A 0.35 (1310 nm), OM3 1.5, drop 0.4. */
  attenuationDbPerKm?: Partial<Record<CableType, number>>;
  /** Loss per splice: each node, pole or line junction passed. Default 0.1 dB. */
  spliceLossDb?: number;
  /** Loss per mated connector pair. Default 0.5 dB. */
  connectorLossDb?: number;
  /** Connectors on a link (both ends). Default 2. */
  connectorsPerLink?: number;
  /** Optical power budget of a link (transceiver). Default 10 dB. */
  linkBudgetDb?: number;
  /** A link is within budget when budget - loss >= this margin. Default 3 dB. */
  requiredMarginDb?: number;
  /** Node kinds where a camera link ends (the control centre always ends links). Default ['switch']. */
  linkTerminatingNodeKinds?: readonly NetworkNodeKind[];
  strandsPerCameraLink?: number;
  strandsPerUplink?: number;
  uplinkPortsPerSwitch?: number;
  /** When street-lighting circuits are off, minutes after midnight. Default 06:30 to 19:00. */
  streetLightingOffPeriod?: { startMinuteOfDay: number; endMinuteOfDay: number };
  /** Treat every street_lighting_circuit source as switched, not only feeds flagged switched. Default true. */
  streetLightingSourcesAreSwitched?: boolean;
}

export const DEFAULT_ATTENUATION_DB_PER_KM: Record<CableType, number> = {
  sm_g652d: 0.35,
  sm_g657a: 0.35,
  mm_om3: 1.5,
  drop: 0.4,
};

export interface OpticalLink {
  /** The camera or the switch at the downstream end. */
  from: NetworkElementReference;
  /** The node where the link terminates (a switch or the control centre). */
  terminatesAt: NetworkElementReference;
  fiberRunIds: string[];
  lengthMeters: number;
  splices: number;
  lossDb: number;
  /** What makes up lossDb: fiber attenuation over the length, the splices, the connectors at both ends. */
  attenuationLossDb: number;
  spliceLossDb: number;
  connectorLossDb: number;
  budgetDb: number;
  marginDb: number;
  withinBudget: boolean;
}

export interface CameraFiberPath {
  /** Camera first, control centre last; runs, poles, nodes in between (line junctions left out). */
  elements: NetworkElementReference[];
  fiberRunIds: string[];
  networkNodeIds: string[];
  lengthMeters: number;
  /** The camera's own optical link (up to its first link-terminating node). */
  link: OpticalLink;
}

export interface DarkByDay {
  /** Minutes after midnight. */
  fromMinuteOfDay: number;
  toMinuteOfDay: number;
  /** "HH:MM". */
  from: string;
  to: string;
  minutesPerDay: number;
  upsAutonomyMinutes: number;
  /**
   * Nodes dark by day (on switched street lighting, UPS too short) that cut the camera's fiber path;
   * empty when only the element's own supply is switched.
   */
  networkNodeIds: string[];
}

/** How a camera or a node gets its power. */
export interface PowerStatus {
  powered: boolean;
  /** Powered with every switched circuit off. */
  poweredByDay: boolean;
  powerSourceId: string | null;
  powerFeedIds: string[];
  upsAutonomyMinutes: number;
  /** Dark by day: through its own switched supply (for a camera, also through a node of its fiber path that is). */
  darkByDay: DarkByDay | null;
}

export type CameraPowerStatus = PowerStatus;

export interface CameraConnectivity {
  cameraId: string;
  fiber: CameraFiberPath | null;
  /**
   * When fiber is null only because nodes without power block every path: the unpowered nodes on the
   * path the camera would take with them powered (empty otherwise).
   */
  cutOffByUnpoweredNodeIds: string[];
  power: CameraPowerStatus;
}

/** Power of a node that draws some (switch, cabinet equipment): without it, no fiber traffic passes. */
export interface NetworkNodePowerStatus extends PowerStatus {
  networkNodeId: string;
  powerDrawWatts: number;
}

export interface PowerLoad {
  id: string;
  loadWatts: number;
  capacityWatts: number;
  utilization: number;
}

export interface StrandUse {
  fiberRunId: string;
  strandsUsed: number;
  strandCount: number;
  spareStrands: number;
}

export interface PortUse {
  networkNodeId: string;
  kind: NetworkNodeKind;
  portsUsed: number;
  portCount: number | null;
  sparePorts: number | null;
}

export interface ConnectivityReport {
  cameras: CameraConnectivity[];
  camerasWithoutFiberPath: string[];
  unpoweredCameras: string[];
  camerasDarkByDay: ({ cameraId: string } & DarkByDay)[];
  /** Every active node that draws power, with its supply. */
  networkNodePower: NetworkNodePowerStatus[];
  /** Nodes that draw power and have no power path: no fiber traffic passes them. */
  unpoweredNetworkNodes: string[];
  networkNodesDarkByDay: ({ networkNodeId: string } & DarkByDay)[];
  /** Cameras without a fiber path only because of unpowered nodes, and those nodes. */
  camerasCutOffByUnpoweredNodes: { cameraId: string; networkNodeIds: string[] }[];
  linksOverBudget: OpticalLink[];
  /** Switch-to-switch (or switch-to-control-centre) links. */
  uplinks: OpticalLink[];
  powerFeedLoads: PowerLoad[];
  powerSourceLoads: PowerLoad[];
  overloadedPowerFeeds: PowerLoad[];
  overloadedPowerSources: PowerLoad[];
  /** Every active run that carries at least one link. */
  strandUse: StrandUse[];
  fiberRunsWithoutSpareStrands: StrandUse[];
  /** Switches, the control centre and every node with a port count. */
  portUse: PortUse[];
  /** Shortest-loss tree of the fiber graph (parent vertex, -1 unreached), unpowered nodes left out, for other analyses. */
  fiberParent: Int32Array;
  /** Fewest-switched-elements tree of the power graph. */
  powerParent: Int32Array;
}

const SWITCHED_COST = 1e9;

/** The options with their defaults filled in. */
interface ConnectivitySettings {
  attenuation: Record<CableType, number>;
  spliceLossDb: number;
  connectorLossDb: number;
  connectorsPerLink: number;
  linkBudgetDb: number;
  requiredMarginDb: number;
  terminatingKinds: Set<NetworkNodeKind>;
  strandsPerCameraLink: number;
  strandsPerUplink: number;
  uplinkPortsPerSwitch: number;
  offPeriod: { startMinuteOfDay: number; endMinuteOfDay: number };
  lightingSourcesSwitched: boolean;
  /** Minutes per day the street lighting is off. */
  offMinutes: number;
}

function resolveSettings(options: ConnectivityOptions): ConnectivitySettings {
  const terminatingKinds = new Set<NetworkNodeKind>(options.linkTerminatingNodeKinds ?? ['switch']);
  terminatingKinds.add('control_centre');
  const offPeriod = options.streetLightingOffPeriod ?? { startMinuteOfDay: 6 * 60 + 30, endMinuteOfDay: 19 * 60 };
  return {
    attenuation: { ...DEFAULT_ATTENUATION_DB_PER_KM, ...options.attenuationDbPerKm },
    spliceLossDb: options.spliceLossDb ?? 0.1,
    connectorLossDb: options.connectorLossDb ?? 0.5,
    connectorsPerLink: options.connectorsPerLink ?? 2,
    linkBudgetDb: options.linkBudgetDb ?? 10,
    requiredMarginDb: options.requiredMarginDb ?? 3,
    terminatingKinds,
    strandsPerCameraLink: options.strandsPerCameraLink ?? 1,
    strandsPerUplink: options.strandsPerUplink ?? 2,
    uplinkPortsPerSwitch: options.uplinkPortsPerSwitch ?? 1,
    offPeriod,
    lightingSourcesSwitched: options.streetLightingSourcesAreSwitched ?? true,
    offMinutes: (offPeriod.endMinuteOfDay - offPeriod.startMinuteOfDay + 1440) % 1440,
  };
}

/** When something whose UPS lasts `upsAutonomyMinutes` goes dark while the street lighting is off. */
function darkPeriod(settings: ConnectivitySettings, upsAutonomyMinutes: number, networkNodeIds: string[]): DarkByDay {
  const { offPeriod, offMinutes } = settings;
  const fromMinuteOfDay = (offPeriod.startMinuteOfDay + upsAutonomyMinutes) % 1440;
  return {
    fromMinuteOfDay,
    toMinuteOfDay: offPeriod.endMinuteOfDay,
    from: clockTime(fromMinuteOfDay),
    to: clockTime(offPeriod.endMinuteOfDay),
    minutesPerDay: offMinutes - upsAutonomyMinutes,
    upsAutonomyMinutes,
    networkNodeIds,
  };
}

export function analyseConnectivity(graphs: NetworkGraphs, options: ConnectivityOptions = {}): ConnectivityReport {
  const settings = resolveSettings(options);
  // Power first: a node without power passes no fiber traffic.
  const supply = analysePowerSupply(graphs, settings);
  const nodes = analyseNodePower(graphs, settings, supply);
  const runLossDb = Float64Array.from(
    graphs.input.fiberRuns,
    (run, index) => (settings.attenuation[run.cableType] * graphs.fiberRunLengthMeters[index]) / 1000,
  );
  const fiberEntryCost = fiberEntryCosts(graphs, settings, runLossDb);
  const anyUnpowered = nodes.unpoweredNetworkNodes.length > 0;
  const fiberParent = shortestPathTree(graphs.fiber, anyUnpowered ? blockedCosts(fiberEntryCost, nodes.unpoweredVertex) : fiberEntryCost).parent;
  const links = traceFiberLinks(graphs, settings, fiberParent, runLossDb);
  const cutOffBy = anyUnpowered ? camerasCutOffByUnpowered(graphs, fiberEntryCost, links.fiberPaths, nodes.unpoweredVertex) : [];
  const reachableByDay = fiberReachableByDay(graphs, nodes);
  const report = cameraReports(graphs, settings, supply, nodes, fiberParent, links.fiberPaths, cutOffBy, reachableByDay);
  const { powerFeedLoads, powerSourceLoads } = powerLoads(graphs, supply);
  const strandUse = strandUseOf(graphs, links.strandsUsed);
  return {
    cameras: report.cameras,
    camerasWithoutFiberPath: report.camerasWithoutFiberPath,
    unpoweredCameras: report.unpoweredCameras,
    camerasDarkByDay: report.camerasDarkByDay,
    networkNodePower: nodes.networkNodePower,
    unpoweredNetworkNodes: nodes.unpoweredNetworkNodes,
    networkNodesDarkByDay: nodes.networkNodesDarkByDay,
    camerasCutOffByUnpoweredNodes: report.camerasCutOffByUnpoweredNodes,
    linksOverBudget: links.linksOverBudget,
    uplinks: links.uplinks,
    powerFeedLoads,
    powerSourceLoads,
    overloadedPowerFeeds: powerFeedLoads.filter((entry) => entry.loadWatts > entry.capacityWatts),
    overloadedPowerSources: powerSourceLoads.filter((entry) => entry.loadWatts > entry.capacityWatts),
    strandUse,
    fiberRunsWithoutSpareStrands: strandUse.filter((entry) => entry.spareStrands <= 0),
    portUse: portUseOf(graphs, settings, links.portsUsed),
    fiberParent,
    powerParent: supply.parent,
  };
}

/** The power tree and the loads booked along it. */
interface PowerSupply {
  parent: Int32Array;
  distance: Float64Array;
  feedLoadWatts: Float64Array;
  sourceLoadWatts: Float64Array;
}

/**
 * One Dijkstra from the sources, fewest switched elements first, then shortest feed length; each
 * active consumer's draw is booked on every feed and source of its path.
 */
function analysePowerSupply(graphs: NetworkGraphs, settings: ConnectivitySettings): PowerSupply {
  const { input, power } = graphs;
  const feedSwitched = Uint8Array.from(input.powerFeeds, (feed) => (feed.switched ? 1 : 0));
  const powerEntryCost = new Float64Array(power.vertexCount);
  for (let vertex = 1; vertex < power.vertexCount; vertex++) {
    const kind = power.vertexKind[vertex];
    const index = power.vertexEntityIndex[vertex];
    if (kind === VertexKind.line) {
      powerEntryCost[vertex] = (feedSwitched[index] ? SWITCHED_COST : 0) + graphs.powerFeedLengthMeters[index];
    } else if (kind === VertexKind.powerSource) {
      powerEntryCost[vertex] =
        settings.lightingSourcesSwitched && input.powerSources[index].kind === 'street_lighting_circuit' ? SWITCHED_COST : 0;
    }
  }
  const { parent, distance } = shortestPathTree(power, powerEntryCost);
  const feedLoadWatts = new Float64Array(input.powerFeeds.length);
  const sourceLoadWatts = new Float64Array(input.powerSources.length);
  const bookLoad = (startVertex: number, watts: number) => {
    if (!(watts > 0) || parent[startVertex] === -1) return;
    for (let vertex = startVertex; vertex > 0; vertex = parent[vertex]) {
      const kind = power.vertexKind[vertex];
      if (kind === VertexKind.line) feedLoadWatts[power.vertexEntityIndex[vertex]] += watts;
      else if (kind === VertexKind.powerSource) sourceLoadWatts[power.vertexEntityIndex[vertex]] += watts;
    }
  };
  input.cameras.forEach((camera, index) => {
    if (graphs.cameraActive[index]) bookLoad(power.cameraBase + index, camera.powerDrawWatts);
  });
  input.networkNodes.forEach((_, index) => {
    if (power.vertexActive[power.nodeBase + index]) bookLoad(power.nodeBase + index, graphs.nodePowerDrawWatts[index]);
  });
  return { parent, distance, feedLoadWatts, sourceLoadWatts };
}

/** The source and feeds a power vertex is supplied through (none when unpowered). */
function powerPathOf(graphs: NetworkGraphs, supply: PowerSupply, startVertex: number): { powerSourceId: string | null; powerFeedIds: string[] } {
  const { input, power } = graphs;
  const powerFeedIds: string[] = [];
  let powerSourceId: string | null = null;
  if (supply.parent[startVertex] === -1) return { powerSourceId, powerFeedIds };
  for (let vertex = startVertex; vertex > 0; vertex = supply.parent[vertex]) {
    const kind = power.vertexKind[vertex];
    if (kind === VertexKind.line) powerFeedIds.push(input.powerFeeds[power.vertexEntityIndex[vertex]].id);
    else if (kind === VertexKind.powerSource) powerSourceId = input.powerSources[power.vertexEntityIndex[vertex]].id;
  }
  return { powerSourceId, powerFeedIds };
}

interface NodePower {
  networkNodePower: NetworkNodePowerStatus[];
  unpoweredNetworkNodes: string[];
  networkNodesDarkByDay: ({ networkNodeId: string } & DarkByDay)[];
  /** Per fiber vertex: 1 for a node with no power (it blocks the fiber graph). */
  unpoweredVertex: Uint8Array;
  /** Per fiber vertex: the UPS minutes of a node dark by day, else -1 (it blocks the fiber graph by day). */
  darkByDayUps: Float64Array;
}

/** Nodes that draw power: unpowered ones block the fiber graph, those dark by day block it by day. */
function analyseNodePower(graphs: NetworkGraphs, settings: ConnectivitySettings, supply: PowerSupply): NodePower {
  const { input, fiber, power } = graphs;
  const result: NodePower = {
    networkNodePower: [],
    unpoweredNetworkNodes: [],
    networkNodesDarkByDay: [],
    unpoweredVertex: new Uint8Array(fiber.vertexCount),
    darkByDayUps: new Float64Array(fiber.vertexCount).fill(-1),
  };
  input.networkNodes.forEach((node, index) => {
    if (!graphs.nodeNeedsPower[index]) return;
    const powerVertex = power.nodeBase + index;
    const powered = supply.parent[powerVertex] !== -1;
    const poweredByDay = powered && supply.distance[powerVertex] < SWITCHED_COST;
    const upsAutonomyMinutes = node.upsAutonomyMinutes ?? 0;
    const darkByDay = powered && !poweredByDay && upsAutonomyMinutes < settings.offMinutes ? darkPeriod(settings, upsAutonomyMinutes, []) : null;
    if (!powered) {
      result.unpoweredVertex[fiber.nodeBase + index] = 1;
      result.unpoweredNetworkNodes.push(node.id);
    }
    if (darkByDay) {
      result.darkByDayUps[fiber.nodeBase + index] = upsAutonomyMinutes;
      result.networkNodesDarkByDay.push({ networkNodeId: node.id, ...darkByDay });
    }
    result.networkNodePower.push({
      networkNodeId: node.id,
      powerDrawWatts: graphs.nodePowerDrawWatts[index],
      powered,
      poweredByDay,
      ...powerPathOf(graphs, supply, powerVertex),
      upsAutonomyMinutes,
      darkByDay,
    });
  });
  return result;
}

/** Optical loss of entering each fiber vertex: a run's attenuation, a splice at poles, junctions and nodes. */
function fiberEntryCosts(graphs: NetworkGraphs, settings: ConnectivitySettings, runLossDb: Float64Array): Float64Array {
  const { input, fiber } = graphs;
  const fiberEntryCost = new Float64Array(fiber.vertexCount);
  for (let vertex = 1; vertex < fiber.vertexCount; vertex++) {
    const kind = fiber.vertexKind[vertex];
    if (kind === VertexKind.line) fiberEntryCost[vertex] = runLossDb[fiber.vertexEntityIndex[vertex]];
    else if (kind === VertexKind.pole || kind === VertexKind.junction) fiberEntryCost[vertex] = settings.spliceLossDb;
    else if (kind === VertexKind.networkNode) {
      fiberEntryCost[vertex] = input.networkNodes[fiber.vertexEntityIndex[vertex]].kind === 'control_centre' ? 0 : settings.spliceLossDb;
    }
  }
  return fiberEntryCost;
}

/** The costs with the blocked vertices made impassable. */
function blockedCosts(entryCost: Float64Array, blocked: Uint8Array): Float64Array {
  const costs = entryCost.slice();
  for (let vertex = 0; vertex < costs.length; vertex++) if (blocked[vertex]) costs[vertex] = Infinity;
  return costs;
}

interface FiberLinks {
  fiberPaths: (CameraFiberPath | null)[];
  linksOverBudget: OpticalLink[];
  uplinks: OpticalLink[];
  strandsUsed: Float64Array;
  portsUsed: Float64Array;
}

/**
 * Each camera's fiber path up the loss tree and its optical link (to the first terminating node),
 * then the uplink of every switch in use towards the next one, booking strands and ports.
 */
function traceFiberLinks(graphs: NetworkGraphs, settings: ConnectivitySettings, fiberParent: Int32Array, runLossDb: Float64Array): FiberLinks {
  const { input, fiber } = graphs;
  // One shared element object per vertex: the 10,000 paths reuse them instead of allocating their own.
  const fiberElements: (NetworkElementReference | null | undefined)[] = new Array(fiber.vertexCount);
  const fiberElementOf = (vertex: number): NetworkElementReference | null => {
    let element = fiberElements[vertex];
    if (element === undefined) fiberElements[vertex] = element = elementOfVertex(graphs, fiber, vertex);
    return element;
  };
  const isTerminating = (vertex: number) =>
    fiber.vertexKind[vertex] === VertexKind.networkNode &&
    settings.terminatingKinds.has(input.networkNodes[fiber.vertexEntityIndex[vertex]].kind);
  const strandsUsed = new Float64Array(input.fiberRuns.length);
  const portsUsed = new Float64Array(input.networkNodes.length);
  const linksOverBudget: OpticalLink[] = [];

  /** Walks up from `start` to the first terminating node, booking strands; null if the root is reached first. */
  const traceLink = (start: number, strands: number): OpticalLink | null => {
    const fiberRunIds: string[] = [];
    let lengthMeters = 0;
    let lossDb = 0;
    let splices = 0;
    let vertex = fiberParent[start];
    while (vertex > 0 && !isTerminating(vertex)) {
      const kind = fiber.vertexKind[vertex];
      if (kind === VertexKind.line) {
        const runIndex = fiber.vertexEntityIndex[vertex];
        fiberRunIds.push(input.fiberRuns[runIndex].id);
        lengthMeters += graphs.fiberRunLengthMeters[runIndex];
        lossDb += runLossDb[runIndex];
        strandsUsed[runIndex] += strands;
      } else if (kind !== VertexKind.camera) {
        splices++;
      }
      vertex = fiberParent[vertex];
    }
    if (vertex <= 0) return null;
    portsUsed[fiber.vertexEntityIndex[vertex]] += 1;
    const attenuationLossDb = lossDb;
    const spliceLossDb = splices * settings.spliceLossDb;
    const connectorLossDb = settings.connectorsPerLink * settings.connectorLossDb;
    lossDb += spliceLossDb + connectorLossDb;
    const marginDb = settings.linkBudgetDb - lossDb;
    return {
      from: fiberElementOf(start)!,
      terminatesAt: fiberElementOf(vertex)!,
      fiberRunIds,
      lengthMeters,
      splices,
      lossDb,
      attenuationLossDb,
      spliceLossDb,
      connectorLossDb,
      budgetDb: settings.linkBudgetDb,
      marginDb,
      withinBudget: marginDb >= settings.requiredMarginDb,
    };
  };

  const fiberPaths: (CameraFiberPath | null)[] = new Array(input.cameras.length).fill(null);
  const switchesInUse: number[] = [];
  const switchQueued = new Uint8Array(fiber.vertexCount);
  const queueSwitch = (link: OpticalLink | null) => {
    if (!link) return;
    const vertex = fiber.nodeBase + graphs.indexById.network_node.get(link.terminatesAt.id)!;
    if (input.networkNodes[fiber.vertexEntityIndex[vertex]].kind === 'control_centre' || switchQueued[vertex]) return;
    switchQueued[vertex] = 1;
    switchesInUse.push(vertex);
  };
  input.cameras.forEach((camera, cameraIndex) => {
    const cameraVertex = fiber.cameraBase + cameraIndex;
    if (!graphs.cameraActive[cameraIndex] || fiberParent[cameraVertex] === -1) return;
    const elements: NetworkElementReference[] = [];
    const fiberRunIds: string[] = [];
    const networkNodeIds: string[] = [];
    let lengthMeters = 0;
    for (let vertex = cameraVertex; vertex > 0; vertex = fiberParent[vertex]) {
      const element = fiberElementOf(vertex);
      if (!element) continue;
      elements.push(element);
      if (element.kind === 'fiber_run') {
        fiberRunIds.push(element.id);
        lengthMeters += graphs.fiberRunLengthMeters[fiber.vertexEntityIndex[vertex]];
      } else if (element.kind === 'network_node') networkNodeIds.push(element.id);
    }
    const link = traceLink(cameraVertex, settings.strandsPerCameraLink)!;
    if (!link.withinBudget) linksOverBudget.push(link);
    queueSwitch(link);
    fiberPaths[cameraIndex] = { elements, fiberRunIds, networkNodeIds, lengthMeters, link };
  });
  const uplinks: OpticalLink[] = [];
  for (let position = 0; position < switchesInUse.length; position++) {
    const switchVertex = switchesInUse[position];
    portsUsed[fiber.vertexEntityIndex[switchVertex]] += settings.uplinkPortsPerSwitch;
    const link = traceLink(switchVertex, settings.strandsPerUplink);
    if (!link) continue;
    uplinks.push(link);
    if (!link.withinBudget) linksOverBudget.push(link);
    queueSwitch(link);
  }
  return { fiberPaths, linksOverBudget, uplinks, strandsUsed, portsUsed };
}

/** Cameras cut off only by unpowered nodes: per camera, the unpowered nodes of the path it would take with every node powered. */
function camerasCutOffByUnpowered(
  graphs: NetworkGraphs,
  fiberEntryCost: Float64Array,
  fiberPaths: (CameraFiberPath | null)[],
  unpoweredVertex: Uint8Array,
): (string[] | undefined)[] {
  const { input, fiber } = graphs;
  const cutOffBy: (string[] | undefined)[] = new Array(input.cameras.length);
  const unblockedParent = shortestPathTree(fiber, fiberEntryCost).parent;
  input.cameras.forEach((_, index) => {
    const cameraVertex = fiber.cameraBase + index;
    if (!graphs.cameraActive[index] || fiberPaths[index] || unblockedParent[cameraVertex] === -1) return;
    const nodeIds: string[] = [];
    for (let vertex = cameraVertex; vertex > 0; vertex = unblockedParent[vertex]) {
      if (unpoweredVertex[vertex]) nodeIds.push(input.networkNodes[fiber.vertexEntityIndex[vertex]].id);
    }
    cutOffBy[index] = nodeIds;
  });
  return cutOffBy;
}

/** By day, nodes dark by day are out too: the fiber vertices still reachable then (null when no node is dark by day). */
function fiberReachableByDay(graphs: NetworkGraphs, nodes: NodePower): Uint8Array | null {
  if (nodes.networkNodesDarkByDay.length === 0) return null;
  const blocked = nodes.unpoweredVertex.slice();
  for (let vertex = 0; vertex < graphs.fiber.vertexCount; vertex++) if (nodes.darkByDayUps[vertex] >= 0) blocked[vertex] = 1;
  return reachableAvoiding(graphs.fiber, blocked);
}

type CameraReports = Pick<ConnectivityReport, 'cameras' | 'camerasWithoutFiberPath' | 'unpoweredCameras' | 'camerasDarkByDay' | 'camerasCutOffByUnpoweredNodes'>;

/** Per active camera: its fiber path, its power, whether and when it is dark by day. */
function cameraReports(
  graphs: NetworkGraphs,
  settings: ConnectivitySettings,
  supply: PowerSupply,
  nodes: NodePower,
  fiberParent: Int32Array,
  fiberPaths: (CameraFiberPath | null)[],
  cutOffBy: (string[] | undefined)[],
  reachableByDay: Uint8Array | null,
): CameraReports {
  const { input, fiber, power } = graphs;
  const reports: CameraReports = { cameras: [], camerasWithoutFiberPath: [], unpoweredCameras: [], camerasDarkByDay: [], camerasCutOffByUnpoweredNodes: [] };
  input.cameras.forEach((camera, index) => {
    if (!graphs.cameraActive[index]) return;
    const powerVertex = power.cameraBase + index;
    const powered = supply.parent[powerVertex] !== -1;
    const poweredByDay = powered && supply.distance[powerVertex] < SWITCHED_COST;
    const { powerSourceId, powerFeedIds } = powerPathOf(graphs, supply, powerVertex);
    const poleIndex = camera.poleId != null ? graphs.indexById.pole.get(camera.poleId) : undefined;
    const upsAutonomyMinutes = Math.max(
      camera.upsAutonomyMinutes ?? 0,
      poleIndex !== undefined ? (input.poles[poleIndex].upsAutonomyMinutes ?? 0) : 0,
    );
    const fiberPath = fiberPaths[index];
    // Dark from the first of: its own switched supply running out, a node of its path running out.
    let darkUps = powered && !poweredByDay ? upsAutonomyMinutes : Infinity;
    const darkNodeIds: string[] = [];
    if (powered && fiberPath && reachableByDay && !reachableByDay[fiber.cameraBase + index]) {
      let nodeUps = Infinity;
      for (let vertex = fiber.cameraBase + index; vertex > 0; vertex = fiberParent[vertex]) {
        if (nodes.darkByDayUps[vertex] < 0) continue;
        darkNodeIds.push(input.networkNodes[fiber.vertexEntityIndex[vertex]].id);
        nodeUps = Math.min(nodeUps, nodes.darkByDayUps[vertex]);
      }
      darkUps = Math.min(darkUps, nodeUps);
    }
    let darkByDay: DarkByDay | null = null;
    if (darkUps < settings.offMinutes) {
      darkByDay = darkPeriod(settings, darkUps, darkNodeIds);
      reports.camerasDarkByDay.push({ cameraId: camera.id, ...darkByDay });
    }
    const cutOffByUnpoweredNodeIds = cutOffBy[index] ?? [];
    if (!fiberPath) reports.camerasWithoutFiberPath.push(camera.id);
    if (cutOffByUnpoweredNodeIds.length) reports.camerasCutOffByUnpoweredNodes.push({ cameraId: camera.id, networkNodeIds: cutOffByUnpoweredNodeIds });
    if (!powered) reports.unpoweredCameras.push(camera.id);
    reports.cameras.push({
      cameraId: camera.id,
      fiber: fiberPath,
      cutOffByUnpoweredNodeIds,
      power: { powered, poweredByDay, powerSourceId, powerFeedIds, upsAutonomyMinutes, darkByDay },
    });
  });
  return reports;
}

/** Load of every active feed and source. */
function powerLoads(graphs: NetworkGraphs, supply: PowerSupply): { powerFeedLoads: PowerLoad[]; powerSourceLoads: PowerLoad[] } {
  const { input, power } = graphs;
  const powerFeedLoads: PowerLoad[] = [];
  input.powerFeeds.forEach((feed, index) => {
    if (!power.vertexActive[power.lineBase + index]) return;
    powerFeedLoads.push(load(feed.id, supply.feedLoadWatts[index], feed.capacityWatts));
  });
  const powerSourceLoads: PowerLoad[] = [];
  input.powerSources.forEach((source, index) => {
    if (!power.vertexActive[power.sourceBase + index]) return;
    powerSourceLoads.push(load(source.id, supply.sourceLoadWatts[index], source.capacityWatts));
  });
  return { powerFeedLoads, powerSourceLoads };
}

/** Every run that carries at least one link. */
function strandUseOf(graphs: NetworkGraphs, strandsUsed: Float64Array): StrandUse[] {
  const strandUse: StrandUse[] = [];
  graphs.input.fiberRuns.forEach((run, index) => {
    if (strandsUsed[index] === 0) return;
    strandUse.push({
      fiberRunId: run.id,
      strandsUsed: strandsUsed[index],
      strandCount: run.strandCount,
      spareStrands: run.strandCount - strandsUsed[index],
    });
  });
  return strandUse;
}

/** Ports of the active link-terminating nodes and of every active node with a port count. */
function portUseOf(graphs: NetworkGraphs, settings: ConnectivitySettings, portsUsed: Float64Array): PortUse[] {
  const portUse: PortUse[] = [];
  graphs.input.networkNodes.forEach((node, index) => {
    if (!graphs.fiber.vertexActive[graphs.fiber.nodeBase + index]) return;
    if (node.portCount == null && !settings.terminatingKinds.has(node.kind)) return;
    const portCount = node.portCount ?? null;
    portUse.push({
      networkNodeId: node.id,
      kind: node.kind,
      portsUsed: portsUsed[index],
      portCount,
      sparePorts: portCount === null ? null : portCount - portsUsed[index],
    });
  });
  return portUse;
}

/** Breadth-first reachability from the root (vertex 0) that never enters a blocked vertex. */
export function reachableAvoiding(graph: MediumGraph, blocked: Uint8Array | null): Uint8Array {
  const reachable = new Uint8Array(graph.vertexCount);
  const queue = new Int32Array(graph.vertexCount);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  reachable[0] = 1;
  const { offsets, targets } = graph.out;
  while (head < tail) {
    const vertex = queue[head++];
    for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
      const next = targets[edge];
      if (reachable[next] || (blocked !== null && blocked[next])) continue;
      reachable[next] = 1;
      queue[tail++] = next;
    }
  }
  return reachable;
}

function load(id: string, loadWatts: number, capacityWatts: number): PowerLoad {
  return { id, loadWatts, capacityWatts, utilization: capacityWatts > 0 ? loadWatts / capacityWatts : Infinity };
}

export function clockTime(minuteOfDay: number): string {
  const minutes = ((Math.round(minuteOfDay) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Dijkstra from the root where entering a vertex costs entryCost[vertex]. */
export function shortestPathTree(
  graph: MediumGraph,
  entryCost: Float64Array,
): { parent: Int32Array; distance: Float64Array } {
  const parent = new Int32Array(graph.vertexCount).fill(-1);
  const distance = new Float64Array(graph.vertexCount).fill(Infinity);
  const settled = new Uint8Array(graph.vertexCount);
  const heap = new BinaryMinHeap(1024);
  distance[0] = 0;
  parent[0] = 0;
  heap.push(0, 0);
  const { offsets, targets } = graph.out;
  while (heap.size > 0) {
    const vertex = heap.pop();
    if (settled[vertex]) continue;
    settled[vertex] = 1;
    const base = distance[vertex];
    for (let edge = offsets[vertex]; edge < offsets[vertex + 1]; edge++) {
      const next = targets[edge];
      const candidate = base + entryCost[next];
      if (candidate < distance[next]) {
        distance[next] = candidate;
        parent[next] = vertex;
        heap.push(next, candidate);
      }
    }
  }
  parent[0] = -1;
  return { parent, distance };
}
