import { graphql } from '../../gql';
import type { MapCameraCountQuery, MapCameraFragment, MapCameraModelFragment, MapCamerasQuery } from '../../gql/graphql';

export type CameraModelSummary = MapCameraModelFragment;

export const MAP_CAMERA_MODEL_FIELDS = graphql(`
  fragment MapCameraModel on CameraModel { id code name kind }
`);

export const MAP_CAMERA_FIELDS = graphql(`
  fragment MapCamera on Camera {
    id version code name status location headingDegrees tiltDegrees mountHeightMeters focalLengthMm
    horizontalFieldOfViewDegrees detectionRangeMeters poleId model { ...MapCameraModel }
  }
`);

/**
 * A camera as the map works with it: the API's Camera fields, its model joined from the catalogue in
 * the browser (null when the catalogue does not have it: added since it was read).
 */
export type CameraNode = Omit<MapCameraFragment, 'model'> & { model: CameraModelSummary | null };

/** A camera as the map's list query returns it: the model by id, joined to the catalogue in the browser. */
export type CameraListNode = Omit<CameraNode, 'model'> & { modelId: string; model?: CameraModelSummary | null };

/**
 * The map's cameras, a page at a time, as columns (the API's `cameraMap`): the i-th entry of every
 * list is the i-th camera. The same values as `cameras { nodes { ... } }` at a fraction of the cost
 * (one SQL statement, no resolver per field, no count, a third of the bytes); the model by id,
 * joined to the catalogue in the browser (backend/src/core/camera-map-columns.ts reads the columns).
 */
export const CAMERA_MAP_QUERY = graphql(`
  query MapCameras($first: Int, $after: String, $filter: CameraFilter) {
    cameraMap(first: $first, after: $after, filter: $filter) {
      count ids versions codes names statuses longitudes latitudes headingDegrees tiltDegrees mountHeightMeters focalLengthMm
      horizontalFieldOfViewDegrees detectionRangeMeters poleIds modelIds endCursor hasNextPage
    }
  }
`);
export type CameraMapColumns = MapCamerasQuery['cameraMap'];

/** How many cameras there are (which decides how the map loads them), with the catalogue to join them to. */
export type CameraCount = MapCameraCountQuery;

export const CAMERA_COUNT_QUERY = graphql(`
  query MapCameraCount { cameras(first: 0) { totalCount } cameraModels(first: 1000) { nodes { ...MapCameraModel } } }
`);

export const CAMERA_MODEL_SUMMARIES_QUERY = graphql(`
  query MapCameraModels { cameraModels(first: 1000) { nodes { ...MapCameraModel } } }
`);
