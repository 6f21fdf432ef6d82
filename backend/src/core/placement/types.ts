/**
 * The placement optimiser's problem and result, as plain data (no classes, no functions except the
 * optional callbacks of `PlacementRunOptions`). Everything is in projected metres (the configured UTM
 * zone); the application converts from and to GeoJSON [lon, lat] at its edges.
 *
 * The optimiser (core/placement/optimiser.ts) proposes new cameras on candidate mounts so as to
 * maximise the priority-weighted area of the target areas (black spots) covered at their required
 * DORI level, overlap counted once, within a budget and/or a number of cameras. Coverage comes from
 * the same engine as everywhere else (core/coverage, core/visibility: buildings in 2.5D, DORI bands).
 */
import type { DoriLevel } from '../domain';
import type { PointMeters, PolygonRings, Region } from '../geometry/planar';
import type { LensSetting, LensSpecification } from '../optics/field-of-view';

/** A black spot to serve (or any target area). */
export interface PlacementTarget {
  id: string;
  /** One polygon: outer ring then holes, projected metres. */
  polygon: PolygonRings;
  /** Weight of one square metre of this target (black spot priority, e.g. 1..5). Must be > 0. */
  priority: number;
  /** The DORI level the area must be covered at (a finer level counts as covered). */
  requiredLevel: DoriLevel;
  /**
   * When true, only night coverage counts for this target: a camera covers it within its model's
   * `irRangeMeters` (a model without IR range covers nothing at night).
   */
  night?: boolean;
}

/** A building as an obstacle (2.5D prism). */
export interface PlacementBuilding {
  id: string;
  /** Outer ring then holes, projected metres. */
  polygon: PolygonRings;
  /** Null when unknown: hides everything behind it. */
  heightMeters: number | null;
}

export type PlacementMountKind = 'existing_pole' | 'street_light' | 'wall' | 'new_pole';

/** Where a camera may go. */
export interface PlacementMount {
  id: string;
  positionMeters: PointMeters;
  /** Height of the lens when a camera is put on this mount. */
  heightMeters: number;
  kind: PlacementMountKind;
  /** MAD paid once if at least one new camera goes on this mount (pole, bracket, civil works). */
  mountCost: number;
  /**
   * MAD paid once if at least one new camera goes on this mount: fiber to the nearest switch/cabinet
   * with a free port and power to the nearest source with spare capacity, as priced by the caller
   * (network routing and bill of quantities). 0 when already connected.
   */
  connectionCost: number;
  /** How many cameras the mount may carry in total (existing ones included). Default 1. */
  capacity?: number;
  /** Cameras of the existing design already on this mount (they take capacity, their costs are sunk). */
  occupiedSlots?: number;
  /**
   * The ways this mount may be connected, when they draw on limited resources (a switch's or
   * cabinet's free ports, a power source's spare watts) that other mounts may also want. When given,
   * `connectionCost` is ignored: the mount takes, when its first new camera goes there, the cheapest
   * option whose resources are all still free, and holds them (the optimiser prices every later
   * proposal against what is left). None free: the mount cannot take a camera.
   */
  connectionOptions?: PlacementConnectionOption[];
  /** Restricts the headings tried here (e.g. a wall mount facing the street): compass degrees, inclusive, clockwise from `fromDegrees`. */
  headingRange?: { fromDegrees: number; toDegrees: number };
}

/** A limited resource that mounts' connections draw on: a node's free ports, a source's spare watts. */
export interface PlacementResource {
  id: string;
  /** What is left of it before any proposal (ports, watts). */
  capacity: number;
}

/** One way of connecting a mount: its price and the resources it holds once taken. */
export interface PlacementConnectionOption {
  /** MAD (fiber and power routes together). */
  cost: number;
  /**
   * What it holds. `perCamera`: held again for each camera on the mount (a power source's watts: a
   * second camera draws as much again), as much as that camera's model draws (`powerDrawWatts`) or
   * `amount` for a model that does not say; otherwise once per mount (a switch port).
   */
  uses: { resourceId: string; amount: number; perCamera?: boolean }[];
}

/** A camera model the optimiser may propose. */
export interface PlacementModel {
  id: string;
  lens: LensSpecification;
  /** Lens settings to try (varifocal focal lengths, PTZ zooms). Default: the widest only. */
  lensSettings?: LensSetting[];
  horizontalPixels: number;
  verticalPixels: number;
  /** Unit price in MAD (camera, licence, installation of the camera itself). */
  price: number;
  /** Usable range cap by day (analytics rating), if any. */
  maximumRangeMeters?: number;
  /** Infrared range: caps the coverage of night targets. */
  irRangeMeters?: number;
  /** What one camera draws, for connection options' per-camera uses (watts). */
  powerDrawWatts?: number;
}

/** A camera of the existing design: kept, and its coverage counted before and after. */
export interface PlacementExistingCamera {
  id: string;
  positionMeters: PointMeters;
  mountHeightMeters: number;
  headingDegrees: number;
  tiltDegrees: number;
  /** Resolved horizontal field of view of its lens (degrees). */
  horizontalFieldOfViewDegrees: number;
  horizontalPixels: number;
  verticalPixels: number;
  maximumRangeMeters?: number;
  irRangeMeters?: number;
  /** The mount it sits on, if it is one of the candidate mounts (it takes one slot there). */
  mountId?: string;
}

export interface PlacementProblem {
  targets: PlacementTarget[];
  buildings: PlacementBuilding[];
  mounts: PlacementMount[];
  models: PlacementModel[];
  existingCameras: PlacementExistingCamera[];
  /** Limited resources named by the mounts' `connectionOptions` (unknown ids are refused). */
  resources?: PlacementResource[];
  /** Budget in MAD for the new cameras (camera + mount + connection). Omit for no budget. */
  budget?: number;
  /** Maximum number of new cameras. Omit for no limit. At least one of budget / maxCameras is required. */
  maxCameras?: number;
  /** Heading step of the coarse candidates, degrees (default 22.5: 16 headings). */
  headingStepDegrees?: number;
  /** Tilts tried, degrees below horizontal (default [8, 15, 25]). */
  tiltsDegrees?: number[];
  /** Side of the square cells the targets are discretised into, metres (default 2). */
  cellSizeMeters?: number;
  /** Re-aim chosen cameras at finer headings after the greedy pass (default true). */
  refineHeadings?: boolean;
}

export interface PlacementCostBreakdown {
  camera: number;
  /** 0 when the mount was already paid for by another proposal on it. */
  mount: number;
  connection: number;
  total: number;
}

/** What one proposal gains on one target (area newly covered at the target's required level). */
export interface PlacementTargetGain {
  targetId: string;
  /** Area covered at the required level by this proposal and by no other camera (existing or proposed). */
  exclusiveSquareMeters: number;
  /** Area covered at the required level by this proposal (shared with others or not). */
  coveredSquareMeters: number;
}

export interface PlacementProposal {
  mountId: string;
  modelId: string;
  /** The lens setting used (varifocal focal length, zoom), as given in the model's lensSettings. */
  lensSetting: LensSetting;
  headingDegrees: number;
  tiltDegrees: number;
  mountHeightMeters: number;
  horizontalFieldOfViewDegrees: number;
  cost: PlacementCostBreakdown;
  /** Index into the mount's `connectionOptions` taken (on the mount's first proposal and repeated on the others); null without options. */
  connectionOption: number | null;
  /** Objective units (m² x priority) this camera alone adds to the final set (lost if it were removed). */
  marginalObjective: number;
  gains: PlacementTargetGain[];
  /** Coverage at the finest level reached on any target it serves, from the coverage engine, projected metres. */
  coverage: { level: DoriLevel; region: Region }[];
  /** One plain sentence (English) for logs; the UI builds its own text from the fields. */
  explanation: string;
}

export interface PlacementTargetResult {
  targetId: string;
  areaSquareMeters: number;
  /** 0..1, of the discretised area at the required level. */
  coveredFractionBefore: number;
  coveredFractionAfter: number;
}

export type PlacementStopReason =
  /** Nothing more fits in the budget. */
  | 'budget'
  /** maxCameras reached. */
  | 'max_cameras'
  /** No remaining candidate adds anything (all coverable area covered). */
  | 'no_gain'
  /** The abort signal fired; the result holds what was chosen so far. */
  | 'cancelled';

export interface PlacementResult {
  proposals: PlacementProposal[];
  /** Priority-weighted covered area (m² x priority) of the targets, before and after the proposals. */
  objectiveBefore: number;
  objectiveAfter: number;
  /** Priority-weighted area of all targets (the objective's ceiling). */
  objectiveTotal: number;
  targets: PlacementTargetResult[];
  spent: number;
  stoppedReason: PlacementStopReason;
  statistics: {
    candidates: number;
    elements: number;
    coverageMilliseconds: number;
    optimiseMilliseconds: number;
    gainEvaluations: number;
  };
}

export type PlacementPhase = 'coverage' | 'greedy' | 'improve' | 'explain';

export interface PlacementProgress {
  phase: PlacementPhase;
  /** 0..1 over the whole run. */
  fraction: number;
  proposals: number;
}

export interface PlacementRunOptions {
  onProgress?: (progress: PlacementProgress) => void;
  /** Checked between steps; when it fires the run stops and returns what it has ('cancelled'). */
  signal?: AbortSignal;
}
