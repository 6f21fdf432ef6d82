/**
 * The physical range of every number a user stores, in one table: the API's inputs are validated
 * against it (common/dto-fields.ts `Bounded`), the entities declare one CHECK per bounded column from it
 * (`<table>_<column>_range`, written into migration 1796000000000-bound-stored-values) and the tests
 * walk it (test/api/bad-values-table.db.spec.ts). The ranges are generous for real equipment and small
 * enough that no sum of stored values (the bill of quantities, power budgets) can overflow a double.
 */
export interface NumberBound {
  min: number;
  max: number;
  /** The maximum itself is refused (a heading of 360 degrees is written 0). */
  maxExclusive?: boolean;
  /** Whole numbers only (GraphQL Int fields). */
  integer?: boolean;
  /** The unit, as said in messages. */
  unit: string;
}

const degrees360 = { min: 0, max: 360, maxExclusive: true, unit: 'degrees' } as const;
const tilt = { min: -90, max: 90, unit: 'degrees' } as const;
const upsMinutes = { min: 0, max: 100_000, unit: 'minutes' } as const;
const watts = { min: 1, max: 10_000_000, unit: 'W' } as const;
const volts = { min: 1, max: 400_000, unit: 'V' } as const;
/** A cable inside one city: longer is a drawing mistake (or an attack on the bill). */
const cableLength = { min: 0, max: 100_000, unit: 'm' } as const;

export const BOUNDS = {
  CameraModel: {
    horizontalPixels: { min: 1, max: 20_000, integer: true, unit: 'pixels' },
    verticalPixels: { min: 1, max: 20_000, integer: true, unit: 'pixels' },
    sensorWidthMm: { min: 0.5, max: 50, unit: 'mm' },
    focalLengthMinMm: { min: 0.5, max: 2000, unit: 'mm' },
    focalLengthMaxMm: { min: 0.5, max: 2000, unit: 'mm' },
    fixedHorizontalFieldOfViewDegrees: { min: 1, max: 360, unit: 'degrees' },
    panRangeDegrees: { min: 0, max: 360, unit: 'degrees' },
    opticalZoom: { min: 1, max: 100, unit: 'x' },
    irRangeMeters: { min: 0, max: 1000, unit: 'm' },
    whiteLightRangeMeters: { min: 0, max: 1000, unit: 'm' },
    powerDrawWatts: { min: 0, max: 1000, unit: 'W' },
    typicalBitrateMbps: { min: 0, max: 1000, unit: 'Mbit/s' },
    /** The dearest thermal PTZ costs a few hundred thousand dirhams. */
    unitPriceMad: { min: 0, max: 1_000_000, unit: 'MAD' },
  },
  Camera: {
    mountHeightMeters: { min: 0.1, max: 100, unit: 'm' },
    headingDegrees: degrees360,
    tiltDegrees: tilt,
    focalLengthMm: { min: 0.5, max: 2000, unit: 'mm' },
    upsAutonomyMinutes: upsMinutes,
  },
  /** Inside camera.ptz_presets (jsonb): validated on input only. */
  PtzPreset: {
    headingDegrees: degrees360,
    tiltDegrees: tilt,
    zoomFactor: { min: 1, max: 100, unit: 'x' },
  },
  Pole: {
    heightMeters: { min: 0.1, max: 100, unit: 'm' },
    upsAutonomyMinutes: upsMinutes,
  },
  BlackSpot: {
    priority: { min: 1, max: 5, integer: true, unit: '' },
  },
  Building: {
    heightMeters: { min: 0.1, max: 1000, unit: 'm' },
  },
  FiberRun: {
    strandCount: { min: 1, max: 1728, integer: true, unit: 'strands' },
    lengthMeters: cableLength,
  },
  PowerFeed: {
    capacityWatts: watts,
    voltage: volts,
    lengthMeters: cableLength,
  },
  PowerSource: {
    capacityWatts: watts,
    voltage: volts,
  },
  NetworkNode: {
    portCount: { min: 0, max: 10_000, integer: true, unit: 'ports' },
    strandCapacity: { min: 0, max: 100_000, integer: true, unit: 'strands' },
    powerDrawWatts: { min: 0, max: 1_000_000, unit: 'W' },
    upsAutonomyMinutes: upsMinutes,
  },
  RecordingProfile: {
    framesPerSecond: { min: 1, max: 120, unit: 'frames/s' },
    eventRecordingShare: { min: 0, max: 1, unit: '' },
    retentionDays: { min: 1, max: 3650, integer: true, unit: 'days' },
    raidOverheadPercent: { min: 0, max: 300, unit: '%' },
    nightBitrateFactor: { min: 0.1, max: 10, unit: 'x' },
    liveViewStreamMbps: { min: 0, max: 1000, unit: 'Mbit/s' },
    cameraLinkCapacityMbps: { min: 1, max: 400_000, unit: 'Mbit/s' },
    uplinkCapacityMbps: { min: 1, max: 400_000, unit: 'Mbit/s' },
    controlCentreIngestCapacityMbps: { min: 1, max: 10_000_000, unit: 'Mbit/s' },
  },
  /** Arguments, not columns: a budget of 0 (or 1e-320) would make the used fraction infinite. */
  BillOfQuantities: {
    budgetMad: { min: 1, max: 1e12, unit: 'MAD' },
  },
} as const satisfies Record<string, Record<string, NumberBound>>;

/** The bounded columns of each table (jsonb members such as PTZ presets are not columns). */
export const BOUNDED_TABLES = {
  camera_model: 'CameraModel',
  camera: 'Camera',
  pole: 'Pole',
  black_spot: 'BlackSpot',
  building: 'Building',
  fiber_run: 'FiberRun',
  power_feed: 'PowerFeed',
  power_source: 'PowerSource',
  network_node: 'NetworkNode',
  recording_profile: 'RecordingProfile',
} as const satisfies Record<string, keyof typeof BOUNDS>;

export const snakeCase = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The CHECK of one bounded column; NULL passes (NOT NULL is the column's own rule), NaN and infinities do not. */
export function boundCheck(property: string, bound: NumberBound): { name: (table: string) => string; expression: string } {
  const column = `"${snakeCase(property)}"`;
  return {
    name: (table) => `${table}_${snakeCase(property)}_range`,
    expression: `${column} >= ${bound.min} AND ${column} ${bound.maxExclusive ? '<' : '<='} ${bound.max}`,
  };
}

/** Whether a value is inside its bound; the message part says the range. */
export function withinBound(value: number, bound: NumberBound): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (bound.integer && !Number.isInteger(value)) return false;
  return value >= bound.min && (bound.maxExclusive ? value < bound.max : value <= bound.max);
}

export function describeBound(bound: NumberBound): string {
  const unit = bound.unit ? ` ${bound.unit}` : '';
  const kind = bound.integer ? 'a whole number' : 'a finite number';
  return bound.maxExclusive
    ? `${kind} from ${bound.min} up to (not including) ${bound.max}${unit}`
    : `${kind} from ${bound.min} to ${bound.max}${unit}`;
}

/**
 * Vertices a user may draw per geometry, by type. A black spot or a zone is outlined by hand (a few
 * dozen vertices); imported footprints and cable runs follow streets and facades (hundreds). Beyond
 * these, every later analysis pays for the detail (100,000 vertices slowed coverage 4-10x): refused,
 * with the count and the limit, so the client simplifies first.
 */
export const MAX_VERTICES = {
  BlackSpot: 2000,
  Zone: 10_000,
  Building: 2000,
  FiberRun: 5000,
  PowerFeed: 5000,
  Street: 5000,
} as const;

/**
 * The CHECK of the PTZ presets stored in camera.ptz_presets (jsonb): no member outside its bound
 * (a jsonpath filter, IMMUTABLE, on PostgreSQL 12+ alike).
 */
export function ptzPresetsCheck(): string {
  const conditions = Object.entries(BOUNDS.PtzPreset).map(([member, bound]: [string, NumberBound]) =>
    `@.${member} < ${bound.min} || @.${member} ${bound.maxExclusive ? '>=' : '>'} ${bound.max}`,
  );
  return `NOT jsonb_path_exists("ptz_presets", '$[*] ? (${conditions.join(' || ')})')`;
}
