/**
 * The network core's input vocabulary: plain rows as the database holds them (GeoJSON [lon, lat],
 * EPSG:4326), no Nest, no TypeORM. The service layer loads these rows and calls the core.
 */
import type { LineString, Position } from 'geojson';
import type {
  AssetStatus,
  CableType,
  CameraKind,
  EndpointKind,
  InstallMethod,
  NetworkNodeKind,
  PoleKind,
  PowerSourceKind,
} from '../domain';

/** Where a fiber run or power feed starts or ends, when the database records it. */
export interface EndpointReference {
  kind: EndpointKind;
  id: string;
}

export interface NetworkNode {
  id: string;
  kind: NetworkNodeKind;
  /** GeoJSON [lon, lat]. */
  location: Position;
  portCount?: number | null;
  strandCapacity?: number | null;
  /** Power drawn (switch, cabinet equipment), watts; empty = the caller's default for the kind. */
  powerDrawWatts?: number | null;
  upsAutonomyMinutes?: number | null;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status?: AssetStatus;
}

export interface Pole {
  id: string;
  location: Position;
  kind?: PoleKind;
  upsAutonomyMinutes?: number | null;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status?: AssetStatus;
}

export interface Camera {
  id: string;
  location: Position;
  poleId?: string | null;
  /** From the camera's model. */
  powerDrawWatts: number;
  /** Catalogue model name, for the bill of quantities. */
  model?: string | null;
  /** The model's kind (fixed bullet, fixed dome, PTZ), for installation labour in the bill of quantities. */
  kind?: CameraKind | null;
  upsAutonomyMinutes?: number | null;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status?: AssetStatus;
}

export interface FiberRun {
  id: string;
  path: LineString;
  from: EndpointReference | null;
  to: EndpointReference | null;
  strandCount: number;
  cableType: CableType;
  installMethod: InstallMethod;
  /** Geodesic length; when missing or not positive the core measures the path. */
  lengthMeters?: number | null;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status: AssetStatus;
}

export interface PowerSource {
  id: string;
  kind: PowerSourceKind;
  location: Position;
  capacityWatts: number;
  voltage: number;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status?: AssetStatus;
}

export interface PowerFeed {
  id: string;
  path: LineString;
  from: EndpointReference | null;
  to: EndpointReference | null;
  capacityWatts: number;
  voltage: number;
  /** A street-lighting circuit switched off by day. */
  switched: boolean;
  installMethod?: InstallMethod;
  lengthMeters?: number | null;
  /** Already there before the programme: in the graph and every analysis, not priced by the bill (listed as existing). */
  existing?: boolean;
  status: AssetStatus;
}

/** Everything the network analyses read. */
export interface NetworkInput {
  networkNodes: readonly NetworkNode[];
  poles: readonly Pole[];
  cameras: readonly Camera[];
  fiberRuns: readonly FiberRun[];
  powerSources: readonly PowerSource[];
  powerFeeds: readonly PowerFeed[];
}

/** Elements that can fail, be a single point of failure, or be counted. */
export const NETWORK_ELEMENT_KINDS = [
  'network_node',
  'pole',
  'camera',
  'fiber_run',
  'power_source',
  'power_feed',
] as const;
export type NetworkElementKind = (typeof NETWORK_ELEMENT_KINDS)[number];

export interface NetworkElementReference {
  kind: NetworkElementKind;
  id: string;
}

/** Failed elements for an outage scenario, by kind. */
export interface FailureSet {
  fiberRunIds?: readonly string[];
  networkNodeIds?: readonly string[];
  poleIds?: readonly string[];
  cameraIds?: readonly string[];
  powerFeedIds?: readonly string[];
  powerSourceIds?: readonly string[];
}

export function elementKey(reference: NetworkElementReference): string {
  return `${reference.kind}:${reference.id}`;
}
