import { useState } from 'react';
import { EMPTY_FAILURES, type BlackSpotCoverage, type CameraCoverage, type FailureSet, type NetworkPath, type OutageResult } from './analysisApi';

/** What the panels' analyses found, kept by the workspace to draw over the map (WorkspaceOverlays). */
export function useAnalysisResults() {
  /** The selected camera's coverage (the editor's preview, or a PTZ preset's view). */
  const [coverage, setCoverage] = useState<CameraCoverage[] | null>(null);
  const [blackSpotCoverages, setBlackSpotCoverages] = useState<BlackSpotCoverage[] | null>(null);
  /** A camera's path to the control centre. */
  const [path, setPath] = useState<NetworkPath | null>(null);
  /** The elements failed in the outage simulation, and what it darkens. */
  const [failures, setFailures] = useState<FailureSet>(EMPTY_FAILURES);
  const [outage, setOutage] = useState<OutageResult | null>(null);
  return { coverage, setCoverage, blackSpotCoverages, setBlackSpotCoverages, path, setPath, failures, setFailures, outage, setOutage };
}
