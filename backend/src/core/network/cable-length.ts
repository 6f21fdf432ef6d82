import type { LineString } from 'geojson';
import type { MetricPolicy } from '../geometry/metric';

/**
 * A cable's length, the one rule of the network analyses and the bill: as recorded (the store measures
 * every path with the metric policy when it is written), else measured now with the same policy.
 */
export function recordedOrMeasuredLength(line: { lengthMeters?: number | null; path: LineString }, metric: MetricPolicy): number {
  return line.lengthMeters != null && line.lengthMeters > 0 ? line.lengthMeters : metric.lineLengthMeters(line.path.coordinates);
}
