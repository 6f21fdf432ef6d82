import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { BandwidthPanel } from './BandwidthPanel';
import type { BandwidthResult } from './bandwidthApi';
import { NightCoveragePanel } from './NightCoveragePanel';
import type { NightCoverageResult } from './nightApi';

const link = (kind: 'uplink' | 'fiber_run' | 'camera_link' | 'control_centre_ingest', code: string, loadMbps: number, capacityMbps: number) => ({
  kind, element: { kind: kind === 'fiber_run' ? 'fiber_run' : 'network_node', id: `${code}-id`, code } as const, terminatesAt: kind === 'uplink' ? { code: 'CC' } : null,
  cameraCount: 3, loadMbps, capacityMbps, utilization: loadMbps / capacityMbps, overSubscribed: loadMbps > capacityMbps,
});

// The worked example: 100 cameras at 4 Mbit/s for 30 days, 129.6 TB before RAID, 162 TB with 25 %.
const report: BandwidthResult = {
  recordingProfile: null,
  settings: {
    retentionDays: 30, recordingMode: 'continuous', eventRecordingShare: 0.3, raidOverheadPercent: 25, framesPerSecond: 25,
    uplinkCapacityMbps: 10, cameraLinkCapacityMbps: 100, controlCentreIngestCapacityMbps: 10000,
  },
  now: { cameraCount: 40, meanRecordedMbps: 160, netTerabytes: 51.84, rawTerabytes: 64.8 },
  planned: { cameraCount: 100, meanRecordedMbps: 400, netTerabytes: 129.6, rawTerabytes: 162 },
  byModel: [{ modelCode: 'BUL-2MP-VF', codec: 'h265', cameraCount: 100, dayMbps: 4, nightMbps: 4.8, totalMeanMbps: 400 }],
  linkCount: 3,
  overSubscribedCount: 2,
  links: [link('uplink', 'SW-1', 12, 10), link('fiber_run', 'FR-7', 12, 10), link('fiber_run', 'FR-8', 4, 100)],
  ingest: [link('control_centre_ingest', 'CC', 400, 10000)],
};

const night: NightCoverageResult = {
  night: { from: '18:00', to: '07:00', minutes: 780 },
  cameraCount: 2, areaSquareMeters: 500, dayCoveredSquareMeters: 490, nightCoveredSquareMeters: 47.9,
  camerasDarkAtNight: [{ camera: { id: 'c2', code: 'C2' }, darkMinutes: 90, from: '06:30', to: '19:00', causes: ['switched_lighting_off'] }],
  camerasWithoutNightLight: [],
  blackSpots: [
    { blackSpot: { id: 's1', code: 'S1', name: 'Bab Boujloud', priority: 5, requiredLevel: 'detection' }, areaSquareMeters: 250, dayCoveredFraction: 0.98, nightCoveredFraction: 0.19 },
    { blackSpot: { id: 's2', code: 'S2', name: 'Batha', priority: 4, requiredLevel: 'detection' }, areaSquareMeters: 250, dayCoveredFraction: 0.98, nightCoveredFraction: 0 },
  ],
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('bandwidth and storage in the Network tab', () => {
  it.each([
    ['en', '129.6 TB', 'over capacity', '2 links of 3 over capacity'],
    ['fr', '129,6 To', 'saturé', '2 liens sur 3 saturés'],
    ['ar', 'تيرابايت', 'تتجاوز السعة', 'عدد الوصلات التي تتجاوز سعتها'],
  ])('%s: storage now and as planned, and the over-subscribed links flagged', async (language, planned, flag, summary) => {
    await act(() => i18n.changeLanguage(language));
    render(<BandwidthPanel report={report} error={null} canPlan={false} onSaved={() => undefined} />);
    const plannedRow = screen.getByTestId('storage-planned');
    expect(plannedRow.dataset.netTb).toBe('129.6');
    expect(plannedRow.textContent).toContain(planned);
    expect(screen.getByTestId('storage-now').dataset.rawTb).toBe('64.8');
    expect(screen.getByTestId('bandwidth-links-summary').textContent).toContain(summary);
    const over = screen.getAllByTestId('bandwidth-link').filter((row) => row.dataset.over === 'true');
    expect(over.map((row) => row.dataset.kind)).toEqual(['uplink', 'fiber_run']);
    for (const row of over) expect(within(row).getByText(flag, { exact: false })).toBeTruthy();
    expect(screen.getAllByTestId('bandwidth-link').filter((row) => row.dataset.over === 'false')).toHaveLength(2);
  });

  it('offers the profile settings to engineers only when a profile is stored', () => {
    const { rerender } = render(<BandwidthPanel report={report} error={null} canPlan onSaved={() => undefined} />);
    expect(screen.queryByTestId('recording-profile-form')).toBeNull();
    rerender(<BandwidthPanel report={{ ...report, recordingProfile: { id: 'p', version: 1, code: 'FES', name: 'Fès tender' } }} error={null} canPlan onSaved={() => undefined} />);
    expect(screen.getByTestId('recording-profile-form')).toBeTruthy();
  });
});

describe('night coverage beside day coverage', () => {
  it.each([
    ['en', 'By night', 'switched street lighting off'],
    ['fr', 'De nuit', 'éclairage public coupé'],
    ['ar', 'ليلاً', 'الإنارة العمومية مقطوعة'],
  ])('%s: each spot by day and by night, and the cameras dark at night', async (language, byNight, cause) => {
    await act(() => i18n.changeLanguage(language));
    render(<NightCoveragePanel night={night} error={null} />);
    expect(screen.getByText(byNight)).toBeTruthy();
    const rows = screen.getAllByTestId('night-coverage-spot');
    expect(rows.map((row) => [row.dataset.day, row.dataset.night])).toEqual([['0.98', '0.19'], ['0.98', '0']]);
    expect(screen.getByTestId('night-dark-count').dataset.count).toBe('1');
    expect(screen.getByText(cause, { exact: false })).toBeTruthy();
  });

  it('shows only the selected spot in the Black spots tab', () => {
    render(<NightCoveragePanel night={night} error={null} onlyBlackSpotId="s2" />);
    expect(screen.getAllByTestId('night-coverage-spot').map((row) => row.dataset.spotId)).toEqual(['s2']);
    expect(screen.queryByTestId('night-dark-count')).toBeNull();
  });
});
