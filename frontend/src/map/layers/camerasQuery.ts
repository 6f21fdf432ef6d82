import type { Connection, PageVariables } from '../../api/pagination';
import { graphql } from '../../api/graphqlClient';
import type { Point } from 'geojson';
import type { AssetStatus, CameraKind } from '../../domain/vocabulary';

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
  model: { id: string; code: string; name: string; kind: CameraKind } | null;
}

export const CAMERAS_QUERY = graphql<{ cameras: Connection<CameraNode> }, PageVariables & { filter?: CameraFilter }>(`
  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {
    cameras(first: $first, after: $after, filter: $filter) {
      nodes { id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind } }
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

export const CAMERA_COUNT_QUERY = graphql<{ cameras: { totalCount: number } }>(`
  query MapCameraCount { cameras(first: 1) { totalCount } }
`);

export const CAMERA_FIELDS = 'id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees detectionRangeMeters poleId model { id code name kind }';
