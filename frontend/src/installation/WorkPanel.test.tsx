import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { MyWorkPanel } from './WorkPanel';

/* "My work" against a stubbed /graphql and a granted geolocation: the list, the late badge, the distance, a step sent with the position. */
const item = (code: string, status: string, late: boolean, distanceMeters: number) => ({
  assetType: 'camera', assetId: `id-${code}`, code, status, version: 3, workPackageId: 'wp', workPackageCode: 'WP-SEB-01',
  workPackageName: 'Médina', dueOn: '2026-11-27', late, distanceMeters,
});

let requests: Array<{ query: string; variables: Record<string, any> }>;
beforeEach(() => {
  requests = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string);
    requests.push(body);
    const data = body.query.includes('moveAssetStatus')
      ? { moveAssetStatus: { stepId: 'step-1', status: 'installed', assetVersion: 4 } }
      : { myWork: [item('CAM-BAT-01', 'approved', true, 1234.5), item('CAM-BBJ-01', 'installed', false, 80)] };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  }));
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: { getCurrentPosition: (success: PositionCallback) => success({ coords: { longitude: -4.98, latitude: 34.06, accuracy: 8 } } as GeolocationPosition) },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MyWorkPanel', () => {
  it('lists the work with late items and distances, and records a step with the device position', async () => {
    await act(() => i18n.changeLanguage('fr'));
    render(<MyWorkPanel />);
    await screen.findByTestId('work-item-CAM-BAT-01');
    expect(requests[0].variables).toEqual({ longitude: -4.98, latitude: 34.06 });
    expect(screen.getByTestId('work-item-CAM-BAT-01').textContent).toContain('En retard');
    expect(screen.getByTestId('work-item-CAM-BAT-01').textContent).toMatch(/1,23\s?km/);
    // An installed camera has nothing left for the contractor.
    expect(screen.getByTestId('work-item-CAM-BBJ-01').querySelector('button')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('Commentaire (facultatif)'), { target: { value: 'Posée' } });
    fireEvent.click(screen.getByRole('button', { name: 'Installé' }));
    await waitFor(() => expect(requests.some((request) => request.query.includes('moveAssetStatus'))).toBe(true));
    const move = requests.find((request) => request.query.includes('moveAssetStatus'))!;
    expect(move.variables.input).toEqual({
      assetType: 'camera', assetId: 'id-CAM-BAT-01', toStatus: 'installed', expectedVersion: 3, comment: 'Posée', longitude: -4.98, latitude: 34.06, accuracyMeters: 8,
    });
    await act(() => i18n.changeLanguage('en'));
  });
});

describe('nearestFirstOrder', () => {
  it('puts what is still to do first, then the nearest', async () => {
    const { nearestFirstOrder } = await import('./WorkPanel');
    const items = [item('FAR', 'approved', false, 900), item('DONE', 'installed', false, 5), item('NEAR', 'in_progress', true, 40)] as never[];
    expect(nearestFirstOrder(items).map((entry: { code: string }) => entry.code)).toEqual(['NEAR', 'FAR', 'DONE']);
  });
});
