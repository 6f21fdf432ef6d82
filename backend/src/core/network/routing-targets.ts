/** Which nodes, feeds and sources can take one more connection: the targets of route proposals. */
import type { NetworkNodeKind } from '../domain';
import type { ConnectivityReport } from './connectivity';
import type { NetworkGraphs } from './network-graph';
import type { RoutingTarget } from './street-routing';

export interface FiberTargetOptions {
  /** Node kinds a new camera link may end at. Default switch, cabinet, control_centre. */
  nodeKinds?: readonly NetworkNodeKind[];
  /** Ports the new connection needs. Default 1. */
  requiredPorts?: number;
}

/**
 * Active nodes of the given kinds that have power (a node that draws power and has none passes no
 * fiber traffic: connecting a camera to it connects it to nothing) and whose known spare ports cover
 * the need (unknown port counts pass). A node dark by day only (switched circuit, short UPS) stays a
 * target: it is powered, and the network report shows its daytime outage.
 */
export function fiberRoutingTargets(
  graphs: NetworkGraphs,
  connectivity: ConnectivityReport,
  options: FiberTargetOptions = {},
): RoutingTarget[] {
  const kinds = new Set<NetworkNodeKind>(options.nodeKinds ?? ['switch', 'cabinet', 'control_centre']);
  const requiredPorts = options.requiredPorts ?? 1;
  const sparePorts = new Map(connectivity.portUse.map((use) => [use.networkNodeId, use.sparePorts]));
  const unpowered = new Set(connectivity.unpoweredNetworkNodes);
  const targets: RoutingTarget[] = [];
  graphs.input.networkNodes.forEach((node, index) => {
    if (!kinds.has(node.kind) || !graphs.fiber.vertexActive[graphs.fiber.nodeBase + index]) return;
    if (unpowered.has(node.id)) return;
    const spare = sparePorts.get(node.id) ?? (node.portCount != null ? node.portCount : null);
    if (spare !== null && spare < requiredPorts) return;
    targets.push({ id: node.id, location: node.location, kind: node.kind });
  });
  return targets;
}

/**
 * Sources with spare capacity (at their location) and feeds with spare capacity on the feed and on
 * its source (at the feed's far end, where a new consumer would be tapped).
 */
/** Spare watts of each power source and feed (capacity minus load), by id. */
function spareWatts(connectivity: ConnectivityReport): { sourceSpare: Map<string, number>; feedSpare: Map<string, number> } {
  return {
    sourceSpare: new Map(connectivity.powerSourceLoads.map((load) => [load.id, load.capacityWatts - load.loadWatts])),
    feedSpare: new Map(connectivity.powerFeedLoads.map((load) => [load.id, load.capacityWatts - load.loadWatts])),
  };
}

export function powerRoutingTargets(
  graphs: NetworkGraphs,
  connectivity: ConnectivityReport,
  requiredWatts: number,
): RoutingTarget[] {
  const { sourceSpare, feedSpare } = spareWatts(connectivity);
  const targets: RoutingTarget[] = [];
  for (const source of graphs.input.powerSources) {
    if ((sourceSpare.get(source.id) ?? -Infinity) >= requiredWatts) {
      targets.push({ id: source.id, location: source.location, kind: 'power_source' });
    }
  }
  const { power, input } = graphs;
  input.powerFeeds.forEach((feed, index) => {
    if ((feedSpare.get(feed.id) ?? -Infinity) < requiredWatts) return;
    // The feed's own source (tree parent side) must have room too.
    let sourceOk = false;
    const feedVertex = power.lineBase + index;
    for (let vertex = connectivity.powerParent[feedVertex]; vertex > 0; vertex = connectivity.powerParent[vertex]) {
      if (vertex >= power.sourceBase && vertex < power.lineBase) {
        sourceOk = (sourceSpare.get(input.powerSources[vertex - power.sourceBase].id) ?? -Infinity) >= requiredWatts;
        break;
      }
    }
    if (!sourceOk) return;
    const coordinates = feed.path.coordinates;
    targets.push({ id: feed.id, location: coordinates[coordinates.length - 1], kind: 'power_feed' });
  });
  return targets;
}

/** A limited resource a new connection to a routing target draws on (ports of a node, watts of a feed or source). */
export interface RoutingTargetResource {
  id: string;
  /** What is left of it now: spare ports, spare watts. */
  spare: number;
  /** Taken by one new connection: one port, the connection's watts. */
  amount: number;
  /** True when `amount` is taken again for each camera on the mount (watts), not once (a port). */
  perCamera?: boolean;
}

/**
 * What connecting one more camera mount to each target takes from what is left, for optimisers that
 * connect several (core/placement): a fiber target holds one of its node's known spare ports
 * (unknown port counts: nothing limited); a power source holds `requiredWatts` of its spare
 * capacity; a feed holds them on the feed and on its own source.
 */
export function routingTargetResources(graphs: NetworkGraphs, connectivity: ConnectivityReport, requiredWatts: number): Map<string, RoutingTargetResource[]> {
  const resources = new Map<string, RoutingTargetResource[]>();
  for (const use of connectivity.portUse) {
    if (use.sparePorts !== null) resources.set(use.networkNodeId, [{ id: `ports:${use.networkNodeId}`, spare: use.sparePorts, amount: 1 }]);
  }
  const { sourceSpare, feedSpare } = spareWatts(connectivity);
  for (const [id, spare] of sourceSpare) resources.set(id, [{ id: `watts:${id}`, spare, amount: requiredWatts, perCamera: true }]);
  const { power, input } = graphs;
  input.powerFeeds.forEach((feed, index) => {
    const spare = feedSpare.get(feed.id);
    if (spare === undefined) return;
    resources.set(feed.id, [{ id: `watts:${feed.id}`, spare, amount: requiredWatts, perCamera: true }, ...supplyAbove(graphs, connectivity, power.lineBase + index, requiredWatts, sourceSpare, feedSpare)]);
  });
  return resources;
}

/** The feeds and the source above a vertex of the power tree, as per-camera watts resources. */
function supplyAbove(
  graphs: NetworkGraphs,
  connectivity: ConnectivityReport,
  from: number,
  requiredWatts: number,
  sourceSpare: ReadonlyMap<string, number>,
  feedSpare: ReadonlyMap<string, number>,
): RoutingTargetResource[] {
  const { power, input } = graphs;
  const held: RoutingTargetResource[] = [];
  for (let vertex = connectivity.powerParent[from]; vertex > 0; vertex = connectivity.powerParent[vertex]) {
    if (vertex >= power.sourceBase && vertex < power.lineBase) {
      const source = input.powerSources[vertex - power.sourceBase].id;
      held.push({ id: `watts:${source}`, spare: sourceSpare.get(source) ?? 0, amount: requiredWatts, perCamera: true });
      break;
    }
    if (vertex >= power.lineBase && vertex - power.lineBase < input.powerFeeds.length) {
      const feed = input.powerFeeds[vertex - power.lineBase].id;
      const spare = feedSpare.get(feed);
      if (spare !== undefined) held.push({ id: `watts:${feed}`, spare, amount: requiredWatts, perCamera: true });
    }
  }
  return held;
}

/**
 * What each more camera on an already powered pole draws on: the spare watts of the feeds between
 * the pole (or a camera on it, when the feed ends at the camera) and its source, and of the source.
 * Empty for a pole the power tree does not reach.
 */
export function poleSupplyResources(graphs: NetworkGraphs, connectivity: ConnectivityReport, requiredWatts: number): (poleId: string) => RoutingTargetResource[] {
  const { power, input } = graphs;
  const { sourceSpare, feedSpare } = spareWatts(connectivity);
  const poleIndex = new Map(input.poles.map((pole, index) => [pole.id, index]));
  const camerasOfPole = new Map<string, number[]>();
  input.cameras.forEach((camera, index) => {
    if (!camera.poleId) return;
    const list = camerasOfPole.get(camera.poleId);
    if (list) list.push(index);
    else camerasOfPole.set(camera.poleId, [index]);
  });
  return (poleId) => {
    const index = poleIndex.get(poleId);
    const vertices = [...(index === undefined ? [] : [power.poleBase + index]), ...(camerasOfPole.get(poleId) ?? []).map((camera) => power.cameraBase + camera)];
    const fed = vertices.find((vertex) => connectivity.powerParent[vertex] > 0);
    return fed === undefined ? [] : supplyAbove(graphs, connectivity, fed, requiredWatts, sourceSpare, feedSpare);
  };
}
