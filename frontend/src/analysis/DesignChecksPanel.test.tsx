import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CameraDesignWarnings, DesignChecksPanel, LISTED_PER_CHECK } from './DesignChecksPanel';
import { findingsOf, type DesignChecksResult } from './designChecksApi';

const finding = (id: string, elements: Array<{ kind: 'power_source' | 'power_feed'; id: string; code: string }> = []) =>
  ({ camera: { id, code: id.toUpperCase() }, elements, reason: '', darkByDay: null });
const result = (darkCount: number): DesignChecksResult => ({
  cameraCount: 200,
  flaggedCameraCount: 1 + darkCount,
  checks: [
    { kind: 'no_network_path', count: 1, findings: [finding('cam-lone')] },
    { kind: 'no_power', count: 1, findings: [finding('cam-lone')] },
    {
      kind: 'dark_by_day', count: darkCount,
      findings: Array.from({ length: darkCount }, (_, index) => ({
        ...finding(`cam-${index}`, [{ kind: 'power_source', id: 's', code: 'PS-EP-05' }, { kind: 'power_feed', id: 'f', code: 'PF-0075' }]),
        darkByDay: { from: '06:30', to: '19:00' },
      })),
    },
    { kind: 'fiber_over_capacity', count: 0, findings: [] },
  ],
  flaggedCameras: [],
});

describe('design checks panel', () => {
  it('counts each check and selects a flagged camera when its code is clicked', () => {
    const onSelect = vi.fn();
    render(<DesignChecksPanel checks={result(2)} error={null} onSelectCamera={onSelect} />);
    expect(screen.getByTestId('design-checks-summary').textContent).toBe('Cameras flagged: 3 of 200');
    const counts = screen.getAllByTestId('design-check').map((entry) => [entry.dataset.kind, entry.dataset.count]);
    expect(counts).toEqual([['no_network_path', '1'], ['no_power', '1'], ['dark_by_day', '2'], ['fiber_over_capacity', '0']]);
    expect(screen.getAllByText('Dark from 06:30 to 19:00: switched street lighting (PS-EP-05, PF-0075), UPS too short.')).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: 'Select camera CAM-LONE' })[0]);
    expect(onSelect).toHaveBeenCalledWith('cam-lone');
  });

  it('lists a bounded number of cameras per check and counts the rest', () => {
    render(<DesignChecksPanel checks={result(LISTED_PER_CHECK + 5)} error={null} onSelectCamera={() => undefined} />);
    expect(screen.getAllByRole('button', { name: /^Select camera CAM-\d+$/ })).toHaveLength(LISTED_PER_CHECK);
    expect(screen.getByText('… and 5 more')).toBeTruthy();
  });

  it("shows a camera's own warnings in its editor, none when it passes", () => {
    const { rerender } = render(<CameraDesignWarnings findings={findingsOf(result(2), 'cam-lone')} />);
    expect(screen.getByTestId('camera-design-warnings').dataset.kinds).toBe('no_network_path,no_power');
    rerender(<CameraDesignWarnings findings={findingsOf(result(2), 'someone-else')} />);
    expect(screen.queryByTestId('camera-design-warnings')).toBeNull();
  });
});
