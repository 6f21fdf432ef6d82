/**
 * Factories for hand-drawn test networks. Positions are given in metres east/north of an origin in
 * Fes and converted to GeoJSON [lon, lat]; runs and feeds get straight paths between their ends.
 */
import type { Position } from 'geojson';
import type { CableType, InstallMethod, NetworkNodeKind, PoleKind, PowerSourceKind } from '../../../../backend/src/core/domain';
import { metricPolicy } from '../../../../backend/src/core/geometry/metric';
import { FES_PROJECTED_EPSG } from '../../../../backend/src/core/geometry/projection';
import type {
  Camera,
  EndpointReference,
  FiberRun,
  NetworkInput,
  NetworkNode,
  Pole,
  PowerFeed,
  PowerSource,
} from '../../../../backend/src/core/network/network-types';

export const FES_ORIGIN: Position = [-5.0078, 34.0331];
/** The metric policy of the sketches (Fès, UTM 30N): sketched distances measure back exactly with it. */
export const TEST_METRIC = metricPolicy(FES_PROJECTED_EPSG);

/** [lon, lat] of a point x metres east and y metres north of the origin (grid metres of TEST_METRIC). */
export function at(xMeters: number, yMeters: number, origin: Position = FES_ORIGIN): Position {
  const { x, y } = TEST_METRIC.projection.toMeters(origin);
  return TEST_METRIC.projection.toLonLat({ x: x + xMeters, y: y + yMeters });
}

type Located = { kind: EndpointReference['kind']; id: string; location: Position };

/** A network drawn element by element; read the rows from `input`. */
export class NetworkSketch {
  readonly input: {
    networkNodes: NetworkNode[];
    poles: Pole[];
    cameras: Camera[];
    fiberRuns: FiberRun[];
    powerSources: PowerSource[];
    powerFeeds: PowerFeed[];
  } = { networkNodes: [], poles: [], cameras: [], fiberRuns: [], powerSources: [], powerFeeds: [] };
  private readonly located = new Map<string, Located>();

  newNode(id: string, kind: NetworkNodeKind, [x, y]: [number, number], extra: Partial<NetworkNode> = {}): NetworkNode {
    const node: NetworkNode = { id, kind, location: at(x, y), ...extra };
    this.input.networkNodes.push(node);
    this.located.set(id, { kind: 'network_node', id, location: node.location });
    return node;
  }

  newPole(id: string, [x, y]: [number, number], extra: Partial<Pole> = {}): Pole {
    const pole: Pole = { id, location: at(x, y), kind: 'camera_pole' as PoleKind, ...extra };
    this.input.poles.push(pole);
    this.located.set(id, { kind: 'pole', id, location: pole.location });
    return pole;
  }

  /** A camera on a pole (give the pole id) or on its own at a position. */
  newCamera(id: string, place: string | [number, number], extra: Partial<Camera> = {}): Camera {
    const onPole = typeof place === 'string';
    const location = onPole ? this.locate(place).location : at(place[0], place[1]);
    const camera: Camera = { id, location, poleId: onPole ? place : null, powerDrawWatts: 12, model: 'bullet-4mp', ...extra };
    this.input.cameras.push(camera);
    this.located.set(id, { kind: 'camera', id, location });
    return camera;
  }

  newPowerSource(
    id: string,
    kind: PowerSourceKind,
    [x, y]: [number, number],
    extra: Partial<PowerSource> = {},
  ): PowerSource {
    const source: PowerSource = { id, kind, location: at(x, y), capacityWatts: 1000, voltage: 230, ...extra };
    this.input.powerSources.push(source);
    this.located.set(id, { kind: 'power_source', id, location: source.location });
    return source;
  }

  /** A fiber run between two elements (by id) or, for null ends, from/to a given position. */
  newRun(
    id: string,
    from: string | [number, number],
    to: string | [number, number],
    extra: Partial<FiberRun> & { cableType?: CableType; installMethod?: InstallMethod } = {},
  ): FiberRun {
    const [fromReference, fromPosition] = this.end(from);
    const [toReference, toPosition] = this.end(to);
    const path = { type: 'LineString' as const, coordinates: [fromPosition, toPosition] };
    const run: FiberRun = {
      id,
      path,
      from: fromReference,
      to: toReference,
      strandCount: 12,
      cableType: 'sm_g652d',
      installMethod: 'underground_duct',
      lengthMeters: TEST_METRIC.lineLengthMeters(path.coordinates),
      status: 'installed',
      ...extra,
    };
    this.input.fiberRuns.push(run);
    return run;
  }

  newFeed(
    id: string,
    from: string | [number, number],
    to: string | [number, number],
    extra: Partial<PowerFeed> = {},
  ): PowerFeed {
    const [fromReference, fromPosition] = this.end(from);
    const [toReference, toPosition] = this.end(to);
    const path = { type: 'LineString' as const, coordinates: [fromPosition, toPosition] };
    const feed: PowerFeed = {
      id,
      path,
      from: fromReference,
      to: toReference,
      capacityWatts: 500,
      voltage: 230,
      switched: false,
      lengthMeters: TEST_METRIC.lineLengthMeters(path.coordinates),
      status: 'installed',
      ...extra,
    };
    this.input.powerFeeds.push(feed);
    return feed;
  }

  get network(): NetworkInput {
    return this.input;
  }

  private locate(id: string): Located {
    const located = this.located.get(id);
    if (!located) throw new Error(`sketch: no element ${id}`);
    return located;
  }

  private end(place: string | [number, number]): [EndpointReference | null, Position] {
    if (typeof place !== 'string') return [null, at(place[0], place[1])];
    const located = this.locate(place);
    return [{ kind: located.kind, id: located.id }, located.location];
  }
}
