/**
 * The vocabulary shared by the pure core, the database entities, the GraphQL API and the map.
 * Plain string unions (no Nest, no TypeORM): entities and GraphQL enums are declared from these lists.
 */

export const ASSET_STATUSES = [
  'planned',
  'approved',
  'in_progress',
  'installed',
  'commissioned',
  'out_of_service',
  'decommissioned',
] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const POLE_KINDS = ['street_light', 'utility_pole', 'camera_pole', 'wall_mount'] as const;
export type PoleKind = (typeof POLE_KINDS)[number];

export const CAMERA_KINDS = ['fixed_bullet', 'fixed_dome', 'ptz'] as const;
export type CameraKind = (typeof CAMERA_KINDS)[number];

export const NETWORK_NODE_KINDS = ['control_centre', 'cabinet', 'switch', 'splice_closure'] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

/**
 * How a cable is laid: on poles, in a new trench with ducts, pulled through a duct that is already in
 * the street (a utility's or the commune's, with its owner's agreement: no civil works), on facades.
 */
export const INSTALL_METHODS = ['aerial', 'underground_duct', 'existing_duct', 'facade'] as const;
export type InstallMethod = (typeof INSTALL_METHODS)[number];

export const CABLE_TYPES = ['sm_g652d', 'sm_g657a', 'mm_om3', 'drop'] as const;
export type CableType = (typeof CABLE_TYPES)[number];

export const POWER_SOURCE_KINDS = ['utility_supply', 'transformer', 'street_lighting_circuit'] as const;
export type PowerSourceKind = (typeof POWER_SOURCE_KINDS)[number];

/** Video compression of a camera model's stream; the smart codecs lower the bitrate of still scenes. */
export const VIDEO_CODECS = ['h264', 'h264_smart', 'h265', 'h265_smart'] as const;
export type VideoCodec = (typeof VIDEO_CODECS)[number];
/** How busy the scene a camera watches is, for its bitrate. */
export const SCENE_ACTIVITIES = ['quiet_street', 'road', 'busy_square'] as const;
export type SceneActivity = (typeof SCENE_ACTIVITIES)[number];
/** Continuous recording, or recording on events (motion, analytics) only. */
export const RECORDING_MODES = ['continuous', 'event'] as const;
export type RecordingMode = (typeof RECORDING_MODES)[number];

export const BLACK_SPOT_CATEGORIES = ['crime', 'road_accidents', 'crowds', 'critical_site'] as const;
export type BlackSpotCategory = (typeof BLACK_SPOT_CATEGORIES)[number];

/** DORI levels of IEC/EN 62676-4, from the coarsest to the finest. */
export const DORI_LEVELS = ['detection', 'observation', 'recognition', 'identification'] as const;
export type DoriLevel = (typeof DORI_LEVELS)[number];

/** What a fiber run or power feed may start or end at. */
export const ENDPOINT_KINDS = ['network_node', 'pole', 'camera', 'power_source'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

/**
 * The roles of user accounts, one per user: admin and engineer plan; contractor and maintenance work in
 * the field from the plan; viewer reads. What each may do is in backend/src/auth/permissions.ts.
 */
export const ROLES = ['admin', 'engineer', 'contractor', 'maintenance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
