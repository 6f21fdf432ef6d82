import type { Connection, PageVariables } from '../../api/pagination';
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
 * The map's camera pages. `modelId` rather than `model { ... }`: the same few models repeated on
 * 10,000 cameras were a fifth of the payload and of the server's work per page.
 */
export const CAMERAS_QUERY = graphql<{ cameras: Connection<CameraListNode> }, PageVariables & { filter?: CameraFilter }>(`
  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {
    cameras(first: $first, after: $after, filter: $filter) {
      nodes { id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId modelId }
      totalCount
      pageInfo { endCursor hasNextPage }
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
export const CAMERA_COUNT_QUERY = graphql<{ cameras: { totalCount: number }; cameraModels?: { nodes: CameraModelSummary[] } }>(`
  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { id code name kind } } }
`);

export const CAMERA_MODEL_SUMMARIES_QUERY = graphql<{ cameraModels: { nodes: CameraModelSummary[] } }>(`
  query MapCameraModels { cameraModels(first: 1000) { nodes { id code name kind } } }
`);

export const CAMERA_FIELDS = 'id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind }';
