/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Proposals of a finished run to make planned cameras. */
export type AcceptPlacementInput = {
  /** Indexes of the proposals to accept (default: all of them). */
  proposalIndexes?: Array<number> | null | undefined;
  /** The run. */
  runId: string | number;
};

/** Where an as-built record stands in the acceptance against the design. */
export type AsBuiltState =
  | 'accepted'
  | 'needs_correction'
  | 'pending'
  | 'sent_back';

/** One physical asset, by kind and id. */
export type AssetRefInput = {
  /** Its id. */
  assetId: string | number;
  /** The kind of asset. */
  assetType: NetworkElementKind;
};

/** Life cycle of a physical asset, from design to removal. */
export type AssetStatus =
  | 'approved'
  | 'commissioned'
  | 'decommissioned'
  | 'in_progress'
  | 'installed'
  | 'out_of_service'
  | 'planned';

/** What a change did to a record. */
export type AuditAction =
  | 'create'
  | 'delete'
  | 'update';

/** Which audit entries to list; all given conditions apply. */
export type AuditFilter = {
  /** Only these kinds of change. */
  action?: Array<AuditAction> | null | undefined;
  /** Changes made by this user. */
  actorUserId?: string | number | null | undefined;
  /** GraphQL type name, e.g. Camera. */
  entityType?: string | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** Why a place is a black spot. */
export type BlackSpotCategory =
  | 'crime'
  | 'critical_site'
  | 'crowds'
  | 'road_accidents';

/** Fiber cable type (ITU-T fibre class). */
export type CableType =
  | 'drop'
  | 'mm_om3'
  | 'sm_g652d'
  | 'sm_g657a';

/** Which Camera records to list; all given conditions apply. */
export type CameraFilter = {
  /** Bounding box [minLongitude, minLatitude, maxLongitude, maxLatitude] in EPSG:4326. */
  bbox?: Array<number> | null | undefined;
  /** Case-insensitive text found in the code or name. */
  search?: string | null | undefined;
  /** Only records in one of these statuses. */
  status?: Array<AssetStatus> | null | undefined;
  /** Only records intersecting this zone. */
  zoneId?: string | number | null | undefined;
};

/** Fixed bullet, fixed dome or pan-tilt-zoom. */
export type CameraKind =
  | 'fixed_bullet'
  | 'fixed_dome'
  | 'ptz';

/** Which cameras count in a coverage analysis. */
export type CameraSelection =
  /** Commissioned cameras only (what is watching today). */
  | 'live'
  /** Every camera that is not decommissioned (the plan as drawn). */
  | 'planned';

/** What a committed write did to a record. */
export type ChangeAction =
  | 'created'
  | 'deleted'
  | 'updated';

/** A lifecycle move of a fault. */
export type ChangeFaultStateInput = {
  /** The fault. */
  id: string | number;
  /** Required with replaced_asset: serial number of the new asset. */
  newSerial?: string | null | undefined;
  /** A note kept in the history with the change. */
  note?: string | null | undefined;
  /** Required to resolve: what was done. */
  resolution?: FaultResolution | null | undefined;
  /** The state to enter; open from resolved or closed is a reopen. */
  state: FaultState;
  /** The version you saw (STALE_VERSION otherwise). */
  version: number;
};

/** Camera parameters to preview, nothing saved. With cameraId, what is left out is the camera's own; without it, location, modelId, mountHeightMeters and headingDegrees are required. */
export type CoveragePreviewInput = {
  /** An existing camera whose saved values fill the parameters left out. */
  cameraId?: string | number | null | undefined;
  /** Focal length within the model's range, mm (for a PTZ: its zoom setting); null uses the widest setting. */
  focalLengthMm?: number | null | undefined;
  /** Degrees clockwise from north, 0 <= h < 360. */
  headingDegrees?: number | null | undefined;
  /** Where the camera would be mounted. */
  location?: import('geojson').Point | null | undefined;
  /** The catalogue model. */
  modelId?: string | number | null | undefined;
  /** Lens height above ground, metres (0 < h <= 100). */
  mountHeightMeters?: number | null | undefined;
  /** Degrees below the horizon, -90..90 (default: the camera's, else 0). */
  tiltDegrees?: number | null | undefined;
};

/** Why a camera's stored coverage no longer matches the data it was computed from. */
export type CoverageStaleReason =
  /** A building within the camera's reach was added, changed or removed since. */
  | 'buildings_changed'
  /** The camera was changed since (its version differs). */
  | 'camera_changed'
  /** The camera is decommissioned but still has stored coverage. */
  | 'decommissioned_with_coverage'
  /** The DORI ladder (pixel densities, target heights) is configured differently now. */
  | 'ladder_changed'
  /** The camera has no stored coverage. */
  | 'missing'
  /** The camera's model was changed or replaced since. */
  | 'model_changed'
  /** The camera's parameters do not fit its model (e.g. a focal length out of range): coverage cannot be computed. */
  | 'parameters_invalid'
  /** The deployment's projected CRS is configured differently now. */
  | 'projection_changed';

/** A new black spot. */
export type CreateBlackSpotInput = {
  /** The area to cover. */
  boundary: import('geojson').Polygon;
  /** Why the place is a black spot. */
  category: BlackSpotCategory;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Name shown to people, e.g. "Bab Boujloud". */
  name: string;
  /** Free notes: sources, incidents, constraints on site. */
  notes?: string | null | undefined;
  /** 1 (low) to 5 (highest). */
  priority: number;
  /** The level of detail the cameras must reach over the area. */
  requiredLevel: DoriLevel;
};

/** A new building footprint. */
export type CreateBuildingInput = {
  /** The footprint, always returned as a MultiPolygon. */
  footprint: import('geojson').Polygon | import('geojson').MultiPolygon;
  /** Metres above ground; leave empty when unknown. */
  heightMeters?: number | null | undefined;
  /** Where it comes from, e.g. osm:way/123 or synthetic:42. */
  sourceId?: string | null | undefined;
};

/** A new camera. On a pole, location and mount height default to the pole's. */
export type CreateCameraInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Video compression its recorded stream is set to (bitrate sizing); null takes its model's codec. */
  codec?: VideoCodec | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Within the model's focal range, mm. */
  focalLengthMm?: number | null | undefined;
  /** Degrees clockwise from north, 0 <= h < 360. */
  headingDegrees: number;
  /** Required unless poleId is given. */
  location?: import('geojson').Point | null | undefined;
  /** The catalogue model. */
  modelId: string | number;
  /** Metres above ground (0 < h <= 100); defaults to the pole height. */
  mountHeightMeters?: number | null | undefined;
  /** Name shown to people, e.g. "Bab Boujloud north". */
  name?: string | null | undefined;
  /** The pole or mount carrying it, if any. */
  poleId?: string | number | null | undefined;
  /** PTZ models only; names unique, zoom within the model's; replaces the whole list. */
  ptzPresets?: Array<PtzPresetInput> | null | undefined;
  /** How busy the scene it watches is (bitrate sizing); null takes the recording profile's default. */
  sceneActivity?: SceneActivity | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Degrees below the horizon, -90..90 (default 0). */
  tiltDegrees?: number | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
};

/** A new catalogue entry. */
export type CreateCameraModelInput = {
  /** Unique catalogue code (trimmed; unique whatever the case). */
  code: string;
  /** Video compression of its recorded stream (default h265). */
  codec?: VideoCodec | null | undefined;
  /** Horizontal field of view of a fixed lens, degrees, when no focal length is published. */
  fixedHorizontalFieldOfViewDegrees?: number | null | undefined;
  /** Longest focal length, mm; null for a fixed lens. */
  focalLengthMaxMm?: number | null | undefined;
  /** Shortest focal length (widest view), mm. */
  focalLengthMinMm?: number | null | undefined;
  /** Sensor resolution, horizontal pixels. */
  horizontalPixels: number;
  /** Infrared illumination range at night, metres. */
  irRangeMeters?: number | null | undefined;
  /** Fixed bullet, fixed dome or PTZ. */
  kind: CameraKind;
  /** Who makes it. */
  manufacturer: string;
  /** Product name. */
  name: string;
  /** Optical zoom factor (PTZ or varifocal). */
  opticalZoom?: number | null | undefined;
  /** PTZ pan range, degrees (360 for endless). */
  panRangeDegrees?: number | null | undefined;
  /** Maximum power draw, watts (PoE budget). */
  powerDrawWatts: number;
  /** Active sensor width, millimetres (1/2.8" is about 5.37 mm). */
  sensorWidthMm: number;
  /** Typical stream bitrate, Mbit/s. */
  typicalBitrateMbps: number;
  /** Unit price before tax, Moroccan dirhams. */
  unitPriceMad: number;
  /** Sensor resolution, vertical pixels. */
  verticalPixels: number;
  /** White-light (colour at night) illumination range, metres; null when it has none. */
  whiteLightRangeMeters?: number | null | undefined;
};

/** A new fiber run. Its length is computed from the path. */
export type CreateFiberRunInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Fibre class of the cable. */
  cableType: CableType;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** A network node, pole or camera at the first position. */
  from?: EndpointInput | null | undefined;
  /** How the cable is laid: aerial, in an underground duct, along a facade. */
  installMethod: InstallMethod;
  /** The cable route. */
  path: import('geojson').LineString;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Number of fiber strands in the cable. */
  strandCount: number;
  /** A network node, pole or camera at the last position. */
  to?: EndpointInput | null | undefined;
};

/** A new network node. */
export type CreateNetworkNodeInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Control centre, cabinet, switch or splice closure. */
  kind: NetworkNodeKind;
  /** Where it stands. */
  location: import('geojson').Point;
  /** Name shown to people. */
  name: string;
  /** Switch ports available for cameras and uplinks. */
  portCount?: number | null | undefined;
  /** Power drawn, watts; empty = the default for the kind. */
  powerDrawWatts?: number | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Fiber strands the node can terminate or splice. */
  strandCapacity?: number | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** What kind of organisation this is. */
  kind: OrganisationKind;
  /** Name shown to people; unique. */
  name: string;
};

/** A new pole or mount. */
export type CreatePoleInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Height above ground, metres (0 < h <= 100). */
  heightMeters: number;
  /** What kind of support this is. */
  kind: PoleKind;
  /** Where it stands. */
  location: import('geojson').Point;
  /** Who owns the support (e.g. the commune, RADEEF). */
  owner?: string | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
};

/** A new power feed. Its length is computed from the path. */
export type CreatePowerFeedInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Power the feed can carry, watts. */
  capacityWatts: number;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** The power source at the first position. */
  fromPowerSourceId?: string | number | null | undefined;
  /** How the cable is laid (default underground_duct). */
  installMethod?: InstallMethod | null | undefined;
  /** The cable route. */
  path: import('geojson').LineString;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Switched off by day (street lighting). Default false. */
  switched?: boolean | null | undefined;
  /** A pole, network node or camera at the last position. */
  to?: EndpointInput | null | undefined;
  /** Nominal voltage, volts. */
  voltage: number;
};

/** A new power source. */
export type CreatePowerSourceInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Power it can deliver, watts. */
  capacityWatts: number;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code: string;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Utility supply point, transformer or street-lighting circuit. */
  kind: PowerSourceKind;
  /** Where it stands. */
  location: import('geojson').Point;
  /** Name shown to people. */
  name: string;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Nominal voltage, volts. */
  voltage: number;
};

/** A new account (admins only). */
export type CreateUserInput = {
  /** Sign-in email (unique). */
  email: string;
  /** Name shown to people. */
  name: string;
  /** The organisation the user works for. */
  organisationId?: string | number | null | undefined;
  /** Initial password: 10 to 256 characters, not easy to guess (zxcvbn score at least 3 of 4, else BAD_USER_INPUT with reason WEAK_PASSWORD). */
  password: string;
  /** What the user may do (one role per user). */
  role: Role;
};

/** A new work package. */
export type CreateWorkPackageInput = {
  /** A drawn area the package covers (Polygon or MultiPolygon). */
  area?: import('geojson').Polygon | import('geojson').MultiPolygon | null | undefined;
  /** Short unique code (trimmed; unique whatever the case). */
  code: string;
  /** Due date (YYYY-MM-DD), on or after the planned start. */
  dueOn: string;
  /** Name shown to people. */
  name: string;
  /** The contractor organisation doing the work. */
  organisationId: string | number;
  /** Programme phase. */
  phase?: string | null | undefined;
  /** Planned start (YYYY-MM-DD). */
  plannedStartOn: string;
  /** open (default) or closed. */
  status?: WorkPackageStatus | null | undefined;
  /** The zone the package covers. */
  zoneId?: string | number | null | undefined;
};

/** Why a camera cannot work as designed. */
export type DesignCheckKind =
  /** A fiber path exists only through nodes (switches, cabinets) that have no power. */
  | 'behind_unpowered_node'
  /** Dark part of the day: fed (itself or a node of its path) through a switched street-lighting circuit, UPS too short. */
  | 'dark_by_day'
  /** A fiber run on its path carries more links than it has strands. */
  | 'fiber_over_capacity'
  /** No fiber path to a control centre at all. */
  | 'no_network_path'
  /** No power path from any source. */
  | 'no_power'
  /** Its optical link leaves less than the required margin of the budget. */
  | 'optical_budget_exceeded'
  /** A power feed or source on its supply path carries more than its capacity. */
  | 'power_over_capacity';

/** What an as-built camera deviates in. */
export type DeviationKind =
  | 'black_spot'
  | 'heading'
  | 'model'
  | 'mount_height'
  | 'position'
  | 'tilt';

/** Level of detail per IEC/EN 62676-4: detection, observation, recognition, identification. */
export type DoriLevel =
  | 'detection'
  | 'identification'
  | 'observation'
  | 'recognition';

/** What a cable end is attached to. */
export type EndpointInput = {
  /** Its id. */
  id: string | number;
  /** What kind of thing the cable end is attached to. */
  kind: EndpointKind;
};

/** What a fiber run or power feed ends at. */
export type EndpointKind =
  | 'camera'
  | 'network_node'
  | 'pole'
  | 'power_source';

/** Elements assumed to fail together in an outage scenario; every id must exist (NOT_FOUND otherwise). */
export type FailedElementsInput = {
  /** Fiber runs cut. */
  fiberRunIds?: Array<string | number> | null | undefined;
  /** Network nodes (switches, cabinets, closures, control centre) down. */
  networkNodeIds?: Array<string | number> | null | undefined;
  /** Poles knocked down (their cameras and the cables through them). */
  poleIds?: Array<string | number> | null | undefined;
  /** Power feeds cut. */
  powerFeedIds?: Array<string | number> | null | undefined;
  /** Power sources out. */
  powerSourceIds?: Array<string | number> | null | undefined;
};

/** The kind of asset a fault is logged on. */
export type FaultAssetType =
  | 'camera'
  | 'fiber_run'
  | 'network_node'
  | 'pole'
  | 'power_feed'
  | 'power_source';

/** What is wrong, as reported. */
export type FaultCategory =
  | 'camera_moved_or_obstructed'
  | 'fiber_cut'
  | 'image_degraded'
  | 'network_equipment'
  | 'no_image'
  | 'other'
  | 'power'
  | 'vandalism';

/** How the fault was reported. */
export type FaultChannel =
  | 'automatic'
  | 'control_centre'
  | 'field_team';

/** What one entry of a fault history records. */
export type FaultEventKind =
  | 'assigned'
  | 'commented'
  | 'edited'
  | 'logged'
  | 'priority_changed'
  | 'state_changed';

/** Which faults to list. */
export type FaultFilter = {
  /** Only faults on this asset. */
  assetId?: string | number | null | undefined;
  /** Only faults on this kind of asset. */
  assetType?: FaultAssetType | null | undefined;
  /** Only faults assigned to this organisation. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Only faults assigned to me or to my organisation. */
  assignedToMe?: boolean | null | undefined;
  /** Only these categories. */
  categories?: Array<FaultCategory> | null | undefined;
  /** Sort nearest first from this point (a field team's position). */
  near?: import('geojson').Point | null | undefined;
  /** Only faults past a response or repair due time (true) or not (false). */
  overdue?: boolean | null | undefined;
  /** Only these priorities (1 to 4). */
  priorities?: Array<number> | null | undefined;
  /** Only these states. */
  states?: Array<FaultState> | null | undefined;
  /** Faults inside this zone. */
  zoneId?: string | number | null | undefined;
};

/** What was done to resolve a fault. */
export type FaultResolution =
  | 'no_fault_found'
  | 'repaired'
  | 'replaced_asset'
  | 'replaced_part';

/** Lifecycle: open -> acknowledged -> in_progress -> resolved -> closed; resolved or closed may be reopened. */
export type FaultState =
  | 'acknowledged'
  | 'closed'
  | 'in_progress'
  | 'open'
  | 'resolved';

/** One Vigie field filled from a source field, a constant, or (neither) its default. */
export type ImportFieldMappingInput = {
  /** A constant used for every row instead (as text). */
  constant?: string | null | undefined;
  /** The Vigie field (camelCase), e.g. heightMeters. */
  field: string;
  /** The source field (column, property or OSM tag) it is read from. */
  source?: string | null | undefined;
};

/** staging → staged → committing → committed; failed (see failure); discarded. */
export type ImportStatus =
  | 'committed'
  | 'committing'
  | 'discarded'
  | 'failed'
  | 'staged'
  | 'staging';

/** The Vigie type an import writes. */
export type ImportTargetType =
  | 'black_spot'
  | 'building'
  | 'camera'
  | 'fiber_run'
  | 'network_node'
  | 'pole'
  | 'power_feed'
  | 'power_source'
  | 'street'
  | 'zone';

/** How a cable is laid. */
export type InstallMethod =
  | 'aerial'
  | 'existing_duct'
  | 'facade'
  | 'underground_duct';

/** What carries traffic: a camera's link to its switch, a switch's uplink, a fiber run (every link through it), a control centre's ingest. */
export type LinkKind =
  | 'camera_link'
  | 'control_centre_ingest'
  | 'fiber_run'
  | 'uplink';

/** A fault to log: on an asset (assetType + assetId) or at a point (location) when the cause is not known. */
export type LogFaultInput = {
  /** The asset at fault; with assetType. */
  assetId?: string | number | null | undefined;
  /** Kind of the asset at fault; with assetId. */
  assetType?: FaultAssetType | null | undefined;
  /** For a fault at a point: the cameras seen dark there (they go out of service while it is open). */
  cameraIds?: Array<string | number> | null | undefined;
  /** What is wrong. */
  category: FaultCategory;
  /** How it was reported. */
  channel: FaultChannel;
  /** Whether it takes what it is on out of service while open; default by category (image_degraded and other: no). */
  darkens?: boolean | null | undefined;
  /** 1 to 4,000 characters. */
  description: string;
  /** Where, for a fault at a point (no asset). */
  location?: import('geojson').Point | null | undefined;
  /** Who reported it, as said (up to 200 characters). */
  reporterName?: string | null | undefined;
};

/** One step of an asset's life cycle, with where the device stood and why. */
export type MoveAssetStatusInput = {
  /** The device position's accuracy, metres (0 to 100,000). */
  accuracyMeters?: number | null | undefined;
  /** The asset. */
  assetId: string | number;
  /** The kind of asset. */
  assetType: NetworkElementKind;
  /** Why, or what was done (up to 2,000 characters). */
  comment?: string | null | undefined;
  /** The asset version you saw; STALE_VERSION if it changed since. */
  expectedVersion: number;
  /** The device's latitude (EPSG:4326), with longitude. */
  latitude?: number | null | undefined;
  /** The device's longitude (EPSG:4326), with latitude. */
  longitude?: number | null | undefined;
  /** The status to move it to (your role decides which moves are allowed). */
  toStatus: AssetStatus;
};

/** A kind of network element that can fail or be counted. */
export type NetworkElementKind =
  | 'camera'
  | 'fiber_run'
  | 'network_node'
  | 'pole'
  | 'power_feed'
  | 'power_source';

/** Role of a point in the fiber network. */
export type NetworkNodeKind =
  | 'cabinet'
  | 'control_centre'
  | 'splice_closure'
  | 'switch';

/** Why a camera is dark at night: its switched street-lighting circuit is off, or a grid outage outlasts its UPS. */
export type NightDarkCause =
  | 'grid_outage_without_ups'
  | 'switched_lighting_off';

/** The programme office (the city), a contractor company that installs, or a maintenance team. */
export type OrganisationKind =
  | 'contractor'
  | 'maintenance_team'
  | 'programme_office';

/** What the optimiser serves and with what: the scope (black spots, a zone, or all), a budget or a number of cameras, models, new poles. */
export type PlacementRunInput = {
  /** Allow new camera poles along the streets (default false). */
  allowNewPoles?: boolean | null | undefined;
  /** Serve these black spots (not with zoneId). Neither: every black spot. */
  blackSpotIds?: Array<string | number> | null | undefined;
  /** Budget for the new cameras, MAD before tax: camera, mount and connection (1 to 1e9). Required unless maxCameras is given. */
  budgetMad?: number | null | undefined;
  /** Heading step of the candidates, degrees (5 to 90, default 22.5), refined around the best. */
  headingStepDegrees?: number | null | undefined;
  /** Most new cameras (1 to 500). Required unless budgetMad is given. */
  maxCameras?: number | null | undefined;
  /** Camera models the optimiser may propose (default: the whole catalogue). */
  modelIds?: Array<string | number> | null | undefined;
  /** Spacing of the candidate new poles along the streets, metres (10 to 500, default 30). */
  newPoleSpacingMeters?: number | null | undefined;
  /** Serve the black spots by night (default false: by day): each camera, existing or proposed, counts only within its infrared or white-light range, and the design cameras dark during the night (switched lighting circuits) count for nothing. */
  night?: boolean | null | undefined;
  /** Farthest a candidate mount may stand from a black spot, metres (20 to 500, default 120). */
  reachMeters?: number | null | undefined;
  /** Height of a camera on a drawn wall, metres (2 to 30, default 5). */
  wallMountHeightMeters?: number | null | undefined;
  /** Spacing of the candidate brackets along the drawn walls, metres (2 to 200, default 10). */
  wallSpacingMeters?: number | null | undefined;
  /** Walls drawn by the engineer where cameras may be fixed (up to 200 lines, 20 km in all): candidate wall brackets every wallSpacingMeters along each, facing the side of the nearest black spot. */
  walls?: Array<import('geojson').LineString> | null | undefined;
  /** Serve the black spots of this zone (not with blackSpotIds). */
  zoneId?: string | number | null | undefined;
};

/** loading: reading the design and pricing connections; running: the optimiser; done; cancelled (what was chosen so far is kept); failed. */
export type PlacementRunState =
  | 'cancelled'
  | 'done'
  | 'failed'
  | 'loading'
  | 'running';

/** What a camera can be mounted on. */
export type PoleKind =
  | 'camera_pole'
  | 'street_light'
  | 'utility_pole'
  | 'wall_mount';

/** Where electricity comes from. */
export type PowerSourceKind =
  | 'street_lighting_circuit'
  | 'transformer'
  | 'utility_supply';

/** Whose progress: one work package, one zone, one contractor organisation, or (nothing given) the whole programme. */
export type ProgressScopeInput = {
  /** The assets of every package of one contractor organisation. */
  organisationId?: string | number | null | undefined;
  /** One work package's assets. */
  workPackageId?: string | number | null | undefined;
  /** The new works located in one zone (lines by their midpoint). */
  zoneId?: string | number | null | undefined;
};

/** A PTZ preset: a named pan heading, tilt and zoom. */
export type PtzPresetInput = {
  /** Pan heading, degrees clockwise from north (0 <= h < 360). */
  headingDegrees: number;
  /** Name shown to operators; unique on the camera. */
  name: string;
  /** Tilt below the horizon, degrees (-90..90; positive looks down). */
  tiltDegrees: number;
  /** Optical zoom, from 1 (widest) to the model's maximum. */
  zoomFactor: number;
};

/** A camera as measured after installation. */
export type RecordCameraAsBuiltInput = {
  /** The camera. */
  cameraId: string | number;
  /** What the person wrote, if anything. */
  comment?: string | null | undefined;
  /** Measured heading, degrees clockwise from north, 0 <= h < 360. */
  headingDegrees: number;
  /** Measured position. */
  location: import('geojson').Point;
  /** When it was measured (ISO 8601); default now. */
  measuredAt?: string | null | undefined;
  /** The catalogue model installed; default the designed one. */
  modelId?: string | number | null | undefined;
  /** Measured lens height above ground, metres. */
  mountHeightMeters: number;
  /** Serial number of the installed camera. */
  serialNumber?: string | null | undefined;
  /** Measured downward tilt, degrees, -90..90. */
  tiltDegrees: number;
};

/** Continuous recording, or on events only. */
export type RecordingMode =
  | 'continuous'
  | 'event';

/** The whole city, a zone or a work package. */
export type ReportScopeInput = {
  /** The zone or work package (none for the city). */
  id?: string | number | null | undefined;
  /** city, zone or work_package. */
  kind: ReportScopeKind;
};

/** What a design report or an export covers. */
export type ReportScopeKind =
  /** The whole deployment. */
  | 'city'
  /** One work package: its assets, and the black spots they serve or that lie in its area. */
  | 'work_package'
  /** One zone (district): what lies in it. */
  | 'zone';

/** The engineer's decision on the current as-built record. */
export type ReviewCameraAsBuiltInput = {
  /** Required to send back, and to accept a record out of tolerance. */
  comment?: string | null | undefined;
  /** The as-built record. */
  id: string | number;
  /** The version read (optimistic locking). */
  version: number;
};

/** What a user may do (see backend/src/auth/permissions.ts). One role per user. */
export type Role =
  | 'admin'
  | 'contractor'
  | 'engineer'
  | 'maintenance'
  | 'viewer';

/** How busy the scene a camera watches is: quiet street, road, busy square. */
export type SceneActivity =
  | 'busy_square'
  | 'quiet_street'
  | 'road';

/** Changes to a BlackSpot; only given fields change. */
export type UpdateBlackSpotInput = {
  /** The area to cover. */
  boundary?: import('geojson').Polygon | null | undefined;
  /** Why the place is a black spot. */
  category?: BlackSpotCategory | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** The BlackSpot to change. */
  id: string | number;
  /** Name shown to people, e.g. "Bab Boujloud". */
  name?: string | null | undefined;
  /** Free notes: sources, incidents, constraints on site. */
  notes?: string | null | undefined;
  /** 1 (low) to 5 (highest). */
  priority?: number | null | undefined;
  /** The level of detail the cameras must reach over the area. */
  requiredLevel?: DoriLevel | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a Building; only given fields change. */
export type UpdateBuildingInput = {
  /** The footprint, always returned as a MultiPolygon. */
  footprint?: import('geojson').Polygon | import('geojson').MultiPolygon | null | undefined;
  /** Metres above ground; leave empty when unknown. */
  heightMeters?: number | null | undefined;
  /** The Building to change. */
  id: string | number;
  /** Where it comes from, e.g. osm:way/123 or synthetic:42. */
  sourceId?: string | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a Camera; only given fields change. */
export type UpdateCameraInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Video compression its recorded stream is set to (bitrate sizing); null takes its model's codec. */
  codec?: VideoCodec | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Within the model's focal range, mm. */
  focalLengthMm?: number | null | undefined;
  /** Degrees clockwise from north, 0 <= h < 360. */
  headingDegrees?: number | null | undefined;
  /** The Camera to change. */
  id: string | number;
  /** Required unless poleId is given. */
  location?: import('geojson').Point | null | undefined;
  /** The catalogue model. */
  modelId?: string | number | null | undefined;
  /** Metres above ground (0 < h <= 100); defaults to the pole height. */
  mountHeightMeters?: number | null | undefined;
  /** Name shown to people, e.g. "Bab Boujloud north". */
  name?: string | null | undefined;
  /** The pole or mount carrying it, if any. */
  poleId?: string | number | null | undefined;
  /** PTZ models only; names unique, zoom within the model's; replaces the whole list. */
  ptzPresets?: Array<PtzPresetInput> | null | undefined;
  /** How busy the scene it watches is (bitrate sizing); null takes the recording profile's default. */
  sceneActivity?: SceneActivity | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Degrees below the horizon, -90..90 (default 0). */
  tiltDegrees?: number | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a CameraModel; only given fields change. */
export type UpdateCameraModelInput = {
  /** Unique catalogue code (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Video compression of its recorded stream (default h265). */
  codec?: VideoCodec | null | undefined;
  /** Horizontal field of view of a fixed lens, degrees, when no focal length is published. */
  fixedHorizontalFieldOfViewDegrees?: number | null | undefined;
  /** Longest focal length, mm; null for a fixed lens. */
  focalLengthMaxMm?: number | null | undefined;
  /** Shortest focal length (widest view), mm. */
  focalLengthMinMm?: number | null | undefined;
  /** Sensor resolution, horizontal pixels. */
  horizontalPixels?: number | null | undefined;
  /** The CameraModel to change. */
  id: string | number;
  /** Infrared illumination range at night, metres. */
  irRangeMeters?: number | null | undefined;
  /** Fixed bullet, fixed dome or PTZ. */
  kind?: CameraKind | null | undefined;
  /** Who makes it. */
  manufacturer?: string | null | undefined;
  /** Product name. */
  name?: string | null | undefined;
  /** Optical zoom factor (PTZ or varifocal). */
  opticalZoom?: number | null | undefined;
  /** PTZ pan range, degrees (360 for endless). */
  panRangeDegrees?: number | null | undefined;
  /** Maximum power draw, watts (PoE budget). */
  powerDrawWatts?: number | null | undefined;
  /** Active sensor width, millimetres (1/2.8" is about 5.37 mm). */
  sensorWidthMm?: number | null | undefined;
  /** Typical stream bitrate, Mbit/s. */
  typicalBitrateMbps?: number | null | undefined;
  /** Unit price before tax, Moroccan dirhams. */
  unitPriceMad?: number | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
  /** Sensor resolution, vertical pixels. */
  verticalPixels?: number | null | undefined;
  /** White-light (colour at night) illumination range, metres; null when it has none. */
  whiteLightRangeMeters?: number | null | undefined;
};

/** Changes to a fault other than its state (managers only). */
export type UpdateFaultInput = {
  /** Assign to an organisation (team); null unassigns. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Assign to a person; null unassigns. */
  assignedUserId?: string | number | null | undefined;
  /** New category. */
  category?: FaultCategory | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The fault. */
  id: string | number;
  /** Override the suggested priority, 1 to 4. */
  priority?: number | null | undefined;
  /** The version you saw (STALE_VERSION otherwise). */
  version: number;
};

/** Changes to a FiberRun; only given fields change. */
export type UpdateFiberRunInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Fibre class of the cable. */
  cableType?: CableType | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** A network node, pole or camera at the first position. */
  from?: EndpointInput | null | undefined;
  /** The FiberRun to change. */
  id: string | number;
  /** How the cable is laid: aerial, in an underground duct, along a facade. */
  installMethod?: InstallMethod | null | undefined;
  /** The cable route. */
  path?: import('geojson').LineString | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Number of fiber strands in the cable. */
  strandCount?: number | null | undefined;
  /** A network node, pole or camera at the last position. */
  to?: EndpointInput | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** A new mapping for a staged import (it is validated again). */
export type UpdateImportMappingInput = {
  /** The import. */
  id: string | number;
  /** The source field giving each row's id. */
  idField?: string | null | undefined;
  /** The whole mapping. */
  mapping?: Array<ImportFieldMappingInput> | null | undefined;
  /** Another target type (the mapping is suggested again unless given). */
  targetType?: ImportTargetType | null | undefined;
};

/** Changes to a NetworkNode; only given fields change. */
export type UpdateNetworkNodeInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** The NetworkNode to change. */
  id: string | number;
  /** Control centre, cabinet, switch or splice closure. */
  kind?: NetworkNodeKind | null | undefined;
  /** Where it stands. */
  location?: import('geojson').Point | null | undefined;
  /** Name shown to people. */
  name?: string | null | undefined;
  /** Switch ports available for cameras and uplinks. */
  portCount?: number | null | undefined;
  /** Power drawn, watts; empty = the default for the kind. */
  powerDrawWatts?: number | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Fiber strands the node can terminate or splice. */
  strandCapacity?: number | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a Pole; only given fields change. */
export type UpdatePoleInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** Height above ground, metres (0 < h <= 100). */
  heightMeters?: number | null | undefined;
  /** The Pole to change. */
  id: string | number;
  /** What kind of support this is. */
  kind?: PoleKind | null | undefined;
  /** Where it stands. */
  location?: import('geojson').Point | null | undefined;
  /** Who owns the support (e.g. the commune, RADEEF). */
  owner?: string | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** UPS autonomy, minutes; empty when there is none. */
  upsAutonomyMinutes?: number | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a PowerFeed; only given fields change. */
export type UpdatePowerFeedInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Power the feed can carry, watts. */
  capacityWatts?: number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** The power source at the first position. */
  fromPowerSourceId?: string | number | null | undefined;
  /** The PowerFeed to change. */
  id: string | number;
  /** How the cable is laid (default underground_duct). */
  installMethod?: InstallMethod | null | undefined;
  /** The cable route. */
  path?: import('geojson').LineString | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** Switched off by day (street lighting). Default false. */
  switched?: boolean | null | undefined;
  /** A pole, network node or camera at the last position. */
  to?: EndpointInput | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
  /** Nominal voltage, volts. */
  voltage?: number | null | undefined;
};

/** Changes to a PowerSource; only given fields change. */
export type UpdatePowerSourceInput = {
  /** The organisation assigned to install it; null to unassign. */
  assignedOrganisationId?: string | number | null | undefined;
  /** Power it can deliver, watts. */
  capacityWatts?: number | null | undefined;
  /** Unique code on drawings and labels (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Already there before the programme: not priced by the bill, listed as existing (default false). */
  existing?: boolean | null | undefined;
  /** The PowerSource to change. */
  id: string | number;
  /** Utility supply point, transformer or street-lighting circuit. */
  kind?: PowerSourceKind | null | undefined;
  /** Where it stands. */
  location?: import('geojson').Point | null | undefined;
  /** Name shown to people. */
  name?: string | null | undefined;
  /** Life-cycle status (default planned). */
  status?: AssetStatus | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
  /** Nominal voltage, volts. */
  voltage?: number | null | undefined;
};

/** Changes to a RecordingProfile; only given fields change. */
export type UpdateRecordingProfileInput = {
  /** Speed of a camera's link to its switch, Mbit/s (a 100BASE port: 100). */
  cameraLinkCapacityMbps?: number | null | undefined;
  /** Unique code (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** What the control centre can ingest and record, Mbit/s. */
  controlCentreIngestCapacityMbps?: number | null | undefined;
  /** Scene activity of cameras that do not say theirs. */
  defaultSceneActivity?: SceneActivity | null | undefined;
  /** Event recording: share of the time recorded, 0 to 1 (ignored when continuous). */
  eventRecordingShare?: number | null | undefined;
  /** Recorded frames per second. */
  framesPerSecond?: number | null | undefined;
  /** The RecordingProfile to change. */
  id: string | number;
  /** Live-view sub-stream each camera also sends (not recorded), Mbit/s. */
  liveViewStreamMbps?: number | null | undefined;
  /** Name shown to people. */
  name?: string | null | undefined;
  /** Night bitrate relative to day (infrared noise), e.g. 1.2. */
  nightBitrateFactor?: number | null | undefined;
  /** RAID overhead, percent of the net capacity (RAID 6 over 8 + 2 disks: 25). */
  raidOverheadPercent?: number | null | undefined;
  /** Continuous recording, or on events only. */
  recordingMode?: RecordingMode | null | undefined;
  /** Days the recordings are kept (the tender's requirement; 30 is common practice in Morocco). */
  retentionDays?: number | null | undefined;
  /** Speed of a switch's uplink, Mbit/s (1000 or 10000). */
  uplinkCapacityMbps?: number | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to an account (admins only); only given fields change. */
export type UpdateUserInput = {
  /** Disabling ends every session of the user at once. */
  disabled?: boolean | null | undefined;
  /** The account to change. */
  id: string | number;
  /** Name shown to people. */
  name?: string | null | undefined;
  /** Moves the user to this organisation. */
  organisationId?: string | number | null | undefined;
  /** A new password (10 to 256 characters, not easy to guess (zxcvbn score at least 3 of 4, else BAD_USER_INPUT with reason WEAK_PASSWORD)); ends every session of the user. */
  password?: string | null | undefined;
  /** A new role applies to tokens already given out. */
  role?: Role | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
};

/** Changes to a WorkPackage; only given fields change. */
export type UpdateWorkPackageInput = {
  /** A drawn area the package covers (Polygon or MultiPolygon). */
  area?: import('geojson').Polygon | import('geojson').MultiPolygon | null | undefined;
  /** Short unique code (trimmed; unique whatever the case). */
  code?: string | null | undefined;
  /** Due date (YYYY-MM-DD), on or after the planned start. */
  dueOn?: string | null | undefined;
  /** The WorkPackage to change. */
  id: string | number;
  /** Name shown to people. */
  name?: string | null | undefined;
  /** The contractor organisation doing the work. */
  organisationId?: string | number | null | undefined;
  /** Programme phase. */
  phase?: string | null | undefined;
  /** Planned start (YYYY-MM-DD). */
  plannedStartOn?: string | null | undefined;
  /** open (default) or closed. */
  status?: WorkPackageStatus | null | undefined;
  /** The version you edited; STALE_VERSION if it changed since. */
  version: number;
  /** The zone the package covers. */
  zoneId?: string | number | null | undefined;
};

/** Video compression: H.264 or H.265, plain or smart (lower bitrate on still scenes). */
export type VideoCodec =
  | 'h264'
  | 'h264_smart'
  | 'h265'
  | 'h265_smart';

/** Assets to add to or remove from a work package: by ids, and/or every asset in a drawn area, and/or in a zone (area and zone select new works only: existing and decommissioned assets are left out; lines count where their midpoint is). */
export type WorkPackageAssetsInput = {
  /** Every asset inside this area. */
  area?: import('geojson').Polygon | import('geojson').MultiPolygon | null | undefined;
  /** With area or zone: only these kinds (default all). */
  assetTypes?: Array<NetworkElementKind> | null | undefined;
  /** Assets by id (at most 5,000). */
  assets?: Array<AssetRefInput> | null | undefined;
  /** The package version you edited; STALE_VERSION if it changed since. */
  version: number;
  /** The work package. */
  workPackageId: string | number;
  /** Every asset inside this zone. */
  zoneId?: string | number | null | undefined;
};

/** open: work under way (an asset is in at most one open package); closed: finished or cancelled. */
export type WorkPackageStatus =
  | 'closed'
  | 'open';

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, at: string, action: AuditAction, actorEmail: string | null, actorRole: string | null, actorUserId: string | null, entityType: string, entityId: string, changedFields: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type AuditUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditUsersQuery = { users: { nodes: Array<{ id: string, name: string, email: string }> } };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { organisations: { nodes: Array<{ id: string, version: number, name: string, kind: OrganisationKind }> } };

export type AdminUsersQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
}>;


export type AdminUsersQuery = { users: { nodes: Array<{ id: string, version: number, email: string, name: string, role: Role, disabled: boolean, organisation: { id: string } | null }> } };

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type AdminCreateOrganisationMutation = { createOrganisation: { id: string, version: number, name: string, kind: OrganisationKind } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string, version: number, email: string, name: string, role: Role, disabled: boolean, organisation: { id: string } | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { id: string, version: number, email: string, name: string, role: Role, disabled: boolean, organisation: { id: string } | null } };

export type CameraCoverageFieldsFragment = { cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null };

export type BlackSpotCoverageFieldsFragment = { blackSpotId: string, requiredLevel: DoriLevel, areaSquareMeters: number, coveredAreaSquareMeters: number, coveredFraction: number, uncovered: import('geojson').Polygon | import('geojson').MultiPolygon, contributingCameraIds: Array<string>, contributingCameras: Array<{ id: string, code: string }> };

export type LevelSummaryFieldsFragment = { level: DoriLevel, blackSpotCount: number, areaSquareMeters: number, coveredAreaSquareMeters: number, uncoveredAreaSquareMeters: number, coveredFraction: number, priorityWeightedCoveredFraction: number };

export type CoveragePreviewQueryVariables = Exact<{
  input: CoveragePreviewInput;
}>;


export type CoveragePreviewQuery = { coveragePreview: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }> };

export type CameraCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type CameraCoverageQuery = { camera: { coverage: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }> } };

export type BlackSpotCoveragesQueryVariables = Exact<{
  cameras?: CameraSelection | null | undefined;
}>;


export type BlackSpotCoveragesQuery = { blackSpotCoverages: Array<{ blackSpotId: string, requiredLevel: DoriLevel, areaSquareMeters: number, coveredAreaSquareMeters: number, coveredFraction: number, uncovered: import('geojson').Polygon | import('geojson').MultiPolygon, contributingCameraIds: Array<string>, contributingCameras: Array<{ id: string, code: string }> }> };

export type BlackSpotCoverageQueryVariables = Exact<{
  id: string | number;
  cameras?: CameraSelection | null | undefined;
}>;


export type BlackSpotCoverageQuery = { blackSpot: { coverage: { blackSpotId: string, requiredLevel: DoriLevel, areaSquareMeters: number, coveredAreaSquareMeters: number, coveredFraction: number, uncovered: import('geojson').Polygon | import('geojson').MultiPolygon, contributingCameraIds: Array<string>, contributingCameras: Array<{ id: string, code: string }> } } };

export type CoverageSummaryQueryVariables = Exact<{
  cameras?: CameraSelection | null | undefined;
}>;


export type CoverageSummaryQuery = { coverageSummary: { city: { zoneId: string | null, zoneName: string | null, levels: Array<{ level: DoriLevel, blackSpotCount: number, areaSquareMeters: number, coveredAreaSquareMeters: number, uncoveredAreaSquareMeters: number, coveredFraction: number, priorityWeightedCoveredFraction: number }> }, zones: Array<{ zoneId: string | null, zoneName: string | null, levels: Array<{ level: DoriLevel, blackSpotCount: number, areaSquareMeters: number, coveredAreaSquareMeters: number, uncoveredAreaSquareMeters: number, coveredFraction: number, priorityWeightedCoveredFraction: number }> }> } };

export type CoverageFreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageFreshnessQuery = { coverageFreshness: { checkedCameraCount: number, currentCount: number, stale: Array<{ cameraId: string, cameraCode: string, reasons: Array<CoverageStaleReason> }> } };

export type RecomputeCoverageMutationVariables = Exact<{
  cameraIds?: Array<string | number> | string | number | null | undefined;
}>;


export type RecomputeCoverageMutation = { recomputeCoverage: number };

export type CameraNetworkPathQueryVariables = Exact<{
  id: string | number;
  cameras?: CameraSelection | null | undefined;
}>;


export type CameraNetworkPathQuery = { cameraNetworkPath: { connected: boolean, lengthMeters: number | null, linkLengthMeters: number | null, opticalLossDb: number | null, budgetDb: number | null, marginDb: number | null, withinBudget: boolean | null, attenuationLossDb: number | null, splices: number | null, spliceLossDb: number | null, connectorLossDb: number | null, powered: boolean, poweredByDay: boolean, upsAutonomyMinutes: number, fiberRuns: Array<{ id: string }>, networkNodes: Array<{ id: string }>, elements: Array<{ kind: NetworkElementKind, id: string }>, linkTerminatesAt: { code: string | null } | null, powerSource: { code: string | null } | null, powerFeeds: Array<{ code: string | null }> } };

export type OutageImpactQueryVariables = Exact<{
  failed: FailedElementsInput;
  cameras?: CameraSelection | null | undefined;
}>;


export type OutageImpactQuery = { outageImpact: { darkCameraIds: Array<string>, totalLostSquareMeters: number, blackSpots: Array<{ areaSquareMeters: number, coveredBeforeSquareMeters: number, coveredAfterSquareMeters: number, lostSquareMeters: number, blackSpot: { id: string } }> } };

export type BillSectionFieldsFragment = { zoneId: string | null, zoneCode: string | null, zoneName: string | null, supplyBeforeTaxMad: number, installationBeforeTaxMad: number, totalBeforeTaxMad: number, vatMad: number, totalWithTaxMad: number, lines: Array<{ part: string, category: string, item: string, unit: string, quantity: number, unitCostMad: number, totalMad: number }>, existing: Array<{ category: string, item: string, unit: string, quantity: number }> };

export type BillOfQuantitiesQueryVariables = Exact<{
  statuses?: Array<AssetStatus> | AssetStatus | null | undefined;
}>;


export type BillOfQuantitiesQuery = { billOfQuantities: { vatRate: number, budgetBeforeTaxMad: number, remainingBeforeTaxMad: number, withinBudget: boolean, usedFraction: number, missingUnitCosts: Array<string>, zones: Array<{ zoneId: string | null, zoneCode: string | null, zoneName: string | null, supplyBeforeTaxMad: number, installationBeforeTaxMad: number, totalBeforeTaxMad: number, vatMad: number, totalWithTaxMad: number, lines: Array<{ part: string, category: string, item: string, unit: string, quantity: number, unitCostMad: number, totalMad: number }>, existing: Array<{ category: string, item: string, unit: string, quantity: number }> }>, overall: { zoneId: string | null, zoneCode: string | null, zoneName: string | null, supplyBeforeTaxMad: number, installationBeforeTaxMad: number, totalBeforeTaxMad: number, vatMad: number, totalWithTaxMad: number, lines: Array<{ part: string, category: string, item: string, unit: string, quantity: number, unitCostMad: number, totalMad: number }>, existing: Array<{ category: string, item: string, unit: string, quantity: number }> } } };

export type BlackSpotSinglePointsOfFailureQueryVariables = Exact<{
  id: string | number;
  cameras?: CameraSelection | null | undefined;
}>;


export type BlackSpotSinglePointsOfFailureQuery = { blackSpotSinglePointsOfFailure: Array<{ coveredFractionBefore: number, coveredFractionAfter: number, lostSquareMeters: number, element: { kind: NetworkElementKind, id: string, code: string | null }, camerasLost: Array<{ id: string, code: string | null }> }> };

export type BandwidthReportQueryVariables = Exact<{
  cameras?: CameraSelection | null | undefined;
}>;


export type BandwidthReportQuery = { bandwidthReport: { linkCount: number, overSubscribedCount: number, recordingProfile: { id: string, version: number, code: string, name: string } | null, settings: { retentionDays: number, recordingMode: RecordingMode, eventRecordingShare: number, raidOverheadPercent: number, framesPerSecond: number, uplinkCapacityMbps: number, cameraLinkCapacityMbps: number, controlCentreIngestCapacityMbps: number }, now: { cameraCount: number, meanRecordedMbps: number, netTerabytes: number, rawTerabytes: number }, planned: { cameraCount: number, meanRecordedMbps: number, netTerabytes: number, rawTerabytes: number }, byModel: Array<{ modelCode: string, codec: VideoCodec, cameraCount: number, dayMbps: number, nightMbps: number, totalMeanMbps: number }>, links: Array<{ kind: LinkKind, cameraCount: number, loadMbps: number, capacityMbps: number, utilization: number, overSubscribed: boolean, element: { kind: NetworkElementKind, id: string, code: string | null }, terminatesAt: { code: string | null } | null }>, ingest: Array<{ kind: LinkKind, cameraCount: number, loadMbps: number, capacityMbps: number, utilization: number, overSubscribed: boolean, element: { kind: NetworkElementKind, id: string, code: string | null }, terminatesAt: { code: string | null } | null }> } };

export type UpdateRecordingProfileSettingsMutationVariables = Exact<{
  input: UpdateRecordingProfileInput;
}>;


export type UpdateRecordingProfileSettingsMutation = { updateRecordingProfile: { id: string, version: number, retentionDays: number, recordingMode: RecordingMode, raidOverheadPercent: number } };

export type DesignChecksQueryVariables = Exact<{
  cameras?: CameraSelection | null | undefined;
}>;


export type DesignChecksQuery = { designChecks: { cameraCount: number, flaggedCameraCount: number, checks: Array<{ kind: DesignCheckKind, count: number, findings: Array<{ reason: string, camera: { id: string, code: string | null }, elements: Array<{ kind: NetworkElementKind, id: string, code: string | null }>, darkByDay: { from: string, to: string } | null }> }>, flaggedCameras: Array<{ id: string, code: string, location: import('geojson').Point, kinds: Array<DesignCheckKind> }> } };

export type NightCoverageQueryVariables = Exact<{
  cameras?: CameraSelection | null | undefined;
}>;


export type NightCoverageQuery = { nightCoverage: { cameraCount: number, areaSquareMeters: number, dayCoveredSquareMeters: number, nightCoveredSquareMeters: number, night: { from: string, to: string, minutes: number }, camerasDarkAtNight: Array<{ darkMinutes: number, from: string, to: string, causes: Array<NightDarkCause>, camera: { id: string, code: string | null } }>, camerasWithoutNightLight: Array<{ id: string, code: string | null }>, blackSpots: Array<{ areaSquareMeters: number, dayCoveredFraction: number, nightCoveredFraction: number, blackSpot: { id: string, code: string, name: string, priority: number, requiredLevel: DoriLevel } }> } };

export type AppConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type AppConfigQuery = { appConfig: { deploymentName: string, tileUrlTemplate: string, tileAttribution: string, initialCenter: Array<number>, initialZoom: number } };

export type SessionFieldsFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, organisation: { id: string, name: string, kind: OrganisationKind } | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, organisation: { id: string, name: string, kind: OrganisationKind } | null } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refresh: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { id: string, email: string, name: string, role: Role, organisation: { id: string, name: string, kind: OrganisationKind } | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type CatalogueModelFragment = { id: string, version: number, code: string, name: string, manufacturer: string, kind: CameraKind, sensorWidthMm: number, focalLengthMinMm: number | null, focalLengthMaxMm: number | null, fixedHorizontalFieldOfViewDegrees: number | null, horizontalPixels: number, verticalPixels: number, opticalZoom: number | null, panRangeDegrees: number | null, irRangeMeters: number | null, whiteLightRangeMeters: number | null, codec: VideoCodec, powerDrawWatts: number, typicalBitrateMbps: number, unitPriceMad: number };

export type ModelCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelCatalogueQuery = { cameraModels: { nodes: Array<{ id: string, version: number, code: string, name: string, manufacturer: string, kind: CameraKind, sensorWidthMm: number, focalLengthMinMm: number | null, focalLengthMaxMm: number | null, fixedHorizontalFieldOfViewDegrees: number | null, horizontalPixels: number, verticalPixels: number, opticalZoom: number | null, panRangeDegrees: number | null, irRangeMeters: number | null, whiteLightRangeMeters: number | null, codec: VideoCodec, powerDrawWatts: number, typicalBitrateMbps: number, unitPriceMad: number }> } };

export type CreateCatalogueModelMutationVariables = Exact<{
  input: CreateCameraModelInput;
}>;


export type CreateCatalogueModelMutation = { createCameraModel: { id: string, version: number, code: string, name: string, manufacturer: string, kind: CameraKind, sensorWidthMm: number, focalLengthMinMm: number | null, focalLengthMaxMm: number | null, fixedHorizontalFieldOfViewDegrees: number | null, horizontalPixels: number, verticalPixels: number, opticalZoom: number | null, panRangeDegrees: number | null, irRangeMeters: number | null, whiteLightRangeMeters: number | null, codec: VideoCodec, powerDrawWatts: number, typicalBitrateMbps: number, unitPriceMad: number } };

export type UpdateCatalogueModelMutationVariables = Exact<{
  input: UpdateCameraModelInput;
}>;


export type UpdateCatalogueModelMutation = { updateCameraModel: { id: string, version: number, code: string, name: string, manufacturer: string, kind: CameraKind, sensorWidthMm: number, focalLengthMinMm: number | null, focalLengthMaxMm: number | null, fixedHorizontalFieldOfViewDegrees: number | null, horizontalPixels: number, verticalPixels: number, opticalZoom: number | null, panRangeDegrees: number | null, irRangeMeters: number | null, whiteLightRangeMeters: number | null, codec: VideoCodec, powerDrawWatts: number, typicalBitrateMbps: number, unitPriceMad: number } };

export type EditedCameraFragment = { existing: boolean, sceneActivity: SceneActivity | null, codec: VideoCodec | null, id: string, version: number, code: string, name: string | null, status: AssetStatus, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, detectionRangeMeters: number, poleId: string | null, model: { id: string, code: string, name: string, kind: CameraKind } };

export type CreateCameraMutationVariables = Exact<{
  input: CreateCameraInput;
}>;


export type CreateCameraMutation = { createCamera: { existing: boolean, sceneActivity: SceneActivity | null, codec: VideoCodec | null, id: string, version: number, code: string, name: string | null, status: AssetStatus, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, detectionRangeMeters: number, poleId: string | null, model: { id: string, code: string, name: string, kind: CameraKind } } };

export type UpdateCameraMutationVariables = Exact<{
  input: UpdateCameraInput;
}>;


export type UpdateCameraMutation = { updateCamera: { existing: boolean, sceneActivity: SceneActivity | null, codec: VideoCodec | null, id: string, version: number, code: string, name: string | null, status: AssetStatus, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, detectionRangeMeters: number, poleId: string | null, model: { id: string, code: string, name: string, kind: CameraKind } } };

export type DeleteCameraMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCameraMutation = { deleteCamera: { id: string } };

export type GetCameraQueryVariables = Exact<{
  id: string | number;
}>;


export type GetCameraQuery = { camera: { existing: boolean, sceneActivity: SceneActivity | null, codec: VideoCodec | null, id: string, version: number, code: string, name: string | null, status: AssetStatus, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, detectionRangeMeters: number, poleId: string | null, model: { id: string, code: string, name: string, kind: CameraKind } } };

export type CreateBlackSpotMutationVariables = Exact<{
  input: CreateBlackSpotInput;
}>;


export type CreateBlackSpotMutation = { createBlackSpot: { id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon, category: BlackSpotCategory, priority: number, requiredLevel: DoriLevel, notes: string | null, areaSquareMeters: number } };

export type UpdateBlackSpotMutationVariables = Exact<{
  input: UpdateBlackSpotInput;
}>;


export type UpdateBlackSpotMutation = { updateBlackSpot: { id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon, category: BlackSpotCategory, priority: number, requiredLevel: DoriLevel, notes: string | null, areaSquareMeters: number } };

export type DeleteBlackSpotMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteBlackSpotMutation = { deleteBlackSpot: { id: string } };

export type GetBlackSpotQueryVariables = Exact<{
  id: string | number;
}>;


export type GetBlackSpotQuery = { blackSpot: { id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon, category: BlackSpotCategory, priority: number, requiredLevel: DoriLevel, notes: string | null, areaSquareMeters: number } };

export type CreateBuildingMutationVariables = Exact<{
  input: CreateBuildingInput;
}>;


export type CreateBuildingMutation = { createBuilding: { id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null } };

export type UpdateBuildingMutationVariables = Exact<{
  input: UpdateBuildingInput;
}>;


export type UpdateBuildingMutation = { updateBuilding: { id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null } };

export type DeleteBuildingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteBuildingMutation = { deleteBuilding: { id: string } };

export type GetBuildingQueryVariables = Exact<{
  id: string | number;
}>;


export type GetBuildingQuery = { building: { id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null } };

export type CreateFiberRunMutationVariables = Exact<{
  input: CreateFiberRunInput;
}>;


export type CreateFiberRunMutation = { createFiberRun: { id: string, version: number, code: string, path: import('geojson').LineString, strandCount: number, cableType: CableType, installMethod: InstallMethod, lengthMeters: number, status: AssetStatus, existing: boolean, fromKind: EndpointKind | null, fromId: string | null, toKind: EndpointKind | null, toId: string | null } };

export type UpdateFiberRunMutationVariables = Exact<{
  input: UpdateFiberRunInput;
}>;


export type UpdateFiberRunMutation = { updateFiberRun: { id: string, version: number, code: string, path: import('geojson').LineString, strandCount: number, cableType: CableType, installMethod: InstallMethod, lengthMeters: number, status: AssetStatus, existing: boolean, fromKind: EndpointKind | null, fromId: string | null, toKind: EndpointKind | null, toId: string | null } };

export type DeleteFiberRunMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteFiberRunMutation = { deleteFiberRun: { id: string } };

export type GetFiberRunQueryVariables = Exact<{
  id: string | number;
}>;


export type GetFiberRunQuery = { fiberRun: { id: string, version: number, code: string, path: import('geojson').LineString, strandCount: number, cableType: CableType, installMethod: InstallMethod, lengthMeters: number, status: AssetStatus, existing: boolean, fromKind: EndpointKind | null, fromId: string | null, toKind: EndpointKind | null, toId: string | null } };

export type CreatePowerFeedMutationVariables = Exact<{
  input: CreatePowerFeedInput;
}>;


export type CreatePowerFeedMutation = { createPowerFeed: { id: string, version: number, code: string, path: import('geojson').LineString, fromPowerSourceId: string | null, toKind: EndpointKind | null, toId: string | null, capacityWatts: number, voltage: number, switched: boolean, status: AssetStatus, lengthMeters: number, existing: boolean, installMethod: InstallMethod } };

export type UpdatePowerFeedMutationVariables = Exact<{
  input: UpdatePowerFeedInput;
}>;


export type UpdatePowerFeedMutation = { updatePowerFeed: { id: string, version: number, code: string, path: import('geojson').LineString, fromPowerSourceId: string | null, toKind: EndpointKind | null, toId: string | null, capacityWatts: number, voltage: number, switched: boolean, status: AssetStatus, lengthMeters: number, existing: boolean, installMethod: InstallMethod } };

export type DeletePowerFeedMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePowerFeedMutation = { deletePowerFeed: { id: string } };

export type GetPowerFeedQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPowerFeedQuery = { powerFeed: { id: string, version: number, code: string, path: import('geojson').LineString, fromPowerSourceId: string | null, toKind: EndpointKind | null, toId: string | null, capacityWatts: number, voltage: number, switched: boolean, status: AssetStatus, lengthMeters: number, existing: boolean, installMethod: InstallMethod } };

export type CreatePoleMutationVariables = Exact<{
  input: CreatePoleInput;
}>;


export type CreatePoleMutation = { createPole: { id: string, version: number, code: string, kind: PoleKind, heightMeters: number, owner: string | null, status: AssetStatus, existing: boolean, location: import('geojson').Point, upsAutonomyMinutes: number | null } };

export type UpdatePoleMutationVariables = Exact<{
  input: UpdatePoleInput;
}>;


export type UpdatePoleMutation = { updatePole: { id: string, version: number, code: string, kind: PoleKind, heightMeters: number, owner: string | null, status: AssetStatus, existing: boolean, location: import('geojson').Point, upsAutonomyMinutes: number | null } };

export type DeletePoleMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePoleMutation = { deletePole: { id: string } };

export type GetPoleQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPoleQuery = { pole: { id: string, version: number, code: string, kind: PoleKind, heightMeters: number, owner: string | null, status: AssetStatus, existing: boolean, location: import('geojson').Point, upsAutonomyMinutes: number | null } };

export type CreateNetworkNodeMutationVariables = Exact<{
  input: CreateNetworkNodeInput;
}>;


export type CreateNetworkNodeMutation = { createNetworkNode: { id: string, version: number, code: string, name: string, kind: NetworkNodeKind, location: import('geojson').Point, portCount: number | null, strandCapacity: number | null, existing: boolean, status: AssetStatus, powerDrawWatts: number | null, upsAutonomyMinutes: number | null } };

export type UpdateNetworkNodeMutationVariables = Exact<{
  input: UpdateNetworkNodeInput;
}>;


export type UpdateNetworkNodeMutation = { updateNetworkNode: { id: string, version: number, code: string, name: string, kind: NetworkNodeKind, location: import('geojson').Point, portCount: number | null, strandCapacity: number | null, existing: boolean, status: AssetStatus, powerDrawWatts: number | null, upsAutonomyMinutes: number | null } };

export type DeleteNetworkNodeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteNetworkNodeMutation = { deleteNetworkNode: { id: string } };

export type GetNetworkNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GetNetworkNodeQuery = { networkNode: { id: string, version: number, code: string, name: string, kind: NetworkNodeKind, location: import('geojson').Point, portCount: number | null, strandCapacity: number | null, existing: boolean, status: AssetStatus, powerDrawWatts: number | null, upsAutonomyMinutes: number | null } };

export type CreatePowerSourceMutationVariables = Exact<{
  input: CreatePowerSourceInput;
}>;


export type CreatePowerSourceMutation = { createPowerSource: { id: string, version: number, code: string, name: string, kind: PowerSourceKind, location: import('geojson').Point, capacityWatts: number, voltage: number, existing: boolean, status: AssetStatus } };

export type UpdatePowerSourceMutationVariables = Exact<{
  input: UpdatePowerSourceInput;
}>;


export type UpdatePowerSourceMutation = { updatePowerSource: { id: string, version: number, code: string, name: string, kind: PowerSourceKind, location: import('geojson').Point, capacityWatts: number, voltage: number, existing: boolean, status: AssetStatus } };

export type DeletePowerSourceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePowerSourceMutation = { deletePowerSource: { id: string } };

export type GetPowerSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type GetPowerSourceQuery = { powerSource: { id: string, version: number, code: string, name: string, kind: PowerSourceKind, location: import('geojson').Point, capacityWatts: number, voltage: number, existing: boolean, status: AssetStatus } };

export type CameraExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type CameraExistingQuery = { camera: { id: string, version: number, existing: boolean } };

export type PoleExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type PoleExistingQuery = { pole: { id: string, version: number, existing: boolean } };

export type NetworkNodeExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkNodeExistingQuery = { networkNode: { id: string, version: number, existing: boolean } };

export type FiberRunExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type FiberRunExistingQuery = { fiberRun: { id: string, version: number, existing: boolean } };

export type PowerSourceExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type PowerSourceExistingQuery = { powerSource: { id: string, version: number, existing: boolean } };

export type PowerFeedExistingQueryVariables = Exact<{
  id: string | number;
}>;


export type PowerFeedExistingQuery = { powerFeed: { id: string, version: number, existing: boolean } };

export type CameraStreamSettingsQueryVariables = Exact<{
  id: string | number;
}>;


export type CameraStreamSettingsQuery = { camera: { id: string, version: number, sceneActivity: SceneActivity | null, codec: VideoCodec | null, model: { id: string, codec: VideoCodec } } };

export type CameraModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type CameraModelsQuery = { cameraModels: { nodes: Array<{ id: string, code: string, name: string, kind: CameraKind, focalLengthMinMm: number | null, focalLengthMaxMm: number | null }> } };

export type EvidencePhotoFieldsFragment = { id: string, displayName: string | null, contentType: string, sizeBytes: number, widthPixels: number, heightPixels: number, takenAt: string | null, takenAtLocal: string | null, takenAtOffset: string | null, position: import('geojson').Point | null, distanceFromAssetMeters: number | null, farFromAsset: boolean, uploadedAt: string, thumbnailUrl: string, originalUrl: string };

export type CameraAsBuiltFieldsFragment = { id: string, version: number, current: boolean, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, modelId: string, serialNumber: string | null, comment: string | null, measuredAt: string, acceptanceState: AsBuiltState, reviewComment: string | null, reviewedAt: string | null, deviations: Array<{ kind: DeviationKind, message: string }> };

export type EvidencePhotosQueryVariables = Exact<{
  assetId: string | number;
}>;


export type EvidencePhotosQuery = { evidencePhotos: Array<{ id: string, displayName: string | null, contentType: string, sizeBytes: number, widthPixels: number, heightPixels: number, takenAt: string | null, takenAtLocal: string | null, takenAtOffset: string | null, position: import('geojson').Point | null, distanceFromAssetMeters: number | null, farFromAsset: boolean, uploadedAt: string, thumbnailUrl: string, originalUrl: string }> };

export type CameraAsBuiltQueryVariables = Exact<{
  cameraId: string | number;
}>;


export type CameraAsBuiltQuery = { cameraAsBuilt: { id: string, version: number, current: boolean, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, modelId: string, serialNumber: string | null, comment: string | null, measuredAt: string, acceptanceState: AsBuiltState, reviewComment: string | null, reviewedAt: string | null, deviations: Array<{ kind: DeviationKind, message: string }> } | null };

export type CameraAcceptanceQueryVariables = Exact<{
  cameraId: string | number;
}>;


export type CameraAcceptanceQuery = { cameraAcceptance: { asBuiltId: string, headingDeviationDegrees: number, tiltDeviationDegrees: number, mountHeightDeviationMeters: number, positionDeviationMeters: number, modelChanged: boolean, withinTolerance: boolean, deviations: Array<{ kind: DeviationKind, message: string }>, blackSpots: Array<{ blackSpotId: string, blackSpotCode: string, requiredLevel: DoriLevel, designCoveredPercent: number, asBuiltCoveredPercent: number, lossPoints: number, outOfTolerance: boolean }>, designCoverage: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }>, asBuiltCoverage: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }> } | null };

export type RecordCameraAsBuiltMutationVariables = Exact<{
  input: RecordCameraAsBuiltInput;
}>;


export type RecordCameraAsBuiltMutation = { recordCameraAsBuilt: { id: string, version: number, current: boolean, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, modelId: string, serialNumber: string | null, comment: string | null, measuredAt: string, acceptanceState: AsBuiltState, reviewComment: string | null, reviewedAt: string | null, deviations: Array<{ kind: DeviationKind, message: string }> } };

export type AcceptCameraAsBuiltMutationVariables = Exact<{
  input: ReviewCameraAsBuiltInput;
}>;


export type AcceptCameraAsBuiltMutation = { acceptCameraAsBuilt: { id: string, version: number, current: boolean, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, modelId: string, serialNumber: string | null, comment: string | null, measuredAt: string, acceptanceState: AsBuiltState, reviewComment: string | null, reviewedAt: string | null, deviations: Array<{ kind: DeviationKind, message: string }> } };

export type SendBackCameraAsBuiltMutationVariables = Exact<{
  input: ReviewCameraAsBuiltInput;
}>;


export type SendBackCameraAsBuiltMutation = { sendBackCameraAsBuilt: { id: string, version: number, current: boolean, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, modelId: string, serialNumber: string | null, comment: string | null, measuredAt: string, acceptanceState: AsBuiltState, reviewComment: string | null, reviewedAt: string | null, deviations: Array<{ kind: DeviationKind, message: string }> } };

export type ExportWorkPackagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportWorkPackagesQuery = { workPackages: { nodes: Array<{ id: string, code: string, name: string }> } };

export type ImportJobProgressFieldsFragment = { id: string, status: ImportStatus, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null };

export type ImportJobFieldsFragment = { id: string, fileName: string, format: string, source: string, targetType: ImportTargetType, status: ImportStatus, idField: string | null, sourceFields: Array<string>, previewGeoJson: string, mapping: Array<{ field: string, source: string | null, constant: string | null }>, targetFields: Array<{ name: string, kind: string, required: boolean, values: Array<string>, defaultValue: string | null }>, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, problemCounts: Array<{ code: string, count: number }>, problems: Array<{ row: number, layer: string, sourceId: string, severity: string, code: string, field: string | null, message: string }>, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null };

export type ImportJobFullQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobFullQuery = { importJob: { id: string, fileName: string, format: string, source: string, targetType: ImportTargetType, status: ImportStatus, idField: string | null, sourceFields: Array<string>, previewGeoJson: string, mapping: Array<{ field: string, source: string | null, constant: string | null }>, targetFields: Array<{ name: string, kind: string, required: boolean, values: Array<string>, defaultValue: string | null }>, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, problemCounts: Array<{ code: string, count: number }>, problems: Array<{ row: number, layer: string, sourceId: string, severity: string, code: string, field: string | null, message: string }>, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null } };

export type ImportJobProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobProgressQuery = { importJob: { id: string, status: ImportStatus, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null } };

export type RecentImportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentImportJobsQuery = { importJobs: Array<{ id: string, fileName: string, targetType: ImportTargetType, status: ImportStatus, counts: { rows: number }, result: { inserted: number, updated: number, changeSetId: string | null } | null }> };

export type UpdateImportMappingMutationVariables = Exact<{
  input: UpdateImportMappingInput;
}>;


export type UpdateImportMappingMutation = { updateImportMapping: { id: string, status: ImportStatus, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null } };

export type CommitImportMutationVariables = Exact<{
  id: string | number;
}>;


export type CommitImportMutation = { commitImport: { id: string, status: ImportStatus, progress: { phase: string, done: number, total: number, fraction: number }, counts: { rows: number, valid: number, errors: number, warnings: number, toInsert: number, toUpdate: number, skipped: number }, failure: { message: string, code: string, reason: string | null } | null, result: { inserted: number, updated: number, unchanged: number, camerasRecomputed: number, changeSetId: string | null } | null } };

export type DiscardImportMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardImportMutation = { discardImport: { id: string, status: ImportStatus } };

export type UndoImportChangeSetMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoImportChangeSetMutation = { undoChangeSet: { id: string, undoneAt: string | null } };

export type FaultRowFragment = { id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, sla: { overdue: boolean, responseDueAt: string | null, repairDueAt: string | null } };

export type FaultTicketFragment = { description: string, channel: FaultChannel, reporterName: string | null, suggestedPriority: number, impactScore: number, darkens: boolean, resolution: FaultResolution | null, newSerial: string | null, id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, darkCameras: Array<{ id: string, code: string, status: AssetStatus }>, blackSpotLosses: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, coveredBeforePercent: number, coveredAfterPercent: number }>, sla: { responseHoursAllowed: number, repairHoursAllowed: number, responseHoursUsed: number, repairHoursUsed: number, responseOverdue: boolean, repairOverdue: boolean, overdue: boolean, responseDueAt: string | null, repairDueAt: string | null, timeInState: Array<{ state: FaultState, hours: number }> }, history: Array<{ id: string, at: string, kind: FaultEventKind, fromState: FaultState | null, toState: FaultState | null, actorEmail: string | null, comment: string | null }> };

export type FaultsQueryVariables = Exact<{
  filter?: FaultFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type FaultsQuery = { faults: { totalCount: number, nodes: Array<{ id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, sla: { overdue: boolean, responseDueAt: string | null, repairDueAt: string | null } }> } };

export type FaultQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultQuery = { fault: { description: string, channel: FaultChannel, reporterName: string | null, suggestedPriority: number, impactScore: number, darkens: boolean, resolution: FaultResolution | null, newSerial: string | null, id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, darkCameras: Array<{ id: string, code: string, status: AssetStatus }>, blackSpotLosses: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, coveredBeforePercent: number, coveredAfterPercent: number }>, sla: { responseHoursAllowed: number, repairHoursAllowed: number, responseHoursUsed: number, repairHoursUsed: number, responseOverdue: boolean, repairOverdue: boolean, overdue: boolean, responseDueAt: string | null, repairDueAt: string | null, timeInState: Array<{ state: FaultState, hours: number }> }, history: Array<{ id: string, at: string, kind: FaultEventKind, fromState: FaultState | null, toState: FaultState | null, actorEmail: string | null, comment: string | null }> } };

export type LogFaultMutationVariables = Exact<{
  input: LogFaultInput;
}>;


export type LogFaultMutation = { logFault: { description: string, channel: FaultChannel, reporterName: string | null, suggestedPriority: number, impactScore: number, darkens: boolean, resolution: FaultResolution | null, newSerial: string | null, id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, darkCameras: Array<{ id: string, code: string, status: AssetStatus }>, blackSpotLosses: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, coveredBeforePercent: number, coveredAfterPercent: number }>, sla: { responseHoursAllowed: number, repairHoursAllowed: number, responseHoursUsed: number, repairHoursUsed: number, responseOverdue: boolean, repairOverdue: boolean, overdue: boolean, responseDueAt: string | null, repairDueAt: string | null, timeInState: Array<{ state: FaultState, hours: number }> }, history: Array<{ id: string, at: string, kind: FaultEventKind, fromState: FaultState | null, toState: FaultState | null, actorEmail: string | null, comment: string | null }> } };

export type ChangeFaultStateMutationVariables = Exact<{
  input: ChangeFaultStateInput;
}>;


export type ChangeFaultStateMutation = { changeFaultState: { description: string, channel: FaultChannel, reporterName: string | null, suggestedPriority: number, impactScore: number, darkens: boolean, resolution: FaultResolution | null, newSerial: string | null, id: string, version: number, state: FaultState, priority: number, category: FaultCategory, location: import('geojson').Point, assetType: FaultAssetType | null, assetCode: string | null, reportedAt: string, assignedOrganisationId: string | null, assignedUserId: string | null, darkCameras: Array<{ id: string, code: string, status: AssetStatus }>, blackSpotLosses: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, coveredBeforePercent: number, coveredAfterPercent: number }>, sla: { responseHoursAllowed: number, repairHoursAllowed: number, responseHoursUsed: number, repairHoursUsed: number, responseOverdue: boolean, repairOverdue: boolean, overdue: boolean, responseDueAt: string | null, repairDueAt: string | null, timeInState: Array<{ state: FaultState, hours: number }> }, history: Array<{ id: string, at: string, kind: FaultEventKind, fromState: FaultState | null, toState: FaultState | null, actorEmail: string | null, comment: string | null }> } };

export type CommentOnFaultMutationVariables = Exact<{
  faultId: string | number;
  text: string;
}>;


export type CommentOnFaultMutation = { commentOnFault: { id: string } };

export type ControlCentreQueryVariables = Exact<{ [key: string]: never; }>;


export type ControlCentreQuery = { controlCentre: { asOf: string, installedCameraCount: number, activeByPriority: Array<number>, darkCameras: Array<{ cameraId: string, code: string, location: import('geojson').Point, darkSince: string | null, faults: Array<{ id: string, priority: number, state: FaultState, category: string }> }>, blackSpotsLosing: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, coveredBeforePercent: number, coveredNowPercent: number, lostSquareMeters: number, darkCameraIds: Array<string> }> }, overdue: { totalCount: number } };

export type FaultFiguresQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FaultFiguresQuery = { faultFigures: { from: string, to: string, openByPriority: Array<number>, overdueCount: number, loggedCount: number, resolvedCount: number, meanTimeToRepairHours: number | null, openByZone: Array<{ zoneId: string | null, zoneName: string | null, byPriority: Array<number>, total: number }>, cameraAvailability: Array<{ cameraId: string, code: string, availability: number, darkHours: number }>, blackSpotAvailability: Array<{ blackSpotId: string, code: string, name: string, availability: number, nominalCoveredFraction: number, meanCoveredFraction: number }>, modelsFailingMost: Array<{ id: string, label: string, faultCount: number, cameraCount: number }>, sitesFailingMost: Array<{ id: string, label: string, faultCount: number, cameraCount: number }> } };

export type FaultAssigneesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultAssigneesQuery = { faultAssignees: Array<{ organisationId: string | null, name: string | null, users: Array<{ id: string, name: string, role: string }> }> };

export type AssignFaultMutationVariables = Exact<{
  input: UpdateFaultInput;
}>;


export type AssignFaultMutation = { updateFault: { id: string, version: number, assignedOrganisationId: string | null, assignedUserId: string | null } };

export type FaultPhotosQueryVariables = Exact<{
  faultId: string | number;
}>;


export type FaultPhotosQuery = { evidencePhotos: Array<{ id: string, displayName: string | null, faultEventId: string | null, uploadedAt: string, thumbnailUrl: string, originalUrl: string }> };

export type MyWorkQueryVariables = Exact<{
  longitude?: number | null | undefined;
  latitude?: number | null | undefined;
}>;


export type MyWorkQuery = { myWork: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number, workPackageId: string, workPackageCode: string, workPackageName: string, dueOn: string, late: boolean, distanceMeters: number | null, position: import('geojson').Point }> };

export type MoveAssetStatusMutationVariables = Exact<{
  input: MoveAssetStatusInput;
}>;


export type MoveAssetStatusMutation = { moveAssetStatus: { stepId: string, status: AssetStatus, assetVersion: number } };

export type WorkPackagesProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkPackagesProgressQuery = { workPackages: { nodes: Array<{ id: string, code: string, name: string, phase: string | null, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ status: AssetStatus }> }> }, programme: { assetCount: number, installedCount: number, lateCount: number, coverage: { liveCoveredFraction: number, designCoveredFraction: number } } };

export type ProgrammeProgressSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeProgressSeriesQuery = { installationProgressSeries: Array<{ at: string, assetCount: number, installedCount: number, commissionedCount: number, lateCount: number, liveCoveredFraction: number, designCoveredFraction: number }> };

export type PackageProgressCsvQueryVariables = Exact<{
  workPackageId: string | number;
}>;


export type PackageProgressCsvQuery = { workPackageProgressCsv: string };

export type PackageFieldsFragment = { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> };

export type WorkPackageDetailQueryVariables = Exact<{
  id: string | number;
  stepDays?: number | null | undefined;
}>;


export type WorkPackageDetailQuery = { workPackage: { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> }, sCurve: Array<{ at: string, plannedCount: number, actualCount: number }>, progress: { at: string, assetCount: number, installedCount: number, lateCount: number, byStatus: Array<{ status: AssetStatus, count: number, share: number }>, lateItems: Array<{ code: string, status: AssetStatus, daysLate: number }>, coverage: { liveCoveredFraction: number, designCoveredFraction: number } } };

export type PackageEditorDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PackageEditorDataQuery = { organisations: { nodes: Array<{ id: string, name: string }> }, zones: { nodes: Array<{ id: string, code: string, name: string }> } };

export type CreatePackageMutationVariables = Exact<{
  input: CreateWorkPackageInput;
}>;


export type CreatePackageMutation = { createWorkPackage: { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> } };

export type UpdatePackageMutationVariables = Exact<{
  input: UpdateWorkPackageInput;
}>;


export type UpdatePackageMutation = { updateWorkPackage: { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> } };

export type AddPackageAssetsMutationVariables = Exact<{
  input: WorkPackageAssetsInput;
}>;


export type AddPackageAssetsMutation = { addWorkPackageAssets: { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> } };

export type RemovePackageAssetsMutationVariables = Exact<{
  input: WorkPackageAssetsInput;
}>;


export type RemovePackageAssetsMutation = { removeWorkPackageAssets: { id: string, version: number, code: string, name: string, phase: string | null, organisationId: string, zoneId: string | null, plannedStartOn: string, dueOn: string, status: WorkPackageStatus, assetCount: number, assets: Array<{ assetType: NetworkElementKind, assetId: string, code: string, status: AssetStatus, version: number }> } };

export type ProgressScopeQueryVariables = Exact<{
  scope?: ProgressScopeInput | null | undefined;
}>;


export type ProgressScopeQuery = { installationProgress: { assetCount: number, installedCount: number, lateCount: number, byStatus: Array<{ status: AssetStatus, count: number }>, coverage: { liveCoveredFraction: number, designCoveredFraction: number } } };

export type LiveRecordChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveRecordChangesSubscription = { recordChanges: { entityType: string, entityId: string, action: ChangeAction, version: number | null, actorUserId: string | null, occurredAt: string, summary: Record<string, string | number | boolean | null> } };

export type LiveDataRevisionsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveDataRevisionsSubscription = { dataRevisions: { coverage: string | null, network: string | null, street: string | null, maintenance: string | null, installation: string | null, actorUserId: string | null, resync: boolean } };

export type MapBlackSpotFragment = { id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon, category: BlackSpotCategory, priority: number, requiredLevel: DoriLevel, notes: string | null, areaSquareMeters: number };

export type MapBlackSpotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapBlackSpotsQuery = { blackSpots: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon, category: BlackSpotCategory, priority: number, requiredLevel: DoriLevel, notes: string | null, areaSquareMeters: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapBuildingFragment = { id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null };

export type MapBuildingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapBuildingsQuery = { buildings: { totalCount: number, nodes: Array<{ id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapCameraModelFragment = { id: string, code: string, name: string, kind: CameraKind };

export type MapCameraFragment = { id: string, version: number, code: string, name: string | null, status: AssetStatus, location: import('geojson').Point, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, detectionRangeMeters: number, poleId: string | null, model: { id: string, code: string, name: string, kind: CameraKind } };

export type MapCamerasQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CameraFilter | null | undefined;
}>;


export type MapCamerasQuery = { cameraMap: { count: number, ids: string[], versions: number[], codes: string[], names: Array<string | null>, statuses: Array<import('../domain/vocabulary').AssetStatus>, longitudes: number[], latitudes: number[], headingDegrees: number[], tiltDegrees: number[], mountHeightMeters: number[], focalLengthMm: Array<number | null>, horizontalFieldOfViewDegrees: number[], detectionRangeMeters: number[], poleIds: Array<string | null>, modelIds: string[], endCursor: string | null, hasNextPage: boolean } };

export type MapCameraCountQueryVariables = Exact<{ [key: string]: never; }>;


export type MapCameraCountQuery = { cameras: { totalCount: number }, cameraModels: { nodes: Array<{ id: string, code: string, name: string, kind: CameraKind }> } };

export type MapCameraModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type MapCameraModelsQuery = { cameraModels: { nodes: Array<{ id: string, code: string, name: string, kind: CameraKind }> } };

export type MapFiberRunFragment = { id: string, version: number, code: string, path: import('geojson').LineString, strandCount: number, cableType: CableType, installMethod: InstallMethod, lengthMeters: number, status: AssetStatus, existing: boolean, fromKind: EndpointKind | null, fromId: string | null, toKind: EndpointKind | null, toId: string | null };

export type MapFiberRunsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapFiberRunsQuery = { fiberRuns: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, path: import('geojson').LineString, strandCount: number, cableType: CableType, installMethod: InstallMethod, lengthMeters: number, status: AssetStatus, existing: boolean, fromKind: EndpointKind | null, fromId: string | null, toKind: EndpointKind | null, toId: string | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapNetworkNodeFragment = { id: string, version: number, code: string, name: string, kind: NetworkNodeKind, location: import('geojson').Point, portCount: number | null, strandCapacity: number | null, existing: boolean, status: AssetStatus, powerDrawWatts: number | null, upsAutonomyMinutes: number | null };

export type MapNetworkNodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapNetworkNodesQuery = { networkNodes: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, name: string, kind: NetworkNodeKind, location: import('geojson').Point, portCount: number | null, strandCapacity: number | null, existing: boolean, status: AssetStatus, powerDrawWatts: number | null, upsAutonomyMinutes: number | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapPoleFragment = { id: string, version: number, code: string, kind: PoleKind, heightMeters: number, owner: string | null, status: AssetStatus, existing: boolean, location: import('geojson').Point, upsAutonomyMinutes: number | null };

export type MapPolesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapPolesQuery = { poles: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, kind: PoleKind, heightMeters: number, owner: string | null, status: AssetStatus, existing: boolean, location: import('geojson').Point, upsAutonomyMinutes: number | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapPowerFeedFragment = { id: string, version: number, code: string, path: import('geojson').LineString, fromPowerSourceId: string | null, toKind: EndpointKind | null, toId: string | null, capacityWatts: number, voltage: number, switched: boolean, status: AssetStatus, lengthMeters: number, existing: boolean, installMethod: InstallMethod };

export type MapPowerFeedsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapPowerFeedsQuery = { powerFeeds: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, path: import('geojson').LineString, fromPowerSourceId: string | null, toKind: EndpointKind | null, toId: string | null, capacityWatts: number, voltage: number, switched: boolean, status: AssetStatus, lengthMeters: number, existing: boolean, installMethod: InstallMethod }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapPowerSourceFragment = { id: string, version: number, code: string, name: string, kind: PowerSourceKind, location: import('geojson').Point, capacityWatts: number, voltage: number, existing: boolean, status: AssetStatus };

export type MapPowerSourcesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapPowerSourcesQuery = { powerSources: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, name: string, kind: PowerSourceKind, location: import('geojson').Point, capacityWatts: number, voltage: number, existing: boolean, status: AssetStatus }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type MapZoneFragment = { id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon };

export type MapZonesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MapZonesQuery = { zones: { totalCount: number, nodes: Array<{ id: string, version: number, code: string, name: string, boundary: import('geojson').Polygon }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PlacementRunFieldsFragment = { id: string, state: PlacementRunState, phase: string | null, progressFraction: number, proposalCount: number, budgetMad: number | null, maxCameras: number | null, night: boolean, error: string | null, result: { spentMad: number, stoppedReason: string, candidateMounts: number, mountsWithoutConnection: number, candidates: number, objectiveBefore: number, objectiveAfter: number, objectiveTotal: number, blackSpots: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, areaSquareMeters: number, coveredFractionBefore: number, coveredFractionAfter: number }>, proposals: Array<{ index: number, mountKind: string, poleId: string | null, poleCode: string | null, newPole: boolean, location: import('geojson').Point, modelId: string, modelCode: string, modelName: string, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, cameraCostMad: number, mountCostMad: number, connectionCostMad: number, totalCostMad: number, marginalObjective: number, coverage: import('geojson').Polygon | import('geojson').MultiPolygon | null, coverageLevel: string | null, accepted: boolean, cameraId: string | null, blackSpots: Array<{ blackSpotId: string, code: string, name: string, coveredSquareMeters: number, exclusiveSquareMeters: number }>, fiber: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null }, power: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null } }> } | null };

export type StartPlacementRunMutationVariables = Exact<{
  input: PlacementRunInput;
}>;


export type StartPlacementRunMutation = { startPlacementRun: { id: string, state: PlacementRunState, phase: string | null, progressFraction: number, proposalCount: number, budgetMad: number | null, maxCameras: number | null, night: boolean, error: string | null, result: { spentMad: number, stoppedReason: string, candidateMounts: number, mountsWithoutConnection: number, candidates: number, objectiveBefore: number, objectiveAfter: number, objectiveTotal: number, blackSpots: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, areaSquareMeters: number, coveredFractionBefore: number, coveredFractionAfter: number }>, proposals: Array<{ index: number, mountKind: string, poleId: string | null, poleCode: string | null, newPole: boolean, location: import('geojson').Point, modelId: string, modelCode: string, modelName: string, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, cameraCostMad: number, mountCostMad: number, connectionCostMad: number, totalCostMad: number, marginalObjective: number, coverage: import('geojson').Polygon | import('geojson').MultiPolygon | null, coverageLevel: string | null, accepted: boolean, cameraId: string | null, blackSpots: Array<{ blackSpotId: string, code: string, name: string, coveredSquareMeters: number, exclusiveSquareMeters: number }>, fiber: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null }, power: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null } }> } | null } };

export type PlacementRunQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementRunQuery = { placementRun: { id: string, state: PlacementRunState, phase: string | null, progressFraction: number, proposalCount: number, budgetMad: number | null, maxCameras: number | null, night: boolean, error: string | null, result: { spentMad: number, stoppedReason: string, candidateMounts: number, mountsWithoutConnection: number, candidates: number, objectiveBefore: number, objectiveAfter: number, objectiveTotal: number, blackSpots: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, areaSquareMeters: number, coveredFractionBefore: number, coveredFractionAfter: number }>, proposals: Array<{ index: number, mountKind: string, poleId: string | null, poleCode: string | null, newPole: boolean, location: import('geojson').Point, modelId: string, modelCode: string, modelName: string, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, cameraCostMad: number, mountCostMad: number, connectionCostMad: number, totalCostMad: number, marginalObjective: number, coverage: import('geojson').Polygon | import('geojson').MultiPolygon | null, coverageLevel: string | null, accepted: boolean, cameraId: string | null, blackSpots: Array<{ blackSpotId: string, code: string, name: string, coveredSquareMeters: number, exclusiveSquareMeters: number }>, fiber: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null }, power: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null } }> } | null } };

export type CancelPlacementRunMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelPlacementRunMutation = { cancelPlacementRun: { id: string, state: PlacementRunState, phase: string | null, progressFraction: number, proposalCount: number, budgetMad: number | null, maxCameras: number | null, night: boolean, error: string | null, result: { spentMad: number, stoppedReason: string, candidateMounts: number, mountsWithoutConnection: number, candidates: number, objectiveBefore: number, objectiveAfter: number, objectiveTotal: number, blackSpots: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, areaSquareMeters: number, coveredFractionBefore: number, coveredFractionAfter: number }>, proposals: Array<{ index: number, mountKind: string, poleId: string | null, poleCode: string | null, newPole: boolean, location: import('geojson').Point, modelId: string, modelCode: string, modelName: string, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, cameraCostMad: number, mountCostMad: number, connectionCostMad: number, totalCostMad: number, marginalObjective: number, coverage: import('geojson').Polygon | import('geojson').MultiPolygon | null, coverageLevel: string | null, accepted: boolean, cameraId: string | null, blackSpots: Array<{ blackSpotId: string, code: string, name: string, coveredSquareMeters: number, exclusiveSquareMeters: number }>, fiber: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null }, power: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null } }> } | null } };

export type AcceptPlacementProposalsMutationVariables = Exact<{
  input: AcceptPlacementInput;
}>;


export type AcceptPlacementProposalsMutation = { acceptPlacementProposals: { changeSetId: string | null, cameraIds: Array<string>, poleIds: Array<string>, run: { id: string, state: PlacementRunState, phase: string | null, progressFraction: number, proposalCount: number, budgetMad: number | null, maxCameras: number | null, night: boolean, error: string | null, result: { spentMad: number, stoppedReason: string, candidateMounts: number, mountsWithoutConnection: number, candidates: number, objectiveBefore: number, objectiveAfter: number, objectiveTotal: number, blackSpots: Array<{ blackSpotId: string, code: string, name: string, priority: number, requiredLevel: string, areaSquareMeters: number, coveredFractionBefore: number, coveredFractionAfter: number }>, proposals: Array<{ index: number, mountKind: string, poleId: string | null, poleCode: string | null, newPole: boolean, location: import('geojson').Point, modelId: string, modelCode: string, modelName: string, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, cameraCostMad: number, mountCostMad: number, connectionCostMad: number, totalCostMad: number, marginalObjective: number, coverage: import('geojson').Polygon | import('geojson').MultiPolygon | null, coverageLevel: string | null, accepted: boolean, cameraId: string | null, blackSpots: Array<{ blackSpotId: string, code: string, name: string, coveredSquareMeters: number, exclusiveSquareMeters: number }>, fiber: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null }, power: { alreadyConnected: boolean, path: import('geojson').LineString | null, lengthMeters: number, ductMeters: number, costMad: number, targetCode: string | null } }> } | null } } };

export type AssetAuditLogQueryVariables = Exact<{
  type: string;
  id: string | number;
  first?: number | null | undefined;
}>;


export type AssetAuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, at: string, action: AuditAction, actorEmail: string | null, actorRole: string | null, changedFields: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type CameraPtzPresetsQueryVariables = Exact<{
  id: string | number;
}>;


export type CameraPtzPresetsQuery = { camera: { ptzPresets: Array<{ name: string, headingDegrees: number, tiltDegrees: number, zoomFactor: number }> } };

export type PtzPresetCoverageQueryVariables = Exact<{
  id: string | number;
}>;


export type PtzPresetCoverageQuery = { ptzPresetCoverage: Array<{ presetName: string, coverage: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }> }> };

export type PtzReachableCoverageQueryVariables = Exact<{
  id: string | number;
  zoom: number;
}>;


export type PtzReachableCoverageQuery = { ptzReachableCoverage: Array<{ cameraId: string, level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number, nearMeters: number | null, farMeters: number | null, unavailableReason: string | null }> };

export type DesignReportQueryVariables = Exact<{
  scope: ReportScopeInput;
}>;


export type DesignReportQuery = { designReport: { deploymentName: string, generatedAt: string, scopeKind: ReportScopeKind, scopeId: string | null, scopeCode: string | null, scopeName: string, scopeArea: import('geojson').Polygon | import('geojson').MultiPolygon | null, budgetBeforeTaxMad: number, budgetUsedFraction: number, vatRate: number, blackSpots: Array<{ blackSpot: { id: string, code: string, name: string, priority: number, requiredLevel: DoriLevel, category: BlackSpotCategory, boundary: import('geojson').Polygon }, coverage: { requiredLevel: DoriLevel, areaSquareMeters: number, coveredAreaSquareMeters: number, coveredFraction: number, uncovered: import('geojson').Polygon | import('geojson').MultiPolygon, contributingCameraIds: Array<string> } }>, cameras: Array<{ id: string, code: string, name: string | null, location: import('geojson').Point, status: AssetStatus, existing: boolean, headingDegrees: number, tiltDegrees: number, mountHeightMeters: number, focalLengthMm: number | null, horizontalFieldOfViewDegrees: number, pole: { id: string, code: string, kind: PoleKind } | null, model: { id: string, code: string, name: string, kind: CameraKind, manufacturer: string, irRangeMeters: number | null, whiteLightRangeMeters: number | null }, coverage: Array<{ level: DoriLevel, area: import('geojson').Polygon | import('geojson').MultiPolygon, areaSquareMeters: number }> }>, networkPaths: Array<{ cameraId: string, cameraCode: string, connected: boolean, lengthMeters: number | null, linkLengthMeters: number | null, opticalLossDb: number | null, attenuationLossDb: number | null, splices: number | null, spliceLossDb: number | null, connectorLossDb: number | null, budgetDb: number | null, marginDb: number | null, withinBudget: boolean | null, powered: boolean, poweredByDay: boolean, upsAutonomyMinutes: number, elements: Array<{ kind: NetworkElementKind, code: string | null }>, linkTerminatesAt: { kind: NetworkElementKind, code: string | null } | null, powerSource: { code: string | null } | null, darkByDay: { from: string, to: string } | null }>, coverageByLevel: Array<{ level: DoriLevel, blackSpotCount: number, areaSquareMeters: number, coveredAreaSquareMeters: number, uncoveredAreaSquareMeters: number, coveredFraction: number, priorityWeightedCoveredFraction: number, fullyCoveredCount: number }>, bill: { supplyBeforeTaxMad: number, installationBeforeTaxMad: number, totalBeforeTaxMad: number, vatMad: number, totalWithTaxMad: number, lines: Array<{ part: string, category: string, item: string, unit: string, quantity: number, unitCostMad: number, totalMad: number }>, existing: Array<{ category: string, item: string, unit: string, quantity: number }> }, doriLadder: Array<{ level: DoriLevel, pixelsPerMeter: number, targetHeightMeters: number }>, unitCosts: Array<{ parameter: string, item: string | null, valueMad: number }> } };

export type ReportBuildingsQueryVariables = Exact<{
  bbox?: Array<number> | number | null | undefined;
}>;


export type ReportBuildingsQuery = { buildings: { nodes: Array<{ id: string, version: number, footprint: import('geojson').Polygon | import('geojson').MultiPolygon, heightMeters: number | null, sourceId: string | null }> } };

export type ReportNightQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportNightQuery = { nightCoverage: { night: { from: string, to: string, minutes: number }, camerasDarkAtNight: Array<{ darkMinutes: number, from: string, to: string, causes: Array<NightDarkCause>, camera: { id: string, code: string | null } }>, camerasWithoutNightLight: Array<{ id: string, code: string | null }>, blackSpots: Array<{ areaSquareMeters: number, dayCoveredSquareMeters: number, nightCoveredSquareMeters: number, dayCoveredFraction: number, nightCoveredFraction: number, blackSpot: { id: string } }> } };

export type ReportBandwidthQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportBandwidthQuery = { bandwidthReport: { linkCount: number, overSubscribedCount: number, recordingProfile: { code: string, name: string } | null, settings: { retentionDays: number, recordingMode: RecordingMode, eventRecordingShare: number, raidOverheadPercent: number, framesPerSecond: number }, now: { cameraCount: number, meanRecordedMbps: number, netTerabytes: number, rawTerabytes: number }, planned: { cameraCount: number, meanRecordedMbps: number, netTerabytes: number, rawTerabytes: number }, byModel: Array<{ modelCode: string, codec: VideoCodec, cameraCount: number, dayMbps: number, nightMbps: number, totalMeanMbps: number }>, links: Array<{ kind: LinkKind, cameraCount: number, loadMbps: number, capacityMbps: number, utilization: number, overSubscribed: boolean, element: { id: string, code: string | null }, terminatesAt: { code: string | null } | null }>, ingest: Array<{ kind: LinkKind, cameraCount: number, loadMbps: number, capacityMbps: number, utilization: number, overSubscribed: boolean, element: { id: string, code: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CameraCoverageFieldsFragmentDoc = new TypedDocumentString(`
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}
    `, {"fragmentName":"CameraCoverageFields"}) as unknown as TypedDocumentString<CameraCoverageFieldsFragment, unknown>;
export const BlackSpotCoverageFieldsFragmentDoc = new TypedDocumentString(`
    fragment BlackSpotCoverageFields on BlackSpotCoverage {
  blackSpotId
  requiredLevel
  areaSquareMeters
  coveredAreaSquareMeters
  coveredFraction
  uncovered
  contributingCameraIds
  contributingCameras {
    id
    code
  }
}
    `, {"fragmentName":"BlackSpotCoverageFields"}) as unknown as TypedDocumentString<BlackSpotCoverageFieldsFragment, unknown>;
export const LevelSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LevelSummaryFields on LevelCoverageSummary {
  level
  blackSpotCount
  areaSquareMeters
  coveredAreaSquareMeters
  uncoveredAreaSquareMeters
  coveredFraction
  priorityWeightedCoveredFraction
}
    `, {"fragmentName":"LevelSummaryFields"}) as unknown as TypedDocumentString<LevelSummaryFieldsFragment, unknown>;
export const BillSectionFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillSectionFields on BillSectionEntry {
  zoneId
  zoneCode
  zoneName
  lines {
    part
    category
    item
    unit
    quantity
    unitCostMad
    totalMad
  }
  existing {
    category
    item
    unit
    quantity
  }
  supplyBeforeTaxMad
  installationBeforeTaxMad
  totalBeforeTaxMad
  vatMad
  totalWithTaxMad
}
    `, {"fragmentName":"BillSectionFields"}) as unknown as TypedDocumentString<BillSectionFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    email
    name
    role
    organisation {
      id
      name
      kind
    }
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const CatalogueModelFragmentDoc = new TypedDocumentString(`
    fragment CatalogueModel on CameraModel {
  id
  version
  code
  name
  manufacturer
  kind
  sensorWidthMm
  focalLengthMinMm
  focalLengthMaxMm
  fixedHorizontalFieldOfViewDegrees
  horizontalPixels
  verticalPixels
  opticalZoom
  panRangeDegrees
  irRangeMeters
  whiteLightRangeMeters
  codec
  powerDrawWatts
  typicalBitrateMbps
  unitPriceMad
}
    `, {"fragmentName":"CatalogueModel"}) as unknown as TypedDocumentString<CatalogueModelFragment, unknown>;
export const MapCameraModelFragmentDoc = new TypedDocumentString(`
    fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}
    `, {"fragmentName":"MapCameraModel"}) as unknown as TypedDocumentString<MapCameraModelFragment, unknown>;
export const MapCameraFragmentDoc = new TypedDocumentString(`
    fragment MapCamera on Camera {
  id
  version
  code
  name
  status
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  focalLengthMm
  horizontalFieldOfViewDegrees
  detectionRangeMeters
  poleId
  model {
    ...MapCameraModel
  }
}
    fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}`, {"fragmentName":"MapCamera"}) as unknown as TypedDocumentString<MapCameraFragment, unknown>;
export const EditedCameraFragmentDoc = new TypedDocumentString(`
    fragment EditedCamera on Camera {
  ...MapCamera
  existing
  sceneActivity
  codec
}
    fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}
fragment MapCamera on Camera {
  id
  version
  code
  name
  status
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  focalLengthMm
  horizontalFieldOfViewDegrees
  detectionRangeMeters
  poleId
  model {
    ...MapCameraModel
  }
}`, {"fragmentName":"EditedCamera"}) as unknown as TypedDocumentString<EditedCameraFragment, unknown>;
export const EvidencePhotoFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidencePhotoFields on EvidencePhoto {
  id
  displayName
  contentType
  sizeBytes
  widthPixels
  heightPixels
  takenAt
  takenAtLocal
  takenAtOffset
  position
  distanceFromAssetMeters
  farFromAsset
  uploadedAt
  thumbnailUrl
  originalUrl
}
    `, {"fragmentName":"EvidencePhotoFields"}) as unknown as TypedDocumentString<EvidencePhotoFieldsFragment, unknown>;
export const CameraAsBuiltFieldsFragmentDoc = new TypedDocumentString(`
    fragment CameraAsBuiltFields on CameraAsBuilt {
  id
  version
  current
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  modelId
  serialNumber
  comment
  measuredAt
  acceptanceState
  deviations {
    kind
    message
  }
  reviewComment
  reviewedAt
}
    `, {"fragmentName":"CameraAsBuiltFields"}) as unknown as TypedDocumentString<CameraAsBuiltFieldsFragment, unknown>;
export const ImportJobProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobProgressFields on ImportJobType {
  id
  status
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}
    `, {"fragmentName":"ImportJobProgressFields"}) as unknown as TypedDocumentString<ImportJobProgressFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportJobFields on ImportJobType {
  id
  fileName
  format
  source
  targetType
  status
  idField
  sourceFields
  mapping {
    field
    source
    constant
  }
  targetFields {
    name
    kind
    required
    values
    defaultValue
  }
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  problemCounts {
    code
    count
  }
  problems {
    row
    layer
    sourceId
    severity
    code
    field
    message
  }
  previewGeoJson
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}
    `, {"fragmentName":"ImportJobFields"}) as unknown as TypedDocumentString<ImportJobFieldsFragment, unknown>;
export const FaultRowFragmentDoc = new TypedDocumentString(`
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}
    `, {"fragmentName":"FaultRow"}) as unknown as TypedDocumentString<FaultRowFragment, unknown>;
export const FaultTicketFragmentDoc = new TypedDocumentString(`
    fragment FaultTicket on Fault {
  ...FaultRow
  description
  channel
  reporterName
  suggestedPriority
  impactScore
  darkens
  resolution
  newSerial
  darkCameras {
    id
    code
    status
  }
  blackSpotLosses {
    blackSpotId
    code
    name
    priority
    requiredLevel
    coveredBeforePercent
    coveredAfterPercent
  }
  sla {
    responseHoursAllowed
    repairHoursAllowed
    responseHoursUsed
    repairHoursUsed
    responseOverdue
    repairOverdue
    timeInState {
      state
      hours
    }
  }
  history {
    id
    at
    kind
    fromState
    toState
    actorEmail
    comment
  }
}
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}`, {"fragmentName":"FaultTicket"}) as unknown as TypedDocumentString<FaultTicketFragment, unknown>;
export const PackageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}
    `, {"fragmentName":"PackageFields"}) as unknown as TypedDocumentString<PackageFieldsFragment, unknown>;
export const MapBlackSpotFragmentDoc = new TypedDocumentString(`
    fragment MapBlackSpot on BlackSpot {
  id
  version
  code
  name
  boundary
  category
  priority
  requiredLevel
  notes
  areaSquareMeters
}
    `, {"fragmentName":"MapBlackSpot"}) as unknown as TypedDocumentString<MapBlackSpotFragment, unknown>;
export const MapBuildingFragmentDoc = new TypedDocumentString(`
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}
    `, {"fragmentName":"MapBuilding"}) as unknown as TypedDocumentString<MapBuildingFragment, unknown>;
export const MapFiberRunFragmentDoc = new TypedDocumentString(`
    fragment MapFiberRun on FiberRun {
  id
  version
  code
  path
  strandCount
  cableType
  installMethod
  lengthMeters
  status
  existing
  fromKind
  fromId
  toKind
  toId
}
    `, {"fragmentName":"MapFiberRun"}) as unknown as TypedDocumentString<MapFiberRunFragment, unknown>;
export const MapNetworkNodeFragmentDoc = new TypedDocumentString(`
    fragment MapNetworkNode on NetworkNode {
  id
  version
  code
  name
  kind
  location
  portCount
  strandCapacity
  existing
  status
  powerDrawWatts
  upsAutonomyMinutes
}
    `, {"fragmentName":"MapNetworkNode"}) as unknown as TypedDocumentString<MapNetworkNodeFragment, unknown>;
export const MapPoleFragmentDoc = new TypedDocumentString(`
    fragment MapPole on Pole {
  id
  version
  code
  kind
  heightMeters
  owner
  status
  existing
  location
  upsAutonomyMinutes
}
    `, {"fragmentName":"MapPole"}) as unknown as TypedDocumentString<MapPoleFragment, unknown>;
export const MapPowerFeedFragmentDoc = new TypedDocumentString(`
    fragment MapPowerFeed on PowerFeed {
  id
  version
  code
  path
  fromPowerSourceId
  toKind
  toId
  capacityWatts
  voltage
  switched
  status
  lengthMeters
  existing
  installMethod
}
    `, {"fragmentName":"MapPowerFeed"}) as unknown as TypedDocumentString<MapPowerFeedFragment, unknown>;
export const MapPowerSourceFragmentDoc = new TypedDocumentString(`
    fragment MapPowerSource on PowerSource {
  id
  version
  code
  name
  kind
  location
  capacityWatts
  voltage
  existing
  status
}
    `, {"fragmentName":"MapPowerSource"}) as unknown as TypedDocumentString<MapPowerSourceFragment, unknown>;
export const MapZoneFragmentDoc = new TypedDocumentString(`
    fragment MapZone on Zone {
  id
  version
  code
  name
  boundary
}
    `, {"fragmentName":"MapZone"}) as unknown as TypedDocumentString<MapZoneFragment, unknown>;
export const PlacementRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlacementRunFields on PlacementRun {
  id
  state
  phase
  progressFraction
  proposalCount
  budgetMad
  maxCameras
  night
  error
  result {
    spentMad
    stoppedReason
    candidateMounts
    mountsWithoutConnection
    candidates
    objectiveBefore
    objectiveAfter
    objectiveTotal
    blackSpots {
      blackSpotId
      code
      name
      priority
      requiredLevel
      areaSquareMeters
      coveredFractionBefore
      coveredFractionAfter
    }
    proposals {
      index
      mountKind
      poleId
      poleCode
      newPole
      location
      modelId
      modelCode
      modelName
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      cameraCostMad
      mountCostMad
      connectionCostMad
      totalCostMad
      marginalObjective
      coverage
      coverageLevel
      accepted
      cameraId
      blackSpots {
        blackSpotId
        code
        name
        coveredSquareMeters
        exclusiveSquareMeters
      }
      fiber {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
      power {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
    }
  }
}
    `, {"fragmentName":"PlacementRunFields"}) as unknown as TypedDocumentString<PlacementRunFieldsFragment, unknown>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($filter: AuditFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      at
      action
      actorEmail
      actorRole
      actorUserId
      entityType
      entityId
      changedFields
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditUsersDocument = new TypedDocumentString(`
    query AuditUsers {
  users(first: 1000) {
    nodes {
      id
      name
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AuditUsersQuery, AuditUsersQueryVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations {
  organisations(first: 500) {
    nodes {
      id
      version
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($organisationId: ID) {
  users(filter: {organisationId: $organisationId}, first: 1000) {
    nodes {
      id
      version
      email
      name
      role
      disabled
      organisation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateOrganisationDocument = new TypedDocumentString(`
    mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    version
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<AdminCreateOrganisationMutation, AdminCreateOrganisationMutationVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    version
    email
    name
    role
    disabled
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = new TypedDocumentString(`
    mutation AdminUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    version
    email
    name
    role
    disabled
    organisation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const CoveragePreviewDocument = new TypedDocumentString(`
    query CoveragePreview($input: CoveragePreviewInput!) {
  coveragePreview(input: $input) {
    ...CameraCoverageFields
  }
}
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}`) as unknown as TypedDocumentString<CoveragePreviewQuery, CoveragePreviewQueryVariables>;
export const CameraCoverageDocument = new TypedDocumentString(`
    query CameraCoverage($id: ID!) {
  camera(id: $id) {
    coverage {
      ...CameraCoverageFields
    }
  }
}
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}`) as unknown as TypedDocumentString<CameraCoverageQuery, CameraCoverageQueryVariables>;
export const BlackSpotCoveragesDocument = new TypedDocumentString(`
    query BlackSpotCoverages($cameras: CameraSelection) {
  blackSpotCoverages(cameras: $cameras) {
    ...BlackSpotCoverageFields
  }
}
    fragment BlackSpotCoverageFields on BlackSpotCoverage {
  blackSpotId
  requiredLevel
  areaSquareMeters
  coveredAreaSquareMeters
  coveredFraction
  uncovered
  contributingCameraIds
  contributingCameras {
    id
    code
  }
}`) as unknown as TypedDocumentString<BlackSpotCoveragesQuery, BlackSpotCoveragesQueryVariables>;
export const BlackSpotCoverageDocument = new TypedDocumentString(`
    query BlackSpotCoverage($id: ID!, $cameras: CameraSelection) {
  blackSpot(id: $id) {
    coverage(cameras: $cameras) {
      ...BlackSpotCoverageFields
    }
  }
}
    fragment BlackSpotCoverageFields on BlackSpotCoverage {
  blackSpotId
  requiredLevel
  areaSquareMeters
  coveredAreaSquareMeters
  coveredFraction
  uncovered
  contributingCameraIds
  contributingCameras {
    id
    code
  }
}`) as unknown as TypedDocumentString<BlackSpotCoverageQuery, BlackSpotCoverageQueryVariables>;
export const CoverageSummaryDocument = new TypedDocumentString(`
    query CoverageSummary($cameras: CameraSelection) {
  coverageSummary(cameras: $cameras) {
    city {
      zoneId
      zoneName
      levels {
        ...LevelSummaryFields
      }
    }
    zones {
      zoneId
      zoneName
      levels {
        ...LevelSummaryFields
      }
    }
  }
}
    fragment LevelSummaryFields on LevelCoverageSummary {
  level
  blackSpotCount
  areaSquareMeters
  coveredAreaSquareMeters
  uncoveredAreaSquareMeters
  coveredFraction
  priorityWeightedCoveredFraction
}`) as unknown as TypedDocumentString<CoverageSummaryQuery, CoverageSummaryQueryVariables>;
export const CoverageFreshnessDocument = new TypedDocumentString(`
    query CoverageFreshness {
  coverageFreshness {
    checkedCameraCount
    currentCount
    stale {
      cameraId
      cameraCode
      reasons
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageFreshnessQuery, CoverageFreshnessQueryVariables>;
export const RecomputeCoverageDocument = new TypedDocumentString(`
    mutation RecomputeCoverage($cameraIds: [ID!]) {
  recomputeCoverage(cameraIds: $cameraIds)
}
    `) as unknown as TypedDocumentString<RecomputeCoverageMutation, RecomputeCoverageMutationVariables>;
export const CameraNetworkPathDocument = new TypedDocumentString(`
    query CameraNetworkPath($id: ID!, $cameras: CameraSelection) {
  cameraNetworkPath(cameraId: $id, cameras: $cameras) {
    connected
    lengthMeters
    fiberRuns {
      id
    }
    networkNodes {
      id
    }
    elements {
      kind
      id
    }
    linkTerminatesAt {
      code
    }
    linkLengthMeters
    opticalLossDb
    budgetDb
    marginDb
    withinBudget
    attenuationLossDb
    splices
    spliceLossDb
    connectorLossDb
    powered
    poweredByDay
    powerSource {
      code
    }
    powerFeeds {
      code
    }
    upsAutonomyMinutes
  }
}
    `) as unknown as TypedDocumentString<CameraNetworkPathQuery, CameraNetworkPathQueryVariables>;
export const OutageImpactDocument = new TypedDocumentString(`
    query OutageImpact($failed: FailedElementsInput!, $cameras: CameraSelection) {
  outageImpact(failed: $failed, cameras: $cameras) {
    darkCameraIds
    totalLostSquareMeters
    blackSpots {
      blackSpot {
        id
      }
      areaSquareMeters
      coveredBeforeSquareMeters
      coveredAfterSquareMeters
      lostSquareMeters
    }
  }
}
    `) as unknown as TypedDocumentString<OutageImpactQuery, OutageImpactQueryVariables>;
export const BillOfQuantitiesDocument = new TypedDocumentString(`
    query BillOfQuantities($statuses: [AssetStatus!]) {
  billOfQuantities(statuses: $statuses) {
    zones {
      ...BillSectionFields
    }
    overall {
      ...BillSectionFields
    }
    vatRate
    budgetBeforeTaxMad
    remainingBeforeTaxMad
    withinBudget
    usedFraction
    missingUnitCosts
  }
}
    fragment BillSectionFields on BillSectionEntry {
  zoneId
  zoneCode
  zoneName
  lines {
    part
    category
    item
    unit
    quantity
    unitCostMad
    totalMad
  }
  existing {
    category
    item
    unit
    quantity
  }
  supplyBeforeTaxMad
  installationBeforeTaxMad
  totalBeforeTaxMad
  vatMad
  totalWithTaxMad
}`) as unknown as TypedDocumentString<BillOfQuantitiesQuery, BillOfQuantitiesQueryVariables>;
export const BlackSpotSinglePointsOfFailureDocument = new TypedDocumentString(`
    query BlackSpotSinglePointsOfFailure($id: ID!, $cameras: CameraSelection) {
  blackSpotSinglePointsOfFailure(blackSpotId: $id, cameras: $cameras, limit: 20) {
    element {
      kind
      id
      code
    }
    camerasLost {
      id
      code
    }
    coveredFractionBefore
    coveredFractionAfter
    lostSquareMeters
  }
}
    `) as unknown as TypedDocumentString<BlackSpotSinglePointsOfFailureQuery, BlackSpotSinglePointsOfFailureQueryVariables>;
export const BandwidthReportDocument = new TypedDocumentString(`
    query BandwidthReport($cameras: CameraSelection) {
  bandwidthReport(cameras: $cameras, limit: 20) {
    recordingProfile {
      id
      version
      code
      name
    }
    settings {
      retentionDays
      recordingMode
      eventRecordingShare
      raidOverheadPercent
      framesPerSecond
      uplinkCapacityMbps
      cameraLinkCapacityMbps
      controlCentreIngestCapacityMbps
    }
    now {
      cameraCount
      meanRecordedMbps
      netTerabytes
      rawTerabytes
    }
    planned {
      cameraCount
      meanRecordedMbps
      netTerabytes
      rawTerabytes
    }
    byModel {
      modelCode
      codec
      cameraCount
      dayMbps
      nightMbps
      totalMeanMbps
    }
    linkCount
    overSubscribedCount
    links {
      kind
      element {
        kind
        id
        code
      }
      terminatesAt {
        code
      }
      cameraCount
      loadMbps
      capacityMbps
      utilization
      overSubscribed
    }
    ingest {
      kind
      element {
        kind
        id
        code
      }
      terminatesAt {
        code
      }
      cameraCount
      loadMbps
      capacityMbps
      utilization
      overSubscribed
    }
  }
}
    `) as unknown as TypedDocumentString<BandwidthReportQuery, BandwidthReportQueryVariables>;
export const UpdateRecordingProfileSettingsDocument = new TypedDocumentString(`
    mutation UpdateRecordingProfileSettings($input: UpdateRecordingProfileInput!) {
  updateRecordingProfile(input: $input) {
    id
    version
    retentionDays
    recordingMode
    raidOverheadPercent
  }
}
    `) as unknown as TypedDocumentString<UpdateRecordingProfileSettingsMutation, UpdateRecordingProfileSettingsMutationVariables>;
export const DesignChecksDocument = new TypedDocumentString(`
    query DesignChecks($cameras: CameraSelection) {
  designChecks(cameras: $cameras) {
    cameraCount
    flaggedCameraCount
    checks {
      kind
      count
      findings {
        camera {
          id
          code
        }
        elements {
          kind
          id
          code
        }
        reason
        darkByDay {
          from
          to
        }
      }
    }
    flaggedCameras {
      id
      code
      location
      kinds
    }
  }
}
    `) as unknown as TypedDocumentString<DesignChecksQuery, DesignChecksQueryVariables>;
export const NightCoverageDocument = new TypedDocumentString(`
    query NightCoverage($cameras: CameraSelection) {
  nightCoverage(cameras: $cameras) {
    night {
      from
      to
      minutes
    }
    cameraCount
    areaSquareMeters
    dayCoveredSquareMeters
    nightCoveredSquareMeters
    camerasDarkAtNight {
      camera {
        id
        code
      }
      darkMinutes
      from
      to
      causes
    }
    camerasWithoutNightLight {
      id
      code
    }
    blackSpots {
      blackSpot {
        id
        code
        name
        priority
        requiredLevel
      }
      areaSquareMeters
      dayCoveredFraction
      nightCoveredFraction
    }
  }
}
    `) as unknown as TypedDocumentString<NightCoverageQuery, NightCoverageQueryVariables>;
export const AppConfigDocument = new TypedDocumentString(`
    query AppConfig {
  appConfig {
    deploymentName
    tileUrlTemplate
    tileAttribution
    initialCenter
    initialZoom
  }
}
    `) as unknown as TypedDocumentString<AppConfigQuery, AppConfigQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    email
    name
    role
    organisation {
      id
      name
      kind
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  accessTokenExpiresAt
  user {
    id
    email
    name
    role
    organisation {
      id
      name
      kind
    }
  }
}`) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ModelCatalogueDocument = new TypedDocumentString(`
    query ModelCatalogue {
  cameraModels(first: 1000) {
    nodes {
      ...CatalogueModel
    }
  }
}
    fragment CatalogueModel on CameraModel {
  id
  version
  code
  name
  manufacturer
  kind
  sensorWidthMm
  focalLengthMinMm
  focalLengthMaxMm
  fixedHorizontalFieldOfViewDegrees
  horizontalPixels
  verticalPixels
  opticalZoom
  panRangeDegrees
  irRangeMeters
  whiteLightRangeMeters
  codec
  powerDrawWatts
  typicalBitrateMbps
  unitPriceMad
}`) as unknown as TypedDocumentString<ModelCatalogueQuery, ModelCatalogueQueryVariables>;
export const CreateCatalogueModelDocument = new TypedDocumentString(`
    mutation CreateCatalogueModel($input: CreateCameraModelInput!) {
  createCameraModel(input: $input) {
    ...CatalogueModel
  }
}
    fragment CatalogueModel on CameraModel {
  id
  version
  code
  name
  manufacturer
  kind
  sensorWidthMm
  focalLengthMinMm
  focalLengthMaxMm
  fixedHorizontalFieldOfViewDegrees
  horizontalPixels
  verticalPixels
  opticalZoom
  panRangeDegrees
  irRangeMeters
  whiteLightRangeMeters
  codec
  powerDrawWatts
  typicalBitrateMbps
  unitPriceMad
}`) as unknown as TypedDocumentString<CreateCatalogueModelMutation, CreateCatalogueModelMutationVariables>;
export const UpdateCatalogueModelDocument = new TypedDocumentString(`
    mutation UpdateCatalogueModel($input: UpdateCameraModelInput!) {
  updateCameraModel(input: $input) {
    ...CatalogueModel
  }
}
    fragment CatalogueModel on CameraModel {
  id
  version
  code
  name
  manufacturer
  kind
  sensorWidthMm
  focalLengthMinMm
  focalLengthMaxMm
  fixedHorizontalFieldOfViewDegrees
  horizontalPixels
  verticalPixels
  opticalZoom
  panRangeDegrees
  irRangeMeters
  whiteLightRangeMeters
  codec
  powerDrawWatts
  typicalBitrateMbps
  unitPriceMad
}`) as unknown as TypedDocumentString<UpdateCatalogueModelMutation, UpdateCatalogueModelMutationVariables>;
export const CreateCameraDocument = new TypedDocumentString(`
    mutation CreateCamera($input: CreateCameraInput!) {
  createCamera(input: $input) {
    ...EditedCamera
  }
}
    fragment EditedCamera on Camera {
  ...MapCamera
  existing
  sceneActivity
  codec
}
fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}
fragment MapCamera on Camera {
  id
  version
  code
  name
  status
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  focalLengthMm
  horizontalFieldOfViewDegrees
  detectionRangeMeters
  poleId
  model {
    ...MapCameraModel
  }
}`) as unknown as TypedDocumentString<CreateCameraMutation, CreateCameraMutationVariables>;
export const UpdateCameraDocument = new TypedDocumentString(`
    mutation UpdateCamera($input: UpdateCameraInput!) {
  updateCamera(input: $input) {
    ...EditedCamera
  }
}
    fragment EditedCamera on Camera {
  ...MapCamera
  existing
  sceneActivity
  codec
}
fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}
fragment MapCamera on Camera {
  id
  version
  code
  name
  status
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  focalLengthMm
  horizontalFieldOfViewDegrees
  detectionRangeMeters
  poleId
  model {
    ...MapCameraModel
  }
}`) as unknown as TypedDocumentString<UpdateCameraMutation, UpdateCameraMutationVariables>;
export const DeleteCameraDocument = new TypedDocumentString(`
    mutation DeleteCamera($id: ID!, $version: Int!) {
  deleteCamera(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteCameraMutation, DeleteCameraMutationVariables>;
export const GetCameraDocument = new TypedDocumentString(`
    query GetCamera($id: ID!) {
  camera(id: $id) {
    ...EditedCamera
  }
}
    fragment EditedCamera on Camera {
  ...MapCamera
  existing
  sceneActivity
  codec
}
fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}
fragment MapCamera on Camera {
  id
  version
  code
  name
  status
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  focalLengthMm
  horizontalFieldOfViewDegrees
  detectionRangeMeters
  poleId
  model {
    ...MapCameraModel
  }
}`) as unknown as TypedDocumentString<GetCameraQuery, GetCameraQueryVariables>;
export const CreateBlackSpotDocument = new TypedDocumentString(`
    mutation CreateBlackSpot($input: CreateBlackSpotInput!) {
  createBlackSpot(input: $input) {
    ...MapBlackSpot
  }
}
    fragment MapBlackSpot on BlackSpot {
  id
  version
  code
  name
  boundary
  category
  priority
  requiredLevel
  notes
  areaSquareMeters
}`) as unknown as TypedDocumentString<CreateBlackSpotMutation, CreateBlackSpotMutationVariables>;
export const UpdateBlackSpotDocument = new TypedDocumentString(`
    mutation UpdateBlackSpot($input: UpdateBlackSpotInput!) {
  updateBlackSpot(input: $input) {
    ...MapBlackSpot
  }
}
    fragment MapBlackSpot on BlackSpot {
  id
  version
  code
  name
  boundary
  category
  priority
  requiredLevel
  notes
  areaSquareMeters
}`) as unknown as TypedDocumentString<UpdateBlackSpotMutation, UpdateBlackSpotMutationVariables>;
export const DeleteBlackSpotDocument = new TypedDocumentString(`
    mutation DeleteBlackSpot($id: ID!, $version: Int!) {
  deleteBlackSpot(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteBlackSpotMutation, DeleteBlackSpotMutationVariables>;
export const GetBlackSpotDocument = new TypedDocumentString(`
    query GetBlackSpot($id: ID!) {
  blackSpot(id: $id) {
    ...MapBlackSpot
  }
}
    fragment MapBlackSpot on BlackSpot {
  id
  version
  code
  name
  boundary
  category
  priority
  requiredLevel
  notes
  areaSquareMeters
}`) as unknown as TypedDocumentString<GetBlackSpotQuery, GetBlackSpotQueryVariables>;
export const CreateBuildingDocument = new TypedDocumentString(`
    mutation CreateBuilding($input: CreateBuildingInput!) {
  createBuilding(input: $input) {
    ...MapBuilding
  }
}
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}`) as unknown as TypedDocumentString<CreateBuildingMutation, CreateBuildingMutationVariables>;
export const UpdateBuildingDocument = new TypedDocumentString(`
    mutation UpdateBuilding($input: UpdateBuildingInput!) {
  updateBuilding(input: $input) {
    ...MapBuilding
  }
}
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}`) as unknown as TypedDocumentString<UpdateBuildingMutation, UpdateBuildingMutationVariables>;
export const DeleteBuildingDocument = new TypedDocumentString(`
    mutation DeleteBuilding($id: ID!, $version: Int!) {
  deleteBuilding(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteBuildingMutation, DeleteBuildingMutationVariables>;
export const GetBuildingDocument = new TypedDocumentString(`
    query GetBuilding($id: ID!) {
  building(id: $id) {
    ...MapBuilding
  }
}
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}`) as unknown as TypedDocumentString<GetBuildingQuery, GetBuildingQueryVariables>;
export const CreateFiberRunDocument = new TypedDocumentString(`
    mutation CreateFiberRun($input: CreateFiberRunInput!) {
  createFiberRun(input: $input) {
    ...MapFiberRun
  }
}
    fragment MapFiberRun on FiberRun {
  id
  version
  code
  path
  strandCount
  cableType
  installMethod
  lengthMeters
  status
  existing
  fromKind
  fromId
  toKind
  toId
}`) as unknown as TypedDocumentString<CreateFiberRunMutation, CreateFiberRunMutationVariables>;
export const UpdateFiberRunDocument = new TypedDocumentString(`
    mutation UpdateFiberRun($input: UpdateFiberRunInput!) {
  updateFiberRun(input: $input) {
    ...MapFiberRun
  }
}
    fragment MapFiberRun on FiberRun {
  id
  version
  code
  path
  strandCount
  cableType
  installMethod
  lengthMeters
  status
  existing
  fromKind
  fromId
  toKind
  toId
}`) as unknown as TypedDocumentString<UpdateFiberRunMutation, UpdateFiberRunMutationVariables>;
export const DeleteFiberRunDocument = new TypedDocumentString(`
    mutation DeleteFiberRun($id: ID!, $version: Int!) {
  deleteFiberRun(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteFiberRunMutation, DeleteFiberRunMutationVariables>;
export const GetFiberRunDocument = new TypedDocumentString(`
    query GetFiberRun($id: ID!) {
  fiberRun(id: $id) {
    ...MapFiberRun
  }
}
    fragment MapFiberRun on FiberRun {
  id
  version
  code
  path
  strandCount
  cableType
  installMethod
  lengthMeters
  status
  existing
  fromKind
  fromId
  toKind
  toId
}`) as unknown as TypedDocumentString<GetFiberRunQuery, GetFiberRunQueryVariables>;
export const CreatePowerFeedDocument = new TypedDocumentString(`
    mutation CreatePowerFeed($input: CreatePowerFeedInput!) {
  createPowerFeed(input: $input) {
    ...MapPowerFeed
  }
}
    fragment MapPowerFeed on PowerFeed {
  id
  version
  code
  path
  fromPowerSourceId
  toKind
  toId
  capacityWatts
  voltage
  switched
  status
  lengthMeters
  existing
  installMethod
}`) as unknown as TypedDocumentString<CreatePowerFeedMutation, CreatePowerFeedMutationVariables>;
export const UpdatePowerFeedDocument = new TypedDocumentString(`
    mutation UpdatePowerFeed($input: UpdatePowerFeedInput!) {
  updatePowerFeed(input: $input) {
    ...MapPowerFeed
  }
}
    fragment MapPowerFeed on PowerFeed {
  id
  version
  code
  path
  fromPowerSourceId
  toKind
  toId
  capacityWatts
  voltage
  switched
  status
  lengthMeters
  existing
  installMethod
}`) as unknown as TypedDocumentString<UpdatePowerFeedMutation, UpdatePowerFeedMutationVariables>;
export const DeletePowerFeedDocument = new TypedDocumentString(`
    mutation DeletePowerFeed($id: ID!, $version: Int!) {
  deletePowerFeed(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeletePowerFeedMutation, DeletePowerFeedMutationVariables>;
export const GetPowerFeedDocument = new TypedDocumentString(`
    query GetPowerFeed($id: ID!) {
  powerFeed(id: $id) {
    ...MapPowerFeed
  }
}
    fragment MapPowerFeed on PowerFeed {
  id
  version
  code
  path
  fromPowerSourceId
  toKind
  toId
  capacityWatts
  voltage
  switched
  status
  lengthMeters
  existing
  installMethod
}`) as unknown as TypedDocumentString<GetPowerFeedQuery, GetPowerFeedQueryVariables>;
export const CreatePoleDocument = new TypedDocumentString(`
    mutation CreatePole($input: CreatePoleInput!) {
  createPole(input: $input) {
    ...MapPole
  }
}
    fragment MapPole on Pole {
  id
  version
  code
  kind
  heightMeters
  owner
  status
  existing
  location
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<CreatePoleMutation, CreatePoleMutationVariables>;
export const UpdatePoleDocument = new TypedDocumentString(`
    mutation UpdatePole($input: UpdatePoleInput!) {
  updatePole(input: $input) {
    ...MapPole
  }
}
    fragment MapPole on Pole {
  id
  version
  code
  kind
  heightMeters
  owner
  status
  existing
  location
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<UpdatePoleMutation, UpdatePoleMutationVariables>;
export const DeletePoleDocument = new TypedDocumentString(`
    mutation DeletePole($id: ID!, $version: Int!) {
  deletePole(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeletePoleMutation, DeletePoleMutationVariables>;
export const GetPoleDocument = new TypedDocumentString(`
    query GetPole($id: ID!) {
  pole(id: $id) {
    ...MapPole
  }
}
    fragment MapPole on Pole {
  id
  version
  code
  kind
  heightMeters
  owner
  status
  existing
  location
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<GetPoleQuery, GetPoleQueryVariables>;
export const CreateNetworkNodeDocument = new TypedDocumentString(`
    mutation CreateNetworkNode($input: CreateNetworkNodeInput!) {
  createNetworkNode(input: $input) {
    ...MapNetworkNode
  }
}
    fragment MapNetworkNode on NetworkNode {
  id
  version
  code
  name
  kind
  location
  portCount
  strandCapacity
  existing
  status
  powerDrawWatts
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<CreateNetworkNodeMutation, CreateNetworkNodeMutationVariables>;
export const UpdateNetworkNodeDocument = new TypedDocumentString(`
    mutation UpdateNetworkNode($input: UpdateNetworkNodeInput!) {
  updateNetworkNode(input: $input) {
    ...MapNetworkNode
  }
}
    fragment MapNetworkNode on NetworkNode {
  id
  version
  code
  name
  kind
  location
  portCount
  strandCapacity
  existing
  status
  powerDrawWatts
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<UpdateNetworkNodeMutation, UpdateNetworkNodeMutationVariables>;
export const DeleteNetworkNodeDocument = new TypedDocumentString(`
    mutation DeleteNetworkNode($id: ID!, $version: Int!) {
  deleteNetworkNode(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteNetworkNodeMutation, DeleteNetworkNodeMutationVariables>;
export const GetNetworkNodeDocument = new TypedDocumentString(`
    query GetNetworkNode($id: ID!) {
  networkNode(id: $id) {
    ...MapNetworkNode
  }
}
    fragment MapNetworkNode on NetworkNode {
  id
  version
  code
  name
  kind
  location
  portCount
  strandCapacity
  existing
  status
  powerDrawWatts
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<GetNetworkNodeQuery, GetNetworkNodeQueryVariables>;
export const CreatePowerSourceDocument = new TypedDocumentString(`
    mutation CreatePowerSource($input: CreatePowerSourceInput!) {
  createPowerSource(input: $input) {
    ...MapPowerSource
  }
}
    fragment MapPowerSource on PowerSource {
  id
  version
  code
  name
  kind
  location
  capacityWatts
  voltage
  existing
  status
}`) as unknown as TypedDocumentString<CreatePowerSourceMutation, CreatePowerSourceMutationVariables>;
export const UpdatePowerSourceDocument = new TypedDocumentString(`
    mutation UpdatePowerSource($input: UpdatePowerSourceInput!) {
  updatePowerSource(input: $input) {
    ...MapPowerSource
  }
}
    fragment MapPowerSource on PowerSource {
  id
  version
  code
  name
  kind
  location
  capacityWatts
  voltage
  existing
  status
}`) as unknown as TypedDocumentString<UpdatePowerSourceMutation, UpdatePowerSourceMutationVariables>;
export const DeletePowerSourceDocument = new TypedDocumentString(`
    mutation DeletePowerSource($id: ID!, $version: Int!) {
  deletePowerSource(id: $id, version: $version) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeletePowerSourceMutation, DeletePowerSourceMutationVariables>;
export const GetPowerSourceDocument = new TypedDocumentString(`
    query GetPowerSource($id: ID!) {
  powerSource(id: $id) {
    ...MapPowerSource
  }
}
    fragment MapPowerSource on PowerSource {
  id
  version
  code
  name
  kind
  location
  capacityWatts
  voltage
  existing
  status
}`) as unknown as TypedDocumentString<GetPowerSourceQuery, GetPowerSourceQueryVariables>;
export const CameraExistingDocument = new TypedDocumentString(`
    query CameraExisting($id: ID!) {
  camera(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<CameraExistingQuery, CameraExistingQueryVariables>;
export const PoleExistingDocument = new TypedDocumentString(`
    query PoleExisting($id: ID!) {
  pole(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<PoleExistingQuery, PoleExistingQueryVariables>;
export const NetworkNodeExistingDocument = new TypedDocumentString(`
    query NetworkNodeExisting($id: ID!) {
  networkNode(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<NetworkNodeExistingQuery, NetworkNodeExistingQueryVariables>;
export const FiberRunExistingDocument = new TypedDocumentString(`
    query FiberRunExisting($id: ID!) {
  fiberRun(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<FiberRunExistingQuery, FiberRunExistingQueryVariables>;
export const PowerSourceExistingDocument = new TypedDocumentString(`
    query PowerSourceExisting($id: ID!) {
  powerSource(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<PowerSourceExistingQuery, PowerSourceExistingQueryVariables>;
export const PowerFeedExistingDocument = new TypedDocumentString(`
    query PowerFeedExisting($id: ID!) {
  powerFeed(id: $id) {
    id
    version
    existing
  }
}
    `) as unknown as TypedDocumentString<PowerFeedExistingQuery, PowerFeedExistingQueryVariables>;
export const CameraStreamSettingsDocument = new TypedDocumentString(`
    query CameraStreamSettings($id: ID!) {
  camera(id: $id) {
    id
    version
    sceneActivity
    codec
    model {
      id
      codec
    }
  }
}
    `) as unknown as TypedDocumentString<CameraStreamSettingsQuery, CameraStreamSettingsQueryVariables>;
export const CameraModelsDocument = new TypedDocumentString(`
    query CameraModels {
  cameraModels(first: 1000) {
    nodes {
      id
      code
      name
      kind
      focalLengthMinMm
      focalLengthMaxMm
    }
  }
}
    `) as unknown as TypedDocumentString<CameraModelsQuery, CameraModelsQueryVariables>;
export const EvidencePhotosDocument = new TypedDocumentString(`
    query EvidencePhotos($assetId: ID!) {
  evidencePhotos(assetType: camera, assetId: $assetId) {
    ...EvidencePhotoFields
  }
}
    fragment EvidencePhotoFields on EvidencePhoto {
  id
  displayName
  contentType
  sizeBytes
  widthPixels
  heightPixels
  takenAt
  takenAtLocal
  takenAtOffset
  position
  distanceFromAssetMeters
  farFromAsset
  uploadedAt
  thumbnailUrl
  originalUrl
}`) as unknown as TypedDocumentString<EvidencePhotosQuery, EvidencePhotosQueryVariables>;
export const CameraAsBuiltDocument = new TypedDocumentString(`
    query CameraAsBuilt($cameraId: ID!) {
  cameraAsBuilt(cameraId: $cameraId) {
    ...CameraAsBuiltFields
  }
}
    fragment CameraAsBuiltFields on CameraAsBuilt {
  id
  version
  current
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  modelId
  serialNumber
  comment
  measuredAt
  acceptanceState
  deviations {
    kind
    message
  }
  reviewComment
  reviewedAt
}`) as unknown as TypedDocumentString<CameraAsBuiltQuery, CameraAsBuiltQueryVariables>;
export const CameraAcceptanceDocument = new TypedDocumentString(`
    query CameraAcceptance($cameraId: ID!) {
  cameraAcceptance(cameraId: $cameraId) {
    asBuiltId
    headingDeviationDegrees
    tiltDeviationDegrees
    mountHeightDeviationMeters
    positionDeviationMeters
    modelChanged
    withinTolerance
    deviations {
      kind
      message
    }
    blackSpots {
      blackSpotId
      blackSpotCode
      requiredLevel
      designCoveredPercent
      asBuiltCoveredPercent
      lossPoints
      outOfTolerance
    }
    designCoverage {
      ...CameraCoverageFields
    }
    asBuiltCoverage {
      ...CameraCoverageFields
    }
  }
}
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}`) as unknown as TypedDocumentString<CameraAcceptanceQuery, CameraAcceptanceQueryVariables>;
export const RecordCameraAsBuiltDocument = new TypedDocumentString(`
    mutation RecordCameraAsBuilt($input: RecordCameraAsBuiltInput!) {
  recordCameraAsBuilt(input: $input) {
    ...CameraAsBuiltFields
  }
}
    fragment CameraAsBuiltFields on CameraAsBuilt {
  id
  version
  current
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  modelId
  serialNumber
  comment
  measuredAt
  acceptanceState
  deviations {
    kind
    message
  }
  reviewComment
  reviewedAt
}`) as unknown as TypedDocumentString<RecordCameraAsBuiltMutation, RecordCameraAsBuiltMutationVariables>;
export const AcceptCameraAsBuiltDocument = new TypedDocumentString(`
    mutation AcceptCameraAsBuilt($input: ReviewCameraAsBuiltInput!) {
  acceptCameraAsBuilt(input: $input) {
    ...CameraAsBuiltFields
  }
}
    fragment CameraAsBuiltFields on CameraAsBuilt {
  id
  version
  current
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  modelId
  serialNumber
  comment
  measuredAt
  acceptanceState
  deviations {
    kind
    message
  }
  reviewComment
  reviewedAt
}`) as unknown as TypedDocumentString<AcceptCameraAsBuiltMutation, AcceptCameraAsBuiltMutationVariables>;
export const SendBackCameraAsBuiltDocument = new TypedDocumentString(`
    mutation SendBackCameraAsBuilt($input: ReviewCameraAsBuiltInput!) {
  sendBackCameraAsBuilt(input: $input) {
    ...CameraAsBuiltFields
  }
}
    fragment CameraAsBuiltFields on CameraAsBuilt {
  id
  version
  current
  location
  headingDegrees
  tiltDegrees
  mountHeightMeters
  modelId
  serialNumber
  comment
  measuredAt
  acceptanceState
  deviations {
    kind
    message
  }
  reviewComment
  reviewedAt
}`) as unknown as TypedDocumentString<SendBackCameraAsBuiltMutation, SendBackCameraAsBuiltMutationVariables>;
export const ExportWorkPackagesDocument = new TypedDocumentString(`
    query ExportWorkPackages {
  workPackages(first: 200) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ExportWorkPackagesQuery, ExportWorkPackagesQueryVariables>;
export const ImportJobFullDocument = new TypedDocumentString(`
    query ImportJobFull($id: ID!) {
  importJob(id: $id) {
    ...ImportJobFields
  }
}
    fragment ImportJobFields on ImportJobType {
  id
  fileName
  format
  source
  targetType
  status
  idField
  sourceFields
  mapping {
    field
    source
    constant
  }
  targetFields {
    name
    kind
    required
    values
    defaultValue
  }
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  problemCounts {
    code
    count
  }
  problems {
    row
    layer
    sourceId
    severity
    code
    field
    message
  }
  previewGeoJson
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}`) as unknown as TypedDocumentString<ImportJobFullQuery, ImportJobFullQueryVariables>;
export const ImportJobProgressDocument = new TypedDocumentString(`
    query ImportJobProgress($id: ID!) {
  importJob(id: $id) {
    ...ImportJobProgressFields
  }
}
    fragment ImportJobProgressFields on ImportJobType {
  id
  status
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}`) as unknown as TypedDocumentString<ImportJobProgressQuery, ImportJobProgressQueryVariables>;
export const RecentImportJobsDocument = new TypedDocumentString(`
    query RecentImportJobs {
  importJobs {
    id
    fileName
    targetType
    status
    counts {
      rows
    }
    result {
      inserted
      updated
      changeSetId
    }
  }
}
    `) as unknown as TypedDocumentString<RecentImportJobsQuery, RecentImportJobsQueryVariables>;
export const UpdateImportMappingDocument = new TypedDocumentString(`
    mutation UpdateImportMapping($input: UpdateImportMappingInput!) {
  updateImportMapping(input: $input) {
    ...ImportJobProgressFields
  }
}
    fragment ImportJobProgressFields on ImportJobType {
  id
  status
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}`) as unknown as TypedDocumentString<UpdateImportMappingMutation, UpdateImportMappingMutationVariables>;
export const CommitImportDocument = new TypedDocumentString(`
    mutation CommitImport($id: ID!) {
  commitImport(id: $id) {
    ...ImportJobProgressFields
  }
}
    fragment ImportJobProgressFields on ImportJobType {
  id
  status
  progress {
    phase
    done
    total
    fraction
  }
  counts {
    rows
    valid
    errors
    warnings
    toInsert
    toUpdate
    skipped
  }
  failure {
    message
    code
    reason
  }
  result {
    inserted
    updated
    unchanged
    camerasRecomputed
    changeSetId
  }
}`) as unknown as TypedDocumentString<CommitImportMutation, CommitImportMutationVariables>;
export const DiscardImportDocument = new TypedDocumentString(`
    mutation DiscardImport($id: ID!) {
  discardImport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DiscardImportMutation, DiscardImportMutationVariables>;
export const UndoImportChangeSetDocument = new TypedDocumentString(`
    mutation UndoImportChangeSet($id: ID!) {
  undoChangeSet(id: $id) {
    id
    undoneAt
  }
}
    `) as unknown as TypedDocumentString<UndoImportChangeSetMutation, UndoImportChangeSetMutationVariables>;
export const FaultsDocument = new TypedDocumentString(`
    query Faults($filter: FaultFilter, $first: Int) {
  faults(filter: $filter, first: $first) {
    totalCount
    nodes {
      ...FaultRow
    }
  }
}
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}`) as unknown as TypedDocumentString<FaultsQuery, FaultsQueryVariables>;
export const FaultDocument = new TypedDocumentString(`
    query Fault($id: ID!) {
  fault(id: $id) {
    ...FaultTicket
  }
}
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}
fragment FaultTicket on Fault {
  ...FaultRow
  description
  channel
  reporterName
  suggestedPriority
  impactScore
  darkens
  resolution
  newSerial
  darkCameras {
    id
    code
    status
  }
  blackSpotLosses {
    blackSpotId
    code
    name
    priority
    requiredLevel
    coveredBeforePercent
    coveredAfterPercent
  }
  sla {
    responseHoursAllowed
    repairHoursAllowed
    responseHoursUsed
    repairHoursUsed
    responseOverdue
    repairOverdue
    timeInState {
      state
      hours
    }
  }
  history {
    id
    at
    kind
    fromState
    toState
    actorEmail
    comment
  }
}`) as unknown as TypedDocumentString<FaultQuery, FaultQueryVariables>;
export const LogFaultDocument = new TypedDocumentString(`
    mutation LogFault($input: LogFaultInput!) {
  logFault(input: $input) {
    ...FaultTicket
  }
}
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}
fragment FaultTicket on Fault {
  ...FaultRow
  description
  channel
  reporterName
  suggestedPriority
  impactScore
  darkens
  resolution
  newSerial
  darkCameras {
    id
    code
    status
  }
  blackSpotLosses {
    blackSpotId
    code
    name
    priority
    requiredLevel
    coveredBeforePercent
    coveredAfterPercent
  }
  sla {
    responseHoursAllowed
    repairHoursAllowed
    responseHoursUsed
    repairHoursUsed
    responseOverdue
    repairOverdue
    timeInState {
      state
      hours
    }
  }
  history {
    id
    at
    kind
    fromState
    toState
    actorEmail
    comment
  }
}`) as unknown as TypedDocumentString<LogFaultMutation, LogFaultMutationVariables>;
export const ChangeFaultStateDocument = new TypedDocumentString(`
    mutation ChangeFaultState($input: ChangeFaultStateInput!) {
  changeFaultState(input: $input) {
    ...FaultTicket
  }
}
    fragment FaultRow on Fault {
  id
  version
  state
  priority
  category
  location
  assetType
  assetCode
  reportedAt
  assignedOrganisationId
  assignedUserId
  sla {
    overdue
    responseDueAt
    repairDueAt
  }
}
fragment FaultTicket on Fault {
  ...FaultRow
  description
  channel
  reporterName
  suggestedPriority
  impactScore
  darkens
  resolution
  newSerial
  darkCameras {
    id
    code
    status
  }
  blackSpotLosses {
    blackSpotId
    code
    name
    priority
    requiredLevel
    coveredBeforePercent
    coveredAfterPercent
  }
  sla {
    responseHoursAllowed
    repairHoursAllowed
    responseHoursUsed
    repairHoursUsed
    responseOverdue
    repairOverdue
    timeInState {
      state
      hours
    }
  }
  history {
    id
    at
    kind
    fromState
    toState
    actorEmail
    comment
  }
}`) as unknown as TypedDocumentString<ChangeFaultStateMutation, ChangeFaultStateMutationVariables>;
export const CommentOnFaultDocument = new TypedDocumentString(`
    mutation CommentOnFault($faultId: ID!, $text: String!) {
  commentOnFault(faultId: $faultId, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentOnFaultMutation, CommentOnFaultMutationVariables>;
export const ControlCentreDocument = new TypedDocumentString(`
    query ControlCentre {
  controlCentre {
    asOf
    installedCameraCount
    activeByPriority
    darkCameras {
      cameraId
      code
      location
      darkSince
      faults {
        id
        priority
        state
        category
      }
    }
    blackSpotsLosing {
      blackSpotId
      code
      name
      priority
      requiredLevel
      coveredBeforePercent
      coveredNowPercent
      lostSquareMeters
      darkCameraIds
    }
  }
  overdue: faults(
    filter: {overdue: true, states: [open, acknowledged, in_progress]}
    first: 0
  ) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ControlCentreQuery, ControlCentreQueryVariables>;
export const FaultFiguresDocument = new TypedDocumentString(`
    query FaultFigures($from: DateTime!, $to: DateTime!) {
  faultFigures(from: $from, to: $to) {
    from
    to
    openByPriority
    overdueCount
    loggedCount
    resolvedCount
    meanTimeToRepairHours
    openByZone {
      zoneId
      zoneName
      byPriority
      total
    }
    cameraAvailability {
      cameraId
      code
      availability
      darkHours
    }
    blackSpotAvailability {
      blackSpotId
      code
      name
      availability
      nominalCoveredFraction
      meanCoveredFraction
    }
    modelsFailingMost {
      id
      label
      faultCount
      cameraCount
    }
    sitesFailingMost {
      id
      label
      faultCount
      cameraCount
    }
  }
}
    `) as unknown as TypedDocumentString<FaultFiguresQuery, FaultFiguresQueryVariables>;
export const FaultAssigneesDocument = new TypedDocumentString(`
    query FaultAssignees {
  faultAssignees {
    organisationId
    name
    users {
      id
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<FaultAssigneesQuery, FaultAssigneesQueryVariables>;
export const AssignFaultDocument = new TypedDocumentString(`
    mutation AssignFault($input: UpdateFaultInput!) {
  updateFault(input: $input) {
    id
    version
    assignedOrganisationId
    assignedUserId
  }
}
    `) as unknown as TypedDocumentString<AssignFaultMutation, AssignFaultMutationVariables>;
export const FaultPhotosDocument = new TypedDocumentString(`
    query FaultPhotos($faultId: ID!) {
  evidencePhotos(assetType: fault, assetId: $faultId) {
    id
    displayName
    faultEventId
    uploadedAt
    thumbnailUrl
    originalUrl
  }
}
    `) as unknown as TypedDocumentString<FaultPhotosQuery, FaultPhotosQueryVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork($longitude: Float, $latitude: Float) {
  myWork(longitude: $longitude, latitude: $latitude) {
    assetType
    assetId
    code
    status
    version
    workPackageId
    workPackageCode
    workPackageName
    dueOn
    late
    distanceMeters
    position
  }
}
    `) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const MoveAssetStatusDocument = new TypedDocumentString(`
    mutation MoveAssetStatus($input: MoveAssetStatusInput!) {
  moveAssetStatus(input: $input) {
    stepId
    status
    assetVersion
  }
}
    `) as unknown as TypedDocumentString<MoveAssetStatusMutation, MoveAssetStatusMutationVariables>;
export const WorkPackagesProgressDocument = new TypedDocumentString(`
    query WorkPackagesProgress {
  workPackages(first: 200) {
    nodes {
      id
      code
      name
      phase
      dueOn
      status
      assetCount
      assets {
        status
      }
    }
  }
  programme: installationProgress {
    assetCount
    installedCount
    lateCount
    coverage {
      liveCoveredFraction
      designCoveredFraction
    }
  }
}
    `) as unknown as TypedDocumentString<WorkPackagesProgressQuery, WorkPackagesProgressQueryVariables>;
export const ProgrammeProgressSeriesDocument = new TypedDocumentString(`
    query ProgrammeProgressSeries {
  installationProgressSeries(stepDays: 7) {
    at
    assetCount
    installedCount
    commissionedCount
    lateCount
    liveCoveredFraction
    designCoveredFraction
  }
}
    `) as unknown as TypedDocumentString<ProgrammeProgressSeriesQuery, ProgrammeProgressSeriesQueryVariables>;
export const PackageProgressCsvDocument = new TypedDocumentString(`
    query PackageProgressCsv($workPackageId: ID!) {
  workPackageProgressCsv(workPackageId: $workPackageId)
}
    `) as unknown as TypedDocumentString<PackageProgressCsvQuery, PackageProgressCsvQueryVariables>;
export const WorkPackageDetailDocument = new TypedDocumentString(`
    query WorkPackageDetail($id: ID!, $stepDays: Int) {
  workPackage(id: $id) {
    ...PackageFields
  }
  sCurve: workPackageSCurve(workPackageId: $id, stepDays: $stepDays) {
    at
    plannedCount
    actualCount
  }
  progress: installationProgress(scope: {workPackageId: $id}) {
    at
    assetCount
    installedCount
    lateCount
    byStatus {
      status
      count
      share
    }
    lateItems {
      code
      status
      daysLate
    }
    coverage {
      liveCoveredFraction
      designCoveredFraction
    }
  }
}
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}`) as unknown as TypedDocumentString<WorkPackageDetailQuery, WorkPackageDetailQueryVariables>;
export const PackageEditorDataDocument = new TypedDocumentString(`
    query PackageEditorData {
  organisations(filter: {kind: [contractor]}, first: 500) {
    nodes {
      id
      name
    }
  }
  zones(first: 500) {
    nodes {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PackageEditorDataQuery, PackageEditorDataQueryVariables>;
export const CreatePackageDocument = new TypedDocumentString(`
    mutation CreatePackage($input: CreateWorkPackageInput!) {
  createWorkPackage(input: $input) {
    ...PackageFields
  }
}
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}`) as unknown as TypedDocumentString<CreatePackageMutation, CreatePackageMutationVariables>;
export const UpdatePackageDocument = new TypedDocumentString(`
    mutation UpdatePackage($input: UpdateWorkPackageInput!) {
  updateWorkPackage(input: $input) {
    ...PackageFields
  }
}
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}`) as unknown as TypedDocumentString<UpdatePackageMutation, UpdatePackageMutationVariables>;
export const AddPackageAssetsDocument = new TypedDocumentString(`
    mutation AddPackageAssets($input: WorkPackageAssetsInput!) {
  addWorkPackageAssets(input: $input) {
    ...PackageFields
  }
}
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}`) as unknown as TypedDocumentString<AddPackageAssetsMutation, AddPackageAssetsMutationVariables>;
export const RemovePackageAssetsDocument = new TypedDocumentString(`
    mutation RemovePackageAssets($input: WorkPackageAssetsInput!) {
  removeWorkPackageAssets(input: $input) {
    ...PackageFields
  }
}
    fragment PackageFields on WorkPackage {
  id
  version
  code
  name
  phase
  organisationId
  zoneId
  plannedStartOn
  dueOn
  status
  assetCount
  assets {
    assetType
    assetId
    code
    status
    version
  }
}`) as unknown as TypedDocumentString<RemovePackageAssetsMutation, RemovePackageAssetsMutationVariables>;
export const ProgressScopeDocument = new TypedDocumentString(`
    query ProgressScope($scope: ProgressScopeInput) {
  installationProgress(scope: $scope) {
    assetCount
    installedCount
    lateCount
    byStatus {
      status
      count
    }
    coverage {
      liveCoveredFraction
      designCoveredFraction
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressScopeQuery, ProgressScopeQueryVariables>;
export const LiveRecordChangesDocument = new TypedDocumentString(`
    subscription LiveRecordChanges {
  recordChanges {
    entityType
    entityId
    action
    version
    actorUserId
    occurredAt
    summary
  }
}
    `) as unknown as TypedDocumentString<LiveRecordChangesSubscription, LiveRecordChangesSubscriptionVariables>;
export const LiveDataRevisionsDocument = new TypedDocumentString(`
    subscription LiveDataRevisions {
  dataRevisions {
    coverage
    network
    street
    maintenance
    installation
    actorUserId
    resync
  }
}
    `) as unknown as TypedDocumentString<LiveDataRevisionsSubscription, LiveDataRevisionsSubscriptionVariables>;
export const MapBlackSpotsDocument = new TypedDocumentString(`
    query MapBlackSpots($first: Int, $after: String) {
  blackSpots(first: $first, after: $after) {
    nodes {
      ...MapBlackSpot
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapBlackSpot on BlackSpot {
  id
  version
  code
  name
  boundary
  category
  priority
  requiredLevel
  notes
  areaSquareMeters
}`) as unknown as TypedDocumentString<MapBlackSpotsQuery, MapBlackSpotsQueryVariables>;
export const MapBuildingsDocument = new TypedDocumentString(`
    query MapBuildings($first: Int, $after: String) {
  buildings(first: $first, after: $after) {
    nodes {
      ...MapBuilding
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}`) as unknown as TypedDocumentString<MapBuildingsQuery, MapBuildingsQueryVariables>;
export const MapCamerasDocument = new TypedDocumentString(`
    query MapCameras($first: Int, $after: String, $filter: CameraFilter) {
  cameraMap(first: $first, after: $after, filter: $filter) {
    count
    ids
    versions
    codes
    names
    statuses
    longitudes
    latitudes
    headingDegrees
    tiltDegrees
    mountHeightMeters
    focalLengthMm
    horizontalFieldOfViewDegrees
    detectionRangeMeters
    poleIds
    modelIds
    endCursor
    hasNextPage
  }
}
    `) as unknown as TypedDocumentString<MapCamerasQuery, MapCamerasQueryVariables>;
export const MapCameraCountDocument = new TypedDocumentString(`
    query MapCameraCount {
  cameras(first: 0) {
    totalCount
  }
  cameraModels(first: 1000) {
    nodes {
      ...MapCameraModel
    }
  }
}
    fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}`) as unknown as TypedDocumentString<MapCameraCountQuery, MapCameraCountQueryVariables>;
export const MapCameraModelsDocument = new TypedDocumentString(`
    query MapCameraModels {
  cameraModels(first: 1000) {
    nodes {
      ...MapCameraModel
    }
  }
}
    fragment MapCameraModel on CameraModel {
  id
  code
  name
  kind
}`) as unknown as TypedDocumentString<MapCameraModelsQuery, MapCameraModelsQueryVariables>;
export const MapFiberRunsDocument = new TypedDocumentString(`
    query MapFiberRuns($first: Int, $after: String) {
  fiberRuns(first: $first, after: $after) {
    nodes {
      ...MapFiberRun
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapFiberRun on FiberRun {
  id
  version
  code
  path
  strandCount
  cableType
  installMethod
  lengthMeters
  status
  existing
  fromKind
  fromId
  toKind
  toId
}`) as unknown as TypedDocumentString<MapFiberRunsQuery, MapFiberRunsQueryVariables>;
export const MapNetworkNodesDocument = new TypedDocumentString(`
    query MapNetworkNodes($first: Int, $after: String) {
  networkNodes(first: $first, after: $after) {
    nodes {
      ...MapNetworkNode
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapNetworkNode on NetworkNode {
  id
  version
  code
  name
  kind
  location
  portCount
  strandCapacity
  existing
  status
  powerDrawWatts
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<MapNetworkNodesQuery, MapNetworkNodesQueryVariables>;
export const MapPolesDocument = new TypedDocumentString(`
    query MapPoles($first: Int, $after: String) {
  poles(first: $first, after: $after) {
    nodes {
      ...MapPole
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapPole on Pole {
  id
  version
  code
  kind
  heightMeters
  owner
  status
  existing
  location
  upsAutonomyMinutes
}`) as unknown as TypedDocumentString<MapPolesQuery, MapPolesQueryVariables>;
export const MapPowerFeedsDocument = new TypedDocumentString(`
    query MapPowerFeeds($first: Int, $after: String) {
  powerFeeds(first: $first, after: $after) {
    nodes {
      ...MapPowerFeed
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapPowerFeed on PowerFeed {
  id
  version
  code
  path
  fromPowerSourceId
  toKind
  toId
  capacityWatts
  voltage
  switched
  status
  lengthMeters
  existing
  installMethod
}`) as unknown as TypedDocumentString<MapPowerFeedsQuery, MapPowerFeedsQueryVariables>;
export const MapPowerSourcesDocument = new TypedDocumentString(`
    query MapPowerSources($first: Int, $after: String) {
  powerSources(first: $first, after: $after) {
    nodes {
      ...MapPowerSource
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapPowerSource on PowerSource {
  id
  version
  code
  name
  kind
  location
  capacityWatts
  voltage
  existing
  status
}`) as unknown as TypedDocumentString<MapPowerSourcesQuery, MapPowerSourcesQueryVariables>;
export const MapZonesDocument = new TypedDocumentString(`
    query MapZones($first: Int, $after: String) {
  zones(first: $first, after: $after) {
    nodes {
      ...MapZone
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    fragment MapZone on Zone {
  id
  version
  code
  name
  boundary
}`) as unknown as TypedDocumentString<MapZonesQuery, MapZonesQueryVariables>;
export const StartPlacementRunDocument = new TypedDocumentString(`
    mutation StartPlacementRun($input: PlacementRunInput!) {
  startPlacementRun(input: $input) {
    ...PlacementRunFields
  }
}
    fragment PlacementRunFields on PlacementRun {
  id
  state
  phase
  progressFraction
  proposalCount
  budgetMad
  maxCameras
  night
  error
  result {
    spentMad
    stoppedReason
    candidateMounts
    mountsWithoutConnection
    candidates
    objectiveBefore
    objectiveAfter
    objectiveTotal
    blackSpots {
      blackSpotId
      code
      name
      priority
      requiredLevel
      areaSquareMeters
      coveredFractionBefore
      coveredFractionAfter
    }
    proposals {
      index
      mountKind
      poleId
      poleCode
      newPole
      location
      modelId
      modelCode
      modelName
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      cameraCostMad
      mountCostMad
      connectionCostMad
      totalCostMad
      marginalObjective
      coverage
      coverageLevel
      accepted
      cameraId
      blackSpots {
        blackSpotId
        code
        name
        coveredSquareMeters
        exclusiveSquareMeters
      }
      fiber {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
      power {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
    }
  }
}`) as unknown as TypedDocumentString<StartPlacementRunMutation, StartPlacementRunMutationVariables>;
export const PlacementRunDocument = new TypedDocumentString(`
    query PlacementRun($id: ID!) {
  placementRun(id: $id) {
    ...PlacementRunFields
  }
}
    fragment PlacementRunFields on PlacementRun {
  id
  state
  phase
  progressFraction
  proposalCount
  budgetMad
  maxCameras
  night
  error
  result {
    spentMad
    stoppedReason
    candidateMounts
    mountsWithoutConnection
    candidates
    objectiveBefore
    objectiveAfter
    objectiveTotal
    blackSpots {
      blackSpotId
      code
      name
      priority
      requiredLevel
      areaSquareMeters
      coveredFractionBefore
      coveredFractionAfter
    }
    proposals {
      index
      mountKind
      poleId
      poleCode
      newPole
      location
      modelId
      modelCode
      modelName
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      cameraCostMad
      mountCostMad
      connectionCostMad
      totalCostMad
      marginalObjective
      coverage
      coverageLevel
      accepted
      cameraId
      blackSpots {
        blackSpotId
        code
        name
        coveredSquareMeters
        exclusiveSquareMeters
      }
      fiber {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
      power {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
    }
  }
}`) as unknown as TypedDocumentString<PlacementRunQuery, PlacementRunQueryVariables>;
export const CancelPlacementRunDocument = new TypedDocumentString(`
    mutation CancelPlacementRun($id: ID!) {
  cancelPlacementRun(id: $id) {
    ...PlacementRunFields
  }
}
    fragment PlacementRunFields on PlacementRun {
  id
  state
  phase
  progressFraction
  proposalCount
  budgetMad
  maxCameras
  night
  error
  result {
    spentMad
    stoppedReason
    candidateMounts
    mountsWithoutConnection
    candidates
    objectiveBefore
    objectiveAfter
    objectiveTotal
    blackSpots {
      blackSpotId
      code
      name
      priority
      requiredLevel
      areaSquareMeters
      coveredFractionBefore
      coveredFractionAfter
    }
    proposals {
      index
      mountKind
      poleId
      poleCode
      newPole
      location
      modelId
      modelCode
      modelName
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      cameraCostMad
      mountCostMad
      connectionCostMad
      totalCostMad
      marginalObjective
      coverage
      coverageLevel
      accepted
      cameraId
      blackSpots {
        blackSpotId
        code
        name
        coveredSquareMeters
        exclusiveSquareMeters
      }
      fiber {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
      power {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
    }
  }
}`) as unknown as TypedDocumentString<CancelPlacementRunMutation, CancelPlacementRunMutationVariables>;
export const AcceptPlacementProposalsDocument = new TypedDocumentString(`
    mutation AcceptPlacementProposals($input: AcceptPlacementInput!) {
  acceptPlacementProposals(input: $input) {
    changeSetId
    cameraIds
    poleIds
    run {
      ...PlacementRunFields
    }
  }
}
    fragment PlacementRunFields on PlacementRun {
  id
  state
  phase
  progressFraction
  proposalCount
  budgetMad
  maxCameras
  night
  error
  result {
    spentMad
    stoppedReason
    candidateMounts
    mountsWithoutConnection
    candidates
    objectiveBefore
    objectiveAfter
    objectiveTotal
    blackSpots {
      blackSpotId
      code
      name
      priority
      requiredLevel
      areaSquareMeters
      coveredFractionBefore
      coveredFractionAfter
    }
    proposals {
      index
      mountKind
      poleId
      poleCode
      newPole
      location
      modelId
      modelCode
      modelName
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      cameraCostMad
      mountCostMad
      connectionCostMad
      totalCostMad
      marginalObjective
      coverage
      coverageLevel
      accepted
      cameraId
      blackSpots {
        blackSpotId
        code
        name
        coveredSquareMeters
        exclusiveSquareMeters
      }
      fiber {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
      power {
        alreadyConnected
        path
        lengthMeters
        ductMeters
        costMad
        targetCode
      }
    }
  }
}`) as unknown as TypedDocumentString<AcceptPlacementProposalsMutation, AcceptPlacementProposalsMutationVariables>;
export const AssetAuditLogDocument = new TypedDocumentString(`
    query AssetAuditLog($type: String!, $id: ID!, $first: Int) {
  auditLog(entityType: $type, entityId: $id, first: $first) {
    totalCount
    nodes {
      id
      at
      action
      actorEmail
      actorRole
      changedFields
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<AssetAuditLogQuery, AssetAuditLogQueryVariables>;
export const CameraPtzPresetsDocument = new TypedDocumentString(`
    query CameraPtzPresets($id: ID!) {
  camera(id: $id) {
    ptzPresets {
      name
      headingDegrees
      tiltDegrees
      zoomFactor
    }
  }
}
    `) as unknown as TypedDocumentString<CameraPtzPresetsQuery, CameraPtzPresetsQueryVariables>;
export const PtzPresetCoverageDocument = new TypedDocumentString(`
    query PtzPresetCoverage($id: ID!) {
  ptzPresetCoverage(cameraId: $id) {
    presetName
    coverage {
      ...CameraCoverageFields
    }
  }
}
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}`) as unknown as TypedDocumentString<PtzPresetCoverageQuery, PtzPresetCoverageQueryVariables>;
export const PtzReachableCoverageDocument = new TypedDocumentString(`
    query PtzReachableCoverage($id: ID!, $zoom: Float!) {
  ptzReachableCoverage(cameraId: $id, zoomFactor: $zoom) {
    ...CameraCoverageFields
  }
}
    fragment CameraCoverageFields on CameraCoverage {
  cameraId
  level
  area
  areaSquareMeters
  nearMeters
  farMeters
  unavailableReason
}`) as unknown as TypedDocumentString<PtzReachableCoverageQuery, PtzReachableCoverageQueryVariables>;
export const DesignReportDocument = new TypedDocumentString(`
    query DesignReport($scope: ReportScopeInput!) {
  designReport(scope: $scope) {
    deploymentName
    generatedAt
    scopeKind
    scopeId
    scopeCode
    scopeName
    scopeArea
    blackSpots {
      blackSpot {
        id
        code
        name
        priority
        requiredLevel
        category
        boundary
      }
      coverage {
        requiredLevel
        areaSquareMeters
        coveredAreaSquareMeters
        coveredFraction
        uncovered
        contributingCameraIds
      }
    }
    cameras {
      id
      code
      name
      location
      status
      existing
      headingDegrees
      tiltDegrees
      mountHeightMeters
      focalLengthMm
      horizontalFieldOfViewDegrees
      pole {
        id
        code
        kind
      }
      model {
        id
        code
        name
        kind
        manufacturer
        irRangeMeters
        whiteLightRangeMeters
      }
      coverage {
        level
        area
        areaSquareMeters
      }
    }
    networkPaths {
      cameraId
      cameraCode
      connected
      lengthMeters
      linkLengthMeters
      opticalLossDb
      attenuationLossDb
      splices
      spliceLossDb
      connectorLossDb
      budgetDb
      marginDb
      withinBudget
      powered
      poweredByDay
      upsAutonomyMinutes
      elements {
        kind
        code
      }
      linkTerminatesAt {
        kind
        code
      }
      powerSource {
        code
      }
      darkByDay {
        from
        to
      }
    }
    coverageByLevel {
      level
      blackSpotCount
      areaSquareMeters
      coveredAreaSquareMeters
      uncoveredAreaSquareMeters
      coveredFraction
      priorityWeightedCoveredFraction
      fullyCoveredCount
    }
    bill {
      lines {
        part
        category
        item
        unit
        quantity
        unitCostMad
        totalMad
      }
      existing {
        category
        item
        unit
        quantity
      }
      supplyBeforeTaxMad
      installationBeforeTaxMad
      totalBeforeTaxMad
      vatMad
      totalWithTaxMad
    }
    budgetBeforeTaxMad
    budgetUsedFraction
    vatRate
    doriLadder {
      level
      pixelsPerMeter
      targetHeightMeters
    }
    unitCosts {
      parameter
      item
      valueMad
    }
  }
}
    `) as unknown as TypedDocumentString<DesignReportQuery, DesignReportQueryVariables>;
export const ReportBuildingsDocument = new TypedDocumentString(`
    query ReportBuildings($bbox: [Float!]) {
  buildings(filter: {bbox: $bbox}, first: 1000) {
    nodes {
      ...MapBuilding
    }
  }
}
    fragment MapBuilding on Building {
  id
  version
  footprint
  heightMeters
  sourceId
}`) as unknown as TypedDocumentString<ReportBuildingsQuery, ReportBuildingsQueryVariables>;
export const ReportNightDocument = new TypedDocumentString(`
    query ReportNight {
  nightCoverage(cameras: planned) {
    night {
      from
      to
      minutes
    }
    camerasDarkAtNight {
      camera {
        id
        code
      }
      darkMinutes
      from
      to
      causes
    }
    camerasWithoutNightLight {
      id
      code
    }
    blackSpots {
      blackSpot {
        id
      }
      areaSquareMeters
      dayCoveredSquareMeters
      nightCoveredSquareMeters
      dayCoveredFraction
      nightCoveredFraction
    }
  }
}
    `) as unknown as TypedDocumentString<ReportNightQuery, ReportNightQueryVariables>;
export const ReportBandwidthDocument = new TypedDocumentString(`
    query ReportBandwidth {
  bandwidthReport(cameras: planned, limit: 20) {
    recordingProfile {
      code
      name
    }
    settings {
      retentionDays
      recordingMode
      eventRecordingShare
      raidOverheadPercent
      framesPerSecond
    }
    now {
      cameraCount
      meanRecordedMbps
      netTerabytes
      rawTerabytes
    }
    planned {
      cameraCount
      meanRecordedMbps
      netTerabytes
      rawTerabytes
    }
    byModel {
      modelCode
      codec
      cameraCount
      dayMbps
      nightMbps
      totalMeanMbps
    }
    linkCount
    overSubscribedCount
    links {
      kind
      element {
        id
        code
      }
      terminatesAt {
        code
      }
      cameraCount
      loadMbps
      capacityMbps
      utilization
      overSubscribed
    }
    ingest {
      kind
      element {
        id
        code
      }
      cameraCount
      loadMbps
      capacityMbps
      utilization
      overSubscribed
    }
  }
}
    `) as unknown as TypedDocumentString<ReportBandwidthQuery, ReportBandwidthQueryVariables>;