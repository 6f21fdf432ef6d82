import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import type { DesignReportData, ReportBandwidth, ReportNight } from './designReportApi';
import { ReportBandwidthSection, ReportNightSection } from './ReportNightBandwidth';

/**
 * A zone's report: S1 lit by C1 (infrared 20 m), S2 watched by C2 on a switched lighting circuit (dark
 * 18:00-19:00 and 06:30-07:00) and C3 with no light of its own; S3 is outside the zone (left out).
 */
const report = {
  scopeKind: 'zone',
  blackSpots: [
    { blackSpot: { id: 's1', code: 'S1', name: 'Bab Boujloud', requiredLevel: 'detection' } },
    { blackSpot: { id: 's2', code: 'S2', name: 'Batha', requiredLevel: 'recognition' } },
  ],
  cameras: [
    { id: 'c1', code: 'C1', model: { code: 'BUL-IR', irRangeMeters: 20, whiteLightRangeMeters: null } },
    { id: 'c2', code: 'C2', model: { code: 'BUL-IR', irRangeMeters: 20, whiteLightRangeMeters: null } },
    { id: 'c3', code: 'C3', model: { code: 'DOM-DAY', irRangeMeters: null, whiteLightRangeMeters: null } },
  ],
} as unknown as DesignReportData;

const night: ReportNight = {
  night: { from: '18:00', to: '07:00', minutes: 780 },
  camerasDarkAtNight: [{ camera: { id: 'c2', code: 'C2' }, darkMinutes: 90, from: '06:30', to: '19:00', causes: ['switched_lighting_off'] }],
  camerasWithoutNightLight: [{ id: 'c3', code: 'C3' }],
  blackSpots: [
    { blackSpot: { id: 's1' }, areaSquareMeters: 250, dayCoveredSquareMeters: 245, nightCoveredSquareMeters: 47.5, dayCoveredFraction: 0.98, nightCoveredFraction: 0.19 },
    { blackSpot: { id: 's2' }, areaSquareMeters: 250, dayCoveredSquareMeters: 245, nightCoveredSquareMeters: 0, dayCoveredFraction: 0.98, nightCoveredFraction: 0 },
    { blackSpot: { id: 's3' }, areaSquareMeters: 1000, dayCoveredSquareMeters: 0, nightCoveredSquareMeters: 0, dayCoveredFraction: 0, nightCoveredFraction: 0 },
  ],
};

// The worked example: 100 cameras at 4 Mbit/s for 30 days, 129.6 TB before RAID, 162 TB with 25 %.
const bandwidth: ReportBandwidth = {
  recordingProfile: { code: 'FES-TENDER', name: 'Fès tender' },
  settings: { retentionDays: 30, recordingMode: 'continuous', eventRecordingShare: 0.3, raidOverheadPercent: 25, framesPerSecond: 25 },
  now: { cameraCount: 0, meanRecordedMbps: 0, netTerabytes: 0, rawTerabytes: 0 },
  planned: { cameraCount: 100, meanRecordedMbps: 400, netTerabytes: 129.6, rawTerabytes: 162 },
  byModel: [
    { modelCode: 'BUL-IR', codec: 'h265', cameraCount: 60, dayMbps: 3.6, nightMbps: 4.32, totalMeanMbps: 240 },
    { modelCode: 'BUL-IR', codec: 'h264', cameraCount: 40, dayMbps: 3.64, nightMbps: 4.37, totalMeanMbps: 160 },
  ],
  linkCount: 2,
  overSubscribedCount: 1,
  links: [
    { kind: 'uplink', element: { id: 'sw', code: 'SW-1' }, terminatesAt: { code: 'CC' }, cameraCount: 100, loadMbps: 1200, capacityMbps: 1000, utilization: 1.2, overSubscribed: true },
    { kind: 'fiber_run', element: { id: 'fr', code: 'FR-9' }, terminatesAt: null, cameraCount: 1, loadMbps: 5, capacityMbps: 1000, utilization: 0.005, overSubscribed: false },
  ],
  ingest: [{ kind: 'control_centre_ingest', element: { id: 'cc', code: 'CC' }, cameraCount: 100, loadMbps: 1200, capacityMbps: 10000, utilization: 0.12, overSubscribed: false }],
};

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('night coverage and bandwidth in the design report', () => {
  it("gives the scope's black spots by day and by night and says why each camera is dark at night", () => {
    render(<ReportNightSection report={report} night={{ value: night }} />);
    // S1 and S2 only: 490 of 500 m² by day, 47.5 by night.
    expect(screen.getByTestId('report-night-totals').textContent).toContain('98% by day');
    expect(screen.getByTestId('report-night-totals').textContent).toContain('9.5% by night');
    expect(screen.queryByText('S3')).toBeNull();
    const rows = within(screen.getByTestId('report-night-cameras')).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows[0]).toMatch(/sees up to 20\sm/); // a no-break space before the unit
    expect(rows[1]).toContain('dark 06:30–19:00 (90 min of the night): switched street lighting off');
    expect(rows[2]).toContain('no infrared or white light');
    expect(screen.getByText('2 scheduled cameras of 3 are dark during part of the night or have no light of their own.')).toBeTruthy();
  });

  it.each([
    ['en', '162 TB', 'H.264'],
    ['fr', '162 To', 'H.264'],
    ['ar', 'تيرابايت', 'H.264'],
  ])('%s: storage with RAID, a line per model and codec, the link over capacity flagged, the whole city said', async (language, raw, codec) => {
    await act(() => i18n.changeLanguage(language));
    render(<ReportBandwidthSection report={report} bandwidth={{ value: bandwidth }} />);
    expect(screen.getByTestId('report-storage').textContent).toContain(raw);
    const section = screen.getByTestId('report-bandwidth');
    expect(section.textContent).toContain(codec);
    expect(section.textContent).toContain('SW-1');
    // Only links over capacity are listed, with the ingest.
    expect(section.textContent).not.toContain('FR-9');
    expect(section.querySelectorAll('.report-warning')).toHaveLength(1);
    expect(section.textContent).toContain(i18n.t('report.bandwidth.wholeCity'));
  });

  it('says when a part could not be computed instead of losing the report', () => {
    render(<ReportNightSection report={report} night={{ error: 'Request timed out' }} />);
    expect(screen.getByRole('alert').textContent).toContain('Request timed out');
  });
});
