import type { LineString } from 'geojson';
import { useCallback, useEffect, useRef, useState } from 'react';
import { userMessage } from '../api/errors';
import { fetchBlackSpotCoverages } from '../analysis/analysisApi';
import {
  acceptPlacementProposals, cancelPlacementRun, fetchPlacementRun, isActive, startPlacementRun,
  type PlacementRunInput, type PlacementRunView,
} from './placementApi';

/** Milliseconds between two polls of a running optimiser. */
const POLL_MILLISECONDS = 400;

export interface PlacementState {
  run: PlacementRunView | null;
  error: string | null;
  /** Proposals ticked for acceptance. */
  picked: ReadonlySet<number>;
  /** The proposal shown highlighted on the map. */
  focus: number | null;
  /** The scope's black spots covered now by the stored design (area-weighted), measured by the coverage analysis. */
  coverageNow: number | null;
  accepting: boolean;
  acceptedNotice: { cameras: number; poles: number } | null;
}

/** The optimiser's run as the panel and the draft layer share it: start, poll, cancel, pick and accept. */
export function usePlacement(onAccepted: () => void) {
  const [state, setState] = useState<PlacementState>({ run: null, error: null, picked: new Set(), focus: null, coverageNow: null, accepting: false, acceptedNotice: null });
  const poll = useRef<number | null>(null);
  // Walls the engineer draws on the map for candidate brackets: kept across runs until cleared.
  const [walls, setWalls] = useState<LineString[]>([]);
  const [drawingWall, setDrawingWall] = useState(false);
  const addWall = useCallback((wall: LineString) => {
    setWalls((previous) => [...previous, wall]);
    setDrawingWall(false);
  }, []);
  const clearWalls = useCallback(() => setWalls([]), []);

  const measureNow = useCallback(async (run: PlacementRunView) => {
    const spots = run.result?.blackSpots ?? [];
    if (!spots.length) return;
    try {
      const coverages = await fetchBlackSpotCoverages('planned');
      const ids = new Set(spots.map((spot) => spot.blackSpotId));
      const mine = coverages.filter((coverage) => ids.has(coverage.blackSpotId));
      const area = mine.reduce((sum, coverage) => sum + coverage.areaSquareMeters, 0);
      const covered = mine.reduce((sum, coverage) => sum + coverage.coveredAreaSquareMeters, 0);
      setState((previous) => ({ ...previous, coverageNow: area > 0 ? covered / area : 0 }));
    } catch {
      setState((previous) => ({ ...previous, coverageNow: null }));
    }
  }, []);

  const follow = useCallback((run: PlacementRunView) => {
    setState((previous) => ({ ...previous, run }));
    if (isActive(run)) {
      poll.current = window.setTimeout(() => {
        fetchPlacementRun(run.id).then(follow, (error: unknown) => setState((previous) => ({ ...previous, error: userMessage(error).message })));
      }, POLL_MILLISECONDS);
    } else {
      void measureNow(run);
    }
  }, [measureNow]);

  useEffect(() => () => {
    if (poll.current !== null) window.clearTimeout(poll.current);
  }, []);

  const start = useCallback(async (input: PlacementRunInput) => {
    if (poll.current !== null) window.clearTimeout(poll.current);
    setState({ run: null, error: null, picked: new Set(), focus: null, coverageNow: null, accepting: false, acceptedNotice: null });
    try {
      follow(await startPlacementRun(input));
    } catch (error) {
      setState((previous) => ({ ...previous, error: userMessage(error).message }));
    }
  }, [follow]);

  const cancel = useCallback(async () => {
    if (!state.run) return;
    try {
      await cancelPlacementRun(state.run.id);
    } catch (error) {
      setState((previous) => ({ ...previous, error: userMessage(error).message }));
    }
  }, [state.run]);

  const togglePick = useCallback((index: number) => setState((previous) => {
    const picked = new Set(previous.picked);
    if (picked.has(index)) picked.delete(index);
    else picked.add(index);
    return { ...previous, picked };
  }), []);

  const setFocus = useCallback((focus: number | null) => setState((previous) => ({ ...previous, focus })), []);

  const accept = useCallback(async (all: boolean) => {
    const run = state.run;
    if (!run?.result) return;
    const indexes = all ? null : [...state.picked].sort((a, b) => a - b);
    if (indexes && indexes.length === 0) return;
    setState((previous) => ({ ...previous, accepting: true, error: null }));
    try {
      const accepted = await acceptPlacementProposals(run.id, indexes);
      setState((previous) => ({
        ...previous, run: accepted.run, accepting: false, picked: new Set(),
        acceptedNotice: { cameras: accepted.cameraIds.length, poles: accepted.poleIds.length },
      }));
      onAccepted();
      await measureNow(accepted.run);
    } catch (error) {
      setState((previous) => ({ ...previous, accepting: false, error: userMessage(error).message }));
    }
  }, [state.run, state.picked, onAccepted, measureNow]);

  const clear = useCallback(() => {
    if (poll.current !== null) window.clearTimeout(poll.current);
    setState({ run: null, error: null, picked: new Set(), focus: null, coverageNow: null, accepting: false, acceptedNotice: null });
  }, []);

  return { ...state, start, cancel, togglePick, setFocus, accept, clear, walls, drawingWall, setDrawingWall, addWall, clearWalls };
}

export type PlacementController = ReturnType<typeof usePlacement>;
