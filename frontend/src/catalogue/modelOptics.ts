import { depthForPixelDensity, horizontalFieldOfViewRangeDegrees, IEC_62676_4_DORI_LADDER, type LensSpecification } from '../../../backend/src/core/optics';
import type { DoriLevel } from '../domain/vocabulary';

/** What the optics of a catalogue entry need, as typed in the form (numbers, or null when empty). */
export interface ModelOpticsInput {
  kind: string;
  sensorWidthMm: number | null;
  focalLengthMinMm: number | null;
  focalLengthMaxMm: number | null;
  fixedHorizontalFieldOfViewDegrees: number | null;
  opticalZoom: number | null;
  horizontalPixels: number | null;
}

export interface ModelOptics {
  widestDegrees: number;
  narrowestDegrees: number;
  /** Per DORI level, the farthest distance that level is reached, at the widest and the narrowest setting. */
  dori: Array<{ level: DoriLevel; wideMeters: number; teleMeters: number }>;
}

const positive = (value: number | null): value is number => value !== null && Number.isFinite(value) && value > 0;

/**
 * The lens of a catalogue entry as the optics core describes it, with the API's rules (camera-optics.ts):
 * a published field of view wins, else sensor width and focal length(s); a PTZ's optical zoom narrows its
 * wide view. Null while what is typed does not describe a lens yet.
 */
export function lensOfModel(input: ModelOpticsInput): LensSpecification | null {
  let lens: LensSpecification | null = null;
  if (positive(input.fixedHorizontalFieldOfViewDegrees) && input.fixedHorizontalFieldOfViewDegrees < 180) {
    lens = { kind: 'fixed_field_of_view', horizontalFieldOfViewDegrees: input.fixedHorizontalFieldOfViewDegrees };
  } else if (positive(input.sensorWidthMm) && positive(input.focalLengthMinMm)) {
    lens = !positive(input.focalLengthMaxMm) || input.focalLengthMaxMm <= input.focalLengthMinMm
      ? { kind: 'fixed_focal_length', sensorWidthMillimeters: input.sensorWidthMm, focalLengthMillimeters: input.focalLengthMinMm }
      : { kind: 'varifocal', sensorWidthMillimeters: input.sensorWidthMm, minimumFocalLengthMillimeters: input.focalLengthMinMm, maximumFocalLengthMillimeters: input.focalLengthMaxMm };
  }
  if (lens && input.kind === 'ptz' && lens.kind !== 'varifocal' && positive(input.opticalZoom) && input.opticalZoom > 1) {
    lens = { kind: 'optical_zoom', wideHorizontalFieldOfViewDegrees: horizontalFieldOfViewRangeDegrees(lens).widestDegrees, maximumOpticalZoom: input.opticalZoom };
  }
  return lens;
}

/** Field of view and DORI distances of what is typed, computed by the same core as the API's coverage. */
export function modelOptics(input: ModelOpticsInput): ModelOptics | null {
  const lens = lensOfModel(input);
  if (!lens || !positive(input.horizontalPixels)) return null;
  const { widestDegrees, narrowestDegrees } = horizontalFieldOfViewRangeDegrees(lens);
  const pixels = input.horizontalPixels;
  return {
    widestDegrees,
    narrowestDegrees,
    dori: IEC_62676_4_DORI_LADDER.map((rung) => ({
      level: rung.level,
      wideMeters: depthForPixelDensity(pixels, widestDegrees, rung.pixelsPerMeter),
      teleMeters: depthForPixelDensity(pixels, narrowestDegrees, rung.pixelsPerMeter),
    })),
  };
}
