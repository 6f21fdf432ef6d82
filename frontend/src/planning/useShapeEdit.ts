import { useCallback, useMemo, useState } from 'react';
import type { Polygon } from 'geojson';

/** A polygon being reshaped on the map: the shape it started from and the shape as edited so far. */
export function useShapeEdit() {
  const [original, setOriginal] = useState<Polygon | null>(null);
  const [edited, setEdited] = useState<Polygon | null>(null);
  /** Starts editing this polygon (null: stops). */
  const start = useCallback((polygon: Polygon | null) => {
    setOriginal(polygon);
    setEdited(polygon);
  }, []);
  const stop = useCallback(() => start(null), [start]);
  return useMemo(() => ({
    /** The polygon handed to the map's editor (null: no edit). */
    original,
    /** What the details panel shows and saves: the edited shape. */
    current: original ? edited ?? original : null,
    onChange: setEdited,
    start,
    stop,
  }), [original, edited, start, stop]);
}
