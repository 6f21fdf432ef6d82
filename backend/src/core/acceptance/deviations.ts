import type { AcceptanceTolerancesLike } from './tolerances';
import { headingDifferenceDegrees } from '../geometry/angles';

export type { AcceptanceTolerancesLike } from './tolerances';

/** What is measured of a camera, designed or as built. */
export interface CameraSetting {
  headingDegrees: number;
  tiltDegrees: number;
  mountHeightMeters: number;
  modelId: string;
}

export interface BlackSpotDelivery {
  blackSpotId: string;
  code: string;
  /** Share of the black spot covered at its required level by this camera alone, 0..1. */
  designFraction: number;
  asBuiltFraction: number;
}

export type DeviationKind = 'heading' | 'tilt' | 'mount_height' | 'position' | 'model' | 'black_spot';

export interface Deviation {
  kind: DeviationKind;
  /** The measured deviation (degrees, metres or percentage points lost). */
  value: number;
  tolerance: number;
  blackSpotId: string | null;
  message: string;
}

export interface DeviationFigures {
  headingDeviationDegrees: number;
  tiltDeviationDegrees: number;
  mountHeightDeviationMeters: number;
  positionDeviationMeters: number;
  modelChanged: boolean;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Signed figures of an as-built camera against its design (heading: the smaller angle, 0..180). */
export function deviationFigures(design: CameraSetting, asBuilt: CameraSetting, positionDeviationMeters: number): DeviationFigures {
  return {
    headingDeviationDegrees: headingDifferenceDegrees(design.headingDegrees, asBuilt.headingDegrees),
    tiltDeviationDegrees: asBuilt.tiltDegrees - design.tiltDegrees,
    mountHeightDeviationMeters: asBuilt.mountHeightMeters - design.mountHeightMeters,
    positionDeviationMeters,
    modelChanged: design.modelId !== asBuilt.modelId,
  };
}

/** Percentage points a black spot loses with the as-built camera (negative: it gains). */
export const lossPoints = (delivery: BlackSpotDelivery): number => (delivery.designFraction - delivery.asBuiltFraction) * 100;

/**
 * Every deviation beyond its tolerance, in a fixed order (heading, tilt, height, position, model, then
 * black spots by code): empty means within tolerance. A black spot that gains is never a reason.
 */
export function outOfTolerance(figures: DeviationFigures, deliveries: readonly BlackSpotDelivery[], tolerances: AcceptanceTolerancesLike): Deviation[] {
  const reasons: Deviation[] = [];
  const check = (kind: DeviationKind, value: number, tolerance: number, message: string) => {
    if (Math.abs(value) > tolerance + 1e-9) reasons.push({ kind, value: round(value), tolerance, blackSpotId: null, message });
  };
  check('heading', figures.headingDeviationDegrees, tolerances.headingDegrees,
    `Heading off by ${round(figures.headingDeviationDegrees, 1)}° (tolerance ${tolerances.headingDegrees}°).`);
  check('tilt', figures.tiltDeviationDegrees, tolerances.tiltDegrees,
    `Tilt off by ${round(figures.tiltDeviationDegrees, 1)}° (tolerance ${tolerances.tiltDegrees}°).`);
  check('mount_height', figures.mountHeightDeviationMeters, tolerances.mountHeightMeters,
    `Mounted ${round(figures.mountHeightDeviationMeters)} m ${figures.mountHeightDeviationMeters > 0 ? 'higher' : 'lower'} than designed (tolerance ${tolerances.mountHeightMeters} m).`);
  check('position', figures.positionDeviationMeters, tolerances.positionMeters,
    `Installed ${round(figures.positionDeviationMeters, 1)} m from the designed position (tolerance ${tolerances.positionMeters} m).`);
  if (figures.modelChanged) reasons.push({ kind: 'model', value: 1, tolerance: 0, blackSpotId: null, message: 'Another camera model than the designed one was installed.' });
  for (const delivery of [...deliveries].sort((a, b) => a.code.localeCompare(b.code))) {
    const lost = lossPoints(delivery);
    if (lost > tolerances.blackSpotLossPoints + 1e-9) {
      reasons.push({
        kind: 'black_spot', value: round(lost), tolerance: tolerances.blackSpotLossPoints, blackSpotId: delivery.blackSpotId,
        message: `Black spot ${delivery.code} loses ${round(lost, 1)} points at its required level (${round(delivery.designFraction * 100, 1)} % designed, ${round(delivery.asBuiltFraction * 100, 1)} % as built; tolerance ${tolerances.blackSpotLossPoints} points).`,
      });
    }
  }
  return reasons;
}
