/**
 * Black-spot analysis: how much of a black spot the cameras cover at its required DORI level.
 * Computed per black spot from the coverage regions whose bounds touch it (R-tree pre-filter),
 * never from one city-wide union. Which cameras count (planned, live...) is the caller's filter.
 */
import RBush from 'rbush';
import { BoundingBox, Region, boundsIntersect, isEmptyBounds, normalizePolygonRings, regionArea, regionBounds } from '../geometry/planar';
import { differenceRegions, intersectFlatRegion, intersectRegions } from '../geometry/polygon-operations';
import { CameraCoverage, LevelCoverage } from './camera-coverage';

export interface BlackSpotInput {
  id: string;
  /** Projected metres; one polygon (outer ring then holes) or any non-overlapping ring set. */
  polygon: Region;
  requiredLevel: string;
}

export interface BlackSpotCoverageResult {
  blackSpotId: string;
  requiredLevel: string;
  areaSquareMeters: number;
  coveredAreaSquareMeters: number;
  /** 0..1 */
  coveredFraction: number;
  /** What no camera covers at the required level, projected metres. */
  uncovered: Region;
  /** Cameras whose region at the required level overlaps the black spot (positive area). */
  contributingCameraIds: string[];
}

/** Below this (m^2) an overlap is a touching edge, not a contribution. */
const CONTRIBUTION_MINIMUM_SQUARE_METERS = 1e-4;

/** By its bounds (empty exactly when the region is), so a core-computed level's Region is not built. */
function isEmptyLevel(level: LevelCoverage): boolean {
  return isEmptyBounds(level.bounds);
}

/** Coverage of one black spot by the given cameras (only those touching it are used). */
export function analyzeBlackSpot(blackSpot: BlackSpotInput, coverages: readonly CameraCoverage[]): BlackSpotCoverageResult {
  const spot = normalizePolygonRings(blackSpot.polygon);
  const spotBounds = regionBounds(spot);
  const areaSquareMeters = regionArea(spot);
  const contributingCameraIds: string[] = [];
  const coveringRings: Region = [];
  for (const coverage of coverages) {
    const level = coverage.levels.find((entry) => entry.level === blackSpot.requiredLevel);
    if (!level || isEmptyLevel(level) || !boundsIntersect(level.bounds, spotBounds)) continue;
    // Core-computed levels keep their geometry flat: clip it without building the level's Region.
    const flat = level.flat;
    const overlap = flat ? intersectFlatRegion(flat, spot) : intersectRegions(level.region, spot);
    if (regionArea(overlap) <= CONTRIBUTION_MINIMUM_SQUARE_METERS) continue;
    contributingCameraIds.push(coverage.cameraId);
    for (const ring of overlap) coveringRings.push(ring);
  }
  // Clipped pieces all lie inside the spot: the difference with their union is the uncovered part.
  const uncovered = coveringRings.length > 0 ? differenceRegions(spot, coveringRings) : spot;
  const uncoveredArea = coveringRings.length > 0 ? regionArea(uncovered) : areaSquareMeters;
  const coveredAreaSquareMeters = Math.max(0, areaSquareMeters - uncoveredArea);
  return {
    blackSpotId: blackSpot.id,
    requiredLevel: blackSpot.requiredLevel,
    areaSquareMeters,
    coveredAreaSquareMeters,
    coveredFraction: areaSquareMeters > 0 ? coveredAreaSquareMeters / areaSquareMeters : 0,
    uncovered,
    contributingCameraIds,
  };
}

interface IndexedCoverage extends BoundingBox {
  coverage: CameraCoverage;
}

/** R-tree over camera coverage bounds (all levels: the detection level bounds the others). */
export class CoverageIndex {
  private readonly tree = new RBush<IndexedCoverage>(16);

  constructor(coverages: readonly CameraCoverage[]) {
    const items: IndexedCoverage[] = [];
    for (const coverage of coverages) {
      const bounds: BoundingBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      for (const level of coverage.levels) {
        if (isEmptyLevel(level)) continue;
        bounds.minX = Math.min(bounds.minX, level.bounds.minX);
        bounds.minY = Math.min(bounds.minY, level.bounds.minY);
        bounds.maxX = Math.max(bounds.maxX, level.bounds.maxX);
        bounds.maxY = Math.max(bounds.maxY, level.bounds.maxY);
      }
      if (Number.isFinite(bounds.minX)) items.push({ ...bounds, coverage });
    }
    this.tree.load(items);
  }

  touching(bounds: BoundingBox): CameraCoverage[] {
    return this.tree.search(bounds).map((item) => item.coverage);
  }
}

/** Every black spot against the cameras touching it. */
export function analyzeBlackSpots(blackSpots: readonly BlackSpotInput[], coverageIndex: CoverageIndex): BlackSpotCoverageResult[] {
  return blackSpots.map((blackSpot) => analyzeBlackSpot(blackSpot, coverageIndex.touching(regionBounds(blackSpot.polygon))));
}
