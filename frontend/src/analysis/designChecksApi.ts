import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { graphql } from '../gql';
import type { DesignChecksQuery } from '../gql/graphql';
import type { CameraSelectionMode } from '../map/mapUrlState';

/** Where the design cannot work (no fiber path, no power, dark by day, over capacity…): the API's designChecks. */
export type DesignChecksResult = DesignChecksQuery['designChecks'];
export type DesignCheckEntry = DesignChecksResult['checks'][number];
export type DesignCheckFindingEntry = DesignCheckEntry['findings'][number];
export type FlaggedCameraEntry = DesignChecksResult['flaggedCameras'][number];

const DESIGN_CHECKS = graphql(`
  query DesignChecks($cameras: CameraSelection) {
    designChecks(cameras: $cameras) {
      cameraCount flaggedCameraCount
      checks { kind count findings { camera { id code } elements { kind id code } reason darkByDay { from to } } }
      flaggedCameras { id code location kinds }
    }
  }
`);

export async function fetchDesignChecks(mode: CameraSelectionMode, signal?: AbortSignal): Promise<DesignChecksResult> {
  return (await graphqlRequest(DESIGN_CHECKS, { cameras: mode }, { signal })).designChecks;
}

/** Asked again whenever `refreshKey` changes (any network asset reloaded, by us or, live, by others). */
export function useDesignChecks(mode: CameraSelectionMode, refreshKey: unknown, enabled = true): { checks: DesignChecksResult | null; error: string | null } {
  const [state, setState] = useState<{ checks: DesignChecksResult | null; error: string | null }>({ checks: null, error: null });
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    fetchDesignChecks(mode, abort.signal).then(
      (checks) => !abort.signal.aborted && setState({ checks, error: null }),
      (error: unknown) => !abort.signal.aborted && setState((previous) => ({ checks: previous.checks, error: userMessage(error).message })),
    );
    return () => abort.abort();
  }, [mode, refreshKey, enabled]);
  return state;
}

/** The findings about one camera, worst check first. */
export function findingsOf(checks: DesignChecksResult | null, cameraId: string): Array<{ kind: DesignCheckEntry['kind']; finding: DesignCheckFindingEntry }> {
  if (!checks) return [];
  return checks.checks.flatMap((check) =>
    check.findings.filter((finding) => finding.camera.id === cameraId).map((finding) => ({ kind: check.kind, finding })));
}
