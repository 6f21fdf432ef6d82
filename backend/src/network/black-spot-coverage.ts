import { analyzeBlackSpot, type BlackSpotCoverageResult, type BlackSpotInput, type CameraCoverage } from '../core/coverage';
import { projectPolygon, type Projection } from '../core/geometry/projection';
import { coverageFromStoredArea } from '../coverage/stored-coverage';
import type { BlackSpotRow, CoverageOverBlackSpotRow } from './network.repository';

/**
 * One black spot with the stored coverage rows (at its required level) that touch it, projected once
 * into the deployment's projected CRS (the same as the coverage feature's analyses: one metric policy),
 * so that its coverage can be measured with any subset of cameras.
 */
export class BlackSpotCoverageCase {
  readonly input: BlackSpotInput;
  readonly coverages: CameraCoverage[];
  readonly cameraIds: string[];
  private readonly memo = new Map<string, BlackSpotCoverageResult>();

  constructor(
    readonly spot: BlackSpotRow,
    rows: readonly CoverageOverBlackSpotRow[],
    projection: Projection,
  ) {
    this.input = { id: spot.id, polygon: projectPolygon(spot.boundary, projection), requiredLevel: spot.requiredLevel };
    this.coverages = rows
      .map((row) => coverageFromStoredArea(row.cameraId, spot.requiredLevel, row.area, projection))
      .filter((coverage): coverage is CameraCoverage => coverage !== null);
    this.cameraIds = [...new Set(rows.map((row) => row.cameraId))];
  }

  /** Coverage with only the given cameras (all of this spot's cameras when omitted); memoised per set. */
  measure(withCameraIds?: Iterable<string>): BlackSpotCoverageResult {
    const allowed = withCameraIds ? new Set(withCameraIds) : null;
    const key = allowed ? this.cameraIds.filter((id) => allowed.has(id)).sort().join(',') : this.cameraIds.slice().sort().join(',');
    let result = this.memo.get(key);
    if (!result) {
      result = analyzeBlackSpot(this.input, allowed ? this.coverages.filter((coverage) => allowed.has(coverage.cameraId)) : this.coverages);
      this.memo.set(key, result);
    }
    return result;
  }
}

/** Groups coverage rows by black spot into cases (spots without rows get a case with no cameras). */
export function blackSpotCases(
  spots: readonly BlackSpotRow[],
  rows: readonly CoverageOverBlackSpotRow[],
  projection: Projection,
): BlackSpotCoverageCase[] {
  const bySpot = new Map<string, CoverageOverBlackSpotRow[]>();
  for (const row of rows) {
    const list = bySpot.get(row.blackSpotId);
    if (list) list.push(row);
    else bySpot.set(row.blackSpotId, [row]);
  }
  return spots.map((spot) => new BlackSpotCoverageCase(spot, bySpot.get(spot.id) ?? [], projection));
}
