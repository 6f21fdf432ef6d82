import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { AssetStatus, CameraKind } from '../../domain/vocabulary';

export type CameraModelSummary = { id: string; code: string; name: string; kind: CameraKind };

export interface CameraNode {
  id: string;
  version: number;
  code: string;
  name: string | null;
  status: AssetStatus;
  location: Point;
  headingDegrees: number;
  tiltDegrees: number | null;
  mountHeightMeters: number | null;
  focalLengthMm: number | null;
  horizontalFieldOfViewDegrees: number;
  detectionRangeMeters: number;
  poleId: string | null;
  model: CameraModelSummary | null;
}

/** A camera as the map's list query returns it: the model by id, joined to the catalogue in the browser. */
export type CameraListNode = Omit<CameraNode, 'model'> & { modelId: string; model?: CameraModelSummary | null };

/**
 * The map's cameras, a page at a time, as columns (the API's `cameraMap`): the i-th entry of every
 * list is the i-th camera. The same values as `cameras { nodes { ... } }` at a fraction of the cost
 * (one SQL statement, no resolver per field, no count, a third of the bytes); the model by id,
 * joined to the catalogue in the browser.
 */
export interface CameraMapColumns {
  count: number;
  ids: string[];
  versions: number[];
  codes: string[];
  names: Array<string | null>;
  statuses: AssetStatus[];
  longitudes: number[];
  latitudes: number[];
  headingDegrees: number[];
  tiltDegrees: number[];
  mountHeightMeters: number[];
  focalLengthMm: Array<number | null>;
  horizontalFieldOfViewDegrees: number[];
  detectionRangeMeters: number[];
  poleIds: Array<string | null>;
  modelIds: string[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const CAMERA_MAP_QUERY = graphql<{ cameraMap: CameraMapColumns }, { first: number; after?: string | null; filter?: CameraFilter }>(`
  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {
    cameraMap(first: $first, after: $after, filter: $filter) {
      count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm
      horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage
    }
  }
`);

export interface CameraFilter {
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox?: [number, number, number, number];
  search?: string;
  zoneId?: string;
}

/** How many cameras there are (which decides how the map loads them), with the catalogue to join them to. */
export interface CameraCount {
  cameras: { totalCount: number };
  cameraModels?: { nodes: CameraModelSummary[] };
}

export const CAMERA_COUNT_QUERY = graphql<CameraCount>(`
  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { id code name kind } } }
`);

export const CAMERA_MODEL_SUMMARIES_QUERY = graphql<{ cameraModels: { nodes: CameraModelSummary[] } }>(`
  query MapCameraModels { cameraModels(first: 1000) { nodes { id code name kind } } }
`);

export const CAMERA_FIELDS = 'id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind }';
