import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { graphql } from '../gql';
import type { NightCoverageQuery } from '../gql/graphql';
import type { CameraSelectionMode } from '../map/mapUrlState';

/** Black-spot coverage by day and by night (infrared or white-light range, cameras dark at night left out): the API's nightCoverage. */
export type NightCoverageResult = NightCoverageQuery['nightCoverage'];

const NIGHT_COVERAGE = graphql(`
  query NightCoverage($cameras: CameraSelection) {
    nightCoverage(cameras: $cameras) {
      night { from to minutes }
      cameraCount areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters
      camerasDarkAtNight { camera { id code } darkMinutes from to causes }
      camerasWithoutNightLight { id code }
      blackSpots { blackSpot { id code name priority requiredLevel } areaSquareMeters dayCoveredFraction nightCoveredFraction }
    }
  }
`);

export async function fetchNightCoverage(mode: CameraSelectionMode, signal?: AbortSignal): Promise<NightCoverageResult> {
  return (await graphqlRequest(NIGHT_COVERAGE, { cameras: mode }, { signal })).nightCoverage;
}

export function useNightCoverage(mode: CameraSelectionMode, refreshKey: unknown, enabled = true): { night: NightCoverageResult | null; error: string | null } {
  const [state, setState] = useState<{ night: NightCoverageResult | null; error: string | null }>({ night: null, error: null });
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    fetchNightCoverage(mode, abort.signal).then(
      (night) => !abort.signal.aborted && setState({ night, error: null }),
      (error: unknown) => !abort.signal.aborted && setState((previous) => ({ night: previous.night, error: userMessage(error).message })),
    );
    return () => abort.abort();
  }, [mode, refreshKey, enabled]);
  return state;
}
