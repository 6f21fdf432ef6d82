/**
 * A deterministic synthetic city network (default 10,000 cameras, 2,000 nodes, 30,000 fiber runs) for
 * the randomized tests and the benchmark. Shape, in a 12 x 10 km square centred on Fes:
 *  - node 0 is the control centre; nodes join the nearest already-placed node (a tree grown outwards,
 *    each trunk cut into 3 runs joined by unreferenced ends), plus cross links for 30% of nodes;
 *  - every pole joins its nearest node (2 runs joined by unreferenced ends), 25% also the nearest pole;
 *  - 85% of cameras sit on poles, the rest on walls with a run to the nearest pole (10% also to a node);
 *  - drop runs pole -> camera, decommissioned duplicates and dangling stubs fill up the run count;
 *  - power: sources (utility, transformer, street lighting), a feed per pole to its nearest source
 *    (switched when street lighting), second feeds for 15% of poles, feeds to active nodes and wall cameras.
 */
import type { Position } from 'geojson';
import type { NetworkNodeKind, PowerSourceKind } from '../../../../backend/src/core/domain';
import type { Camera, EndpointReference, FiberRun, NetworkInput, NetworkNode, Pole, PowerFeed, PowerSource } from '../../../../backend/src/core/network/network-types';
import { at, TEST_METRIC } from './network-sketch';
// One deterministic generator for every test scene (mulberry32).
import { seededRandom } from '../scene-factories';
export { seededRandom };

export interface GeneratedNetworkOptions {
  cameraCount?: number;
  nodeCount?: number;
  fiberRunCount?: number;
  poleCount?: number;
  powerSourceCount?: number;
  seed?: number;
  widthMeters?: number;
  heightMeters?: number;
}


class PointGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly xs: number[] = [];
  private readonly ys: number[] = [];
  constructor(private readonly cellMeters: number) {}

  insert(index: number, x: number, y: number): void {
    this.xs[index] = x;
    this.ys[index] = y;
    const key = this.key(Math.floor(x / this.cellMeters), Math.floor(y / this.cellMeters));
    const cell = this.cells.get(key);
    if (cell) cell.push(index);
    else this.cells.set(key, [index]);
  }

  /** Nearest inserted point accepted by the predicate, or -1. */
  nearest(x: number, y: number, accept: (index: number) => boolean = () => true, maximumRings = 200): number {
    const cx = Math.floor(x / this.cellMeters);
    const cy = Math.floor(y / this.cellMeters);
    let best = -1;
    let bestDistance = Infinity;
    for (let ring = 0; ring <= maximumRings; ring++) {
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          for (const index of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
            if (!accept(index)) continue;
            const distance = Math.hypot(this.xs[index] - x, this.ys[index] - y);
            if (distance < bestDistance) {
              bestDistance = distance;
              best = index;
            }
          }
        }
      }
      if (best !== -1 && bestDistance <= ring * this.cellMeters) return best;
    }
    return best;
  }

  private key(cx: number, cy: number): number {
    return (cx + 10_000) * 100_000 + (cy + 10_000);
  }
}

export function generateCityNetwork(options: GeneratedNetworkOptions = {}): NetworkInput {
  const cameraCount = options.cameraCount ?? 10_000;
  const nodeCount = options.nodeCount ?? 2_000;
  const fiberRunCount = options.fiberRunCount ?? 30_000;
  const poleCount = options.poleCount ?? Math.round(cameraCount * 0.7);
  const powerSourceCount = options.powerSourceCount ?? Math.max(3, Math.round(cameraCount * 0.03));
  const width = options.widthMeters ?? 12_000;
  const height = options.heightMeters ?? 10_000;
  const random = seededRandom(options.seed ?? 18_2025);
  const point = (): [number, number] => [random() * width - width / 2, random() * height - height / 2];
  const position = ([x, y]: [number, number]): Position => at(x, y);

  // ---- Nodes.
  const switchCount = Math.max(1, Math.round(nodeCount * 0.075));
  const cabinetCount = Math.round(nodeCount * 0.125);
  const nodeXY: [number, number][] = [[0, 0]];
  for (let i = 1; i < nodeCount; i++) nodeXY.push(point());
  const networkNodes: NetworkNode[] = nodeXY.map((xy, i) => {
    const kind: NetworkNodeKind =
      i === 0 ? 'control_centre' : i <= switchCount ? 'switch' : i <= switchCount + cabinetCount ? 'cabinet' : 'splice_closure';
    return {
      id: `node-${i}`,
      kind,
      location: position(xy),
      portCount: kind === 'switch' ? 24 : kind === 'control_centre' ? 96 : null,
      strandCapacity: kind === 'cabinet' ? 96 : kind === 'splice_closure' ? 48 : null,
      powerDrawWatts: kind === 'switch' ? 40 : kind === 'cabinet' ? 80 : kind === 'control_centre' ? 2000 : 0,
    };
  });
  const nodeReference = (i: number): EndpointReference => ({ kind: 'network_node', id: `node-${i}` });

  const fiberRuns: FiberRun[] = [];
  const addRun = (
    fromReference: EndpointReference | null,
    fromXY: [number, number],
    toReference: EndpointReference | null,
    toXY: [number, number],
    strandCount: number,
    pieces = 1,
    extra: Partial<FiberRun> = {},
  ) => {
    // Cut into pieces joined by unreferenced ends at shared coordinates (as imported lines would be).
    for (let piece = 0; piece < pieces; piece++) {
      const t0 = piece / pieces;
      const t1 = (piece + 1) / pieces;
      const a: [number, number] = [fromXY[0] + (toXY[0] - fromXY[0]) * t0, fromXY[1] + (toXY[1] - fromXY[1]) * t0];
      const b: [number, number] = [fromXY[0] + (toXY[0] - fromXY[0]) * t1, fromXY[1] + (toXY[1] - fromXY[1]) * t1];
      const coordinates = [position(a), position(b)];
      fiberRuns.push({
        id: `run-${fiberRuns.length}`,
        path: { type: 'LineString', coordinates },
        from: piece === 0 ? fromReference : null,
        to: piece === pieces - 1 ? toReference : null,
        strandCount,
        cableType: strandCount <= 4 ? 'drop' : 'sm_g652d',
        installMethod: random() < 0.7 ? 'underground_duct' : random() < 0.5 ? 'aerial' : 'facade',
        lengthMeters: TEST_METRIC.lineLengthMeters(coordinates),
        status: 'installed',
        ...extra,
      });
    }
  };

  const nodeGrid = new PointGrid(300);
  const placedOrder = nodeXY.map((_, i) => i).sort((a, b) => Math.hypot(...nodeXY[a]) - Math.hypot(...nodeXY[b]));
  const treeParent = new Int32Array(nodeCount).fill(-1);
  nodeGrid.insert(0, 0, 0);
  for (const i of placedOrder) {
    if (i === 0) continue;
    const parent = nodeGrid.nearest(nodeXY[i][0], nodeXY[i][1]);
    treeParent[i] = parent;
    addRun(nodeReference(parent), nodeXY[parent], nodeReference(i), nodeXY[i], i <= switchCount ? 96 : 48, 3);
    nodeGrid.insert(i, nodeXY[i][0], nodeXY[i][1]);
  }
  for (let i = 1; i < nodeCount; i++) {
    if (random() >= 0.3) continue;
    const other = nodeGrid.nearest(nodeXY[i][0], nodeXY[i][1], (j) => j !== i && j !== treeParent[i] && treeParent[j] !== i);
    if (other !== -1) addRun(nodeReference(i), nodeXY[i], nodeReference(other), nodeXY[other], 48);
  }

  // ---- Poles.
  const poleXY: [number, number][] = [];
  const poles: Pole[] = [];
  const poleGrid = new PointGrid(150);
  for (let i = 0; i < poleCount; i++) {
    const xy = point();
    poleXY.push(xy);
    poleGrid.insert(i, xy[0], xy[1]);
    poles.push({
      id: `pole-${i}`,
      location: position(xy),
      kind: random() < 0.6 ? 'street_light' : 'camera_pole',
      upsAutonomyMinutes: random() < 0.3 ? [60, 120, 240, 480, 800][Math.floor(random() * 5)] : null,
    });
  }
  const poleReference = (i: number): EndpointReference => ({ kind: 'pole', id: `pole-${i}` });
  const poleNode = poleXY.map(([x, y]) => nodeGrid.nearest(x, y));
  poleXY.forEach((xy, i) => addRun(poleReference(i), xy, nodeReference(poleNode[i]), nodeXY[poleNode[i]], 12, 2));
  poleXY.forEach((xy, i) => {
    if (random() >= 0.25) return;
    const other = poleGrid.nearest(xy[0], xy[1], (j) => j !== i);
    if (other !== -1) addRun(poleReference(i), xy, poleReference(other), poleXY[other], 12);
  });

  // ---- Cameras.
  const cameras: Camera[] = [];
  const onPoleCount = Math.min(cameraCount, Math.round(cameraCount * 0.85));
  const cameraXY: [number, number][] = [];
  for (let i = 0; i < cameraCount; i++) {
    const onPole = i < onPoleCount && poleCount > 0;
    const xy = onPole ? poleXY[i % poleCount] : point();
    cameraXY.push(xy);
    const ptz = random() < 0.05;
    const dome = !ptz && random() < 0.4;
    cameras.push({
      id: `camera-${i}`,
      location: position(xy),
      poleId: onPole ? `pole-${i % poleCount}` : null,
      powerDrawWatts: ptz ? 60 : dome ? 15 : 12,
      model: ptz ? 'ptz-30x' : dome ? 'dome-4mp' : 'bullet-4mp',
      upsAutonomyMinutes: !onPole && random() < 0.2 ? 240 : null,
    });
  }
  const cameraReference = (i: number): EndpointReference => ({ kind: 'camera', id: `camera-${i}` });
  for (let i = onPoleCount; i < cameraCount; i++) {
    const pole = poleGrid.nearest(cameraXY[i][0], cameraXY[i][1]);
    if (pole !== -1) addRun(cameraReference(i), cameraXY[i], poleReference(pole), poleXY[pole], 4);
    if (random() < 0.1) {
      const node = nodeGrid.nearest(cameraXY[i][0], cameraXY[i][1]);
      addRun(cameraReference(i), cameraXY[i], nodeReference(node), nodeXY[node], 4);
    }
  }

  // ---- Fill up to the run count: decommissioned duplicates, dangling stubs, drop runs.
  const remaining = fiberRunCount - fiberRuns.length;
  const decommissioned = Math.max(0, Math.min(Math.round(remaining * 0.17), poleCount));
  const stubs = Math.max(0, Math.min(Math.round(remaining * 0.08), poleCount));
  for (let k = 0; k < decommissioned; k++) {
    const i = Math.floor(random() * poleCount);
    addRun(poleReference(i), poleXY[i], nodeReference(poleNode[i]), nodeXY[poleNode[i]], 12, 1, { status: 'decommissioned' });
  }
  for (let k = 0; k < stubs; k++) {
    const i = Math.floor(random() * poleCount);
    const angle = random() * 2 * Math.PI;
    addRun(null, poleXY[i], null, [poleXY[i][0] + 30 * Math.cos(angle), poleXY[i][1] + 30 * Math.sin(angle)], 12);
  }
  for (let i = 0; fiberRuns.length < fiberRunCount && i < onPoleCount; i++) {
    const pole = i % poleCount;
    addRun(poleReference(pole), poleXY[pole], cameraReference(i), cameraXY[i], 2, 1, { installMethod: 'aerial' });
  }

  // ---- Power.
  const sourceKinds: PowerSourceKind[] = ['utility_supply', 'transformer', 'street_lighting_circuit'];
  const sourceGrid = new PointGrid(500);
  const sourceXY: [number, number][] = [];
  const powerSources: PowerSource[] = [];
  for (let i = 0; i < powerSourceCount; i++) {
    const xy = point();
    sourceXY.push(xy);
    sourceGrid.insert(i, xy[0], xy[1]);
    const kind = sourceKinds[i % 3];
    powerSources.push({
      id: `source-${i}`,
      kind,
      location: position(xy),
      capacityWatts: kind === 'transformer' ? 10_000 : kind === 'utility_supply' ? 1_500 : 1_000,
      voltage: kind === 'transformer' ? 400 : 230,
    });
  }
  const powerFeeds: PowerFeed[] = [];
  const addFeed = (source: number, toReference: EndpointReference, toXY: [number, number], capacityWatts: number) => {
    const coordinates = [position(sourceXY[source]), position(toXY)];
    powerFeeds.push({
      id: `feed-${powerFeeds.length}`,
      path: { type: 'LineString', coordinates },
      from: { kind: 'power_source', id: `source-${source}` },
      to: toReference,
      capacityWatts,
      voltage: powerSources[source].voltage,
      switched: powerSources[source].kind === 'street_lighting_circuit',
      installMethod: 'underground_duct',
      lengthMeters: TEST_METRIC.lineLengthMeters(coordinates),
      status: 'installed',
    });
  };
  const unswitched = (j: number) => powerSources[j].kind !== 'street_lighting_circuit';
  poleXY.forEach((xy, i) => {
    const source = sourceGrid.nearest(xy[0], xy[1]);
    addFeed(source, poleReference(i), xy, 150);
    if (random() < 0.15) addFeed(sourceGrid.nearest(xy[0], xy[1], (j) => j !== source && unswitched(j)), poleReference(i), xy, 150);
  });
  networkNodes.forEach((node, i) => {
    if (!node.powerDrawWatts) return;
    addFeed(sourceGrid.nearest(nodeXY[i][0], nodeXY[i][1], unswitched), nodeReference(i), nodeXY[i], 3000);
  });
  for (let i = onPoleCount; i < cameraCount; i++) {
    addFeed(sourceGrid.nearest(cameraXY[i][0], cameraXY[i][1]), cameraReference(i), cameraXY[i], 100);
  }

  return { networkNodes, poles, cameras, fiberRuns, powerSources, powerFeeds };
}
