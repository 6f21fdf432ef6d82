import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { graphql } from '../gql';
import type { BandwidthReportQuery, RecordingMode } from '../gql/graphql';
import type { CameraSelectionMode } from '../map/mapUrlState';

/** Storage at the control centre now and as planned, and link loads against capacity: the API's bandwidthReport. */
export type BandwidthResult = BandwidthReportQuery['bandwidthReport'];
export type LinkLoadRow = BandwidthResult['links'][number];

const BANDWIDTH_REPORT = graphql(`
  query BandwidthReport($cameras: CameraSelection) {
    bandwidthReport(cameras: $cameras, limit: 20) {
      recordingProfile { id version code name }
      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond uplinkCapacityMbps cameraLinkCapacityMbps controlCentreIngestCapacityMbps }
      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }
      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }
      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }
      linkCount overSubscribedCount
      links { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }
      ingest { kind element { kind id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation UpdateRecordingProfileSettings($input: UpdateRecordingProfileInput!) {
    updateRecordingProfile(input: $input) { id version retentionDays recordingMode raidOverheadPercent }
  }
`);

export async function fetchBandwidthReport(mode: CameraSelectionMode, signal?: AbortSignal): Promise<BandwidthResult> {
  return (await graphqlRequest(BANDWIDTH_REPORT, { cameras: mode }, { signal })).bandwidthReport;
}

export async function updateRecordingSettings(input: { id: string; version: number; retentionDays: number; recordingMode: RecordingMode; raidOverheadPercent: number }): Promise<void> {
  await graphqlRequest(UPDATE_PROFILE, { input });
}

export function useBandwidthReport(mode: CameraSelectionMode, refreshKey: unknown, enabled = true): { report: BandwidthResult | null; error: string | null; reload: () => void } {
  const [state, setState] = useState<{ report: BandwidthResult | null; error: string | null }>({ report: null, error: null });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    if (!enabled) return undefined;
    const abort = new AbortController();
    fetchBandwidthReport(mode, abort.signal).then(
      (report) => !abort.signal.aborted && setState({ report, error: null }),
      (error: unknown) => !abort.signal.aborted && setState((previous) => ({ report: previous.report, error: userMessage(error).message })),
    );
    return () => abort.abort();
  }, [mode, refreshKey, enabled, reloads]);
  return { ...state, reload: () => setReloads((count) => count + 1) };
}
