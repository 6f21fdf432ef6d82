import type { FaultPriority } from './fault-vocabulary';

/** What one black spot loses at its required level when a fault's cameras go dark. */
export interface BlackSpotLoss {
  /** Black-spot priority, 1 (low) to 5 (high). */
  priority: number;
  areaSquareMeters: number;
  coveredBeforeSquareMeters: number;
  coveredAfterSquareMeters: number;
}

/**
 * Lowest loss score for P1, P2 and P3 (anything lower is P4). The score is the sum over black spots of
 * the fraction of the spot's area no longer covered at its required level times its priority (1-5):
 * a priority-5 spot losing half its coverage scores 2.5; a camera whose view its neighbours still cover
 * scores 0.
 */
export interface PriorityThresholds {
  p1: number;
  p2: number;
  p3: number;
}

export const DEFAULT_PRIORITY_THRESHOLDS: PriorityThresholds = { p1: 2.5, p2: 0.75, p3: 0.05 };

export function lossScore(losses: readonly BlackSpotLoss[]): number {
  let score = 0;
  for (const loss of losses) {
    if (!(loss.areaSquareMeters > 0)) continue;
    const lost = Math.max(0, loss.coveredBeforeSquareMeters - loss.coveredAfterSquareMeters);
    score += (lost / loss.areaSquareMeters) * loss.priority;
  }
  return score;
}

export function priorityFromScore(score: number, thresholds: PriorityThresholds = DEFAULT_PRIORITY_THRESHOLDS): FaultPriority {
  if (score >= thresholds.p1) return 1;
  if (score >= thresholds.p2) return 2;
  if (score >= thresholds.p3) return 3;
  return 4;
}
