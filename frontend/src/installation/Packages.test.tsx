import type { Polygon } from 'geojson';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { PackageDetails } from './Packages';

/* A package opened by an engineer, against a stubbed /graphql: assets added by the map's selection, a drawn area and a zone, one removed. */
const workPackage = {
  id: 'wp-1', version: 4, code: 'WP-ATL-02', name: 'Gare', phase: 'Phase 1', organisationId: 'org-1', zoneId: null,
  plannedStartOn: '2026-11-01', dueOn: '2026-12-31', status: 'open', assetCount: 1,
  assets: [{ assetType: 'camera', assetId: 'cam-1', code: 'CAM-GAR-01', status: 'approved', version: 2 }],
};
let requests: Array<{ query: string; variables: Record<string, any> }>;
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string);
    requests.push(body);
    const reply = (data: object) => new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    if (body.query.includes('PackageEditorData')) {
      return reply({ organisations: { nodes: [{ id: 'org-1', name: 'Atlas Réseaux SARL' }] }, zones: { nodes: [{ id: 'zone-1', code: 'Z1', name: 'Fès-Médina' }] } });
    }
    if (body.query.includes('addWorkPackageAssets')) return reply({ addWorkPackageAssets: workPackage });
    if (body.query.includes('removeWorkPackageAssets')) return reply({ removeWorkPackageAssets: workPackage });
    return reply({
      workPackage,
      sCurve: [{ at: '2026-11-01T00:00:00Z', plannedCount: 0, actualCount: 0 }, { at: '2026-12-07T00:00:00Z', plannedCount: 0.6, actualCount: 0 }],
      progress: {
        at: '2026-12-07T10:00:00Z', assetCount: 1, installedCount: 0, lateCount: 0, byStatus: [{ status: 'approved', count: 1, share: 1 }],
        lateItems: [], coverage: { liveCoveredFraction: 0, designCoveredFraction: 0.4 },
      },
    });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const inputOf = (name: string) => requests.filter((request) => request.query.includes(name)).map((request) => request.variables.input);

describe('PackageDetails', () => {
  it('adds the selected asset, a drawn area and a zone, and removes an asset, each with the version read', async () => {
    await act(() => i18n.changeLanguage('en'));
    let drawn: ((area: Polygon | null) => void) | null = null;
    const highlight = vi.fn();
    render(
      <PackageDetails id="wp-1" canEdit onChanged={() => undefined}
        map={{ selection: { kind: 'pole', id: 'pole-9' }, requestArea: (callback) => { drawn = callback; }, onHighlight: highlight }} />,
    );
    await screen.findByTestId('package-details-WP-ATL-02');
    await waitFor(() => expect(highlight).toHaveBeenLastCalledWith(workPackage.assets));
    fireEvent.click(screen.getByRole('button', { name: 'Add the selected asset' }));
    await waitFor(() => expect(inputOf('addWorkPackageAssets')).toHaveLength(1));
    expect(inputOf('addWorkPackageAssets')[0]).toEqual({ workPackageId: 'wp-1', version: 4, assets: [{ assetType: 'pole', assetId: 'pole-9' }] });

    await waitFor(() => expect(screen.getByTestId('package-add-area')).not.toBeDisabled());
    fireEvent.click(screen.getByTestId('package-add-area'));
    const area: Polygon = { type: 'Polygon', coordinates: [[[-5, 34], [-4.99, 34], [-4.99, 34.01], [-5, 34]]] };
    await act(async () => drawn!(area));
    await waitFor(() => expect(inputOf('addWorkPackageAssets')).toHaveLength(2));
    expect(inputOf('addWorkPackageAssets')[1]).toEqual({ workPackageId: 'wp-1', version: 4, area });

    await screen.findByRole('option', { name: 'Fès-Médina' });
    fireEvent.change(screen.getByTestId('package-zone'), { target: { value: 'zone-1' } });
    await waitFor(() => expect(screen.getByTestId('package-add-zone')).not.toBeDisabled());
    fireEvent.click(screen.getByTestId('package-add-zone'));
    await waitFor(() => expect(inputOf('addWorkPackageAssets')).toHaveLength(3));
    expect(inputOf('addWorkPackageAssets')[2]).toEqual({ workPackageId: 'wp-1', version: 4, zoneId: 'zone-1' });

    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove CAM-GAR-01 from the package' })).not.toBeDisabled());
    fireEvent.click(screen.getByRole('button', { name: 'Remove CAM-GAR-01 from the package' }));
    await waitFor(() => expect(inputOf('removeWorkPackageAssets')).toEqual([{ workPackageId: 'wp-1', version: 4, assets: [{ assetType: 'camera', assetId: 'cam-1' }] }]));
  });
});
