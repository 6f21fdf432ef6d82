import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { CameraInstallation } from './CameraInstallation';
import { EVIDENCE_MESSAGES } from './evidenceMessages';

/* A camera's installation panel against a stubbed API: photos with their EXIF facts, the as-built record, the comparison. */
const camera = { id: 'c1', version: 2, location: { type: 'Point' as const, coordinates: [-5, 34.04] }, headingDegrees: 90, tiltDegrees: 0, mountHeightMeters: 6 };
const photo = (id: string, far: boolean, distance: number | null) => ({
  id, displayName: 'IMG.jpg', contentType: 'image/jpeg', sizeBytes: 1000, widthPixels: 640, heightPixels: 480,
  takenAt: '2026-12-07T09:15:30.000Z', takenAtLocal: '2026-12-07T10:15:30', takenAtOffset: '+01:00', position: null,
  distanceFromAssetMeters: distance, farFromAsset: far, uploadedAt: '2026-12-07T09:20:00.000Z',
  thumbnailUrl: `/api/evidence/${id}/thumbnail`, originalUrl: `/api/evidence/${id}/original`,
});
const record = {
  id: 'a1', version: 1, current: true, location: camera.location, headingDegrees: 110, tiltDegrees: 0, mountHeightMeters: 6, modelId: 'm',
  serialNumber: 'SN-9', comment: null, measuredAt: '2026-12-07T09:30:00.000Z', acceptanceState: 'needs_correction',
  deviations: [{ kind: 'heading', message: 'Heading off by 20°.' }], reviewComment: null, reviewedAt: null,
};
const acceptance = {
  asBuiltId: 'a1', headingDeviationDegrees: 20, tiltDeviationDegrees: 0, mountHeightDeviationMeters: 0, positionDeviationMeters: 0.4, modelChanged: false,
  withinTolerance: false, deviations: [{ kind: 'heading', message: 'Heading off by 20°.' }],
  blackSpots: [{ blackSpotId: 'b', blackSpotCode: 'BS-7', requiredLevel: 'detection', designCoveredPercent: 100, asBuiltCoveredPercent: 88.49, lossPoints: 11.51, outOfTolerance: true }],
  designCoverage: [{ cameraId: 'c1', level: 'detection', area: { type: 'MultiPolygon', coordinates: [] }, areaSquareMeters: 10, nearMeters: 1, farMeters: 50, unavailableReason: null }],
  asBuiltCoverage: [{ cameraId: 'c1', level: 'detection', area: { type: 'MultiPolygon', coordinates: [] }, areaSquareMeters: 9, nearMeters: 1, farMeters: 50, unavailableReason: null }],
};

let mutations: string[];
beforeEach(() => {
  mutations = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:thumb', revokeObjectURL: () => undefined }));
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/evidence/')) return new Response(new Blob(['x']));
    const { query } = JSON.parse(init?.body as string) as { query: string };
    if (query.includes('mutation')) mutations.push(query.match(/mutation (\w+)/)?.[1] ?? '');
    const data = query.includes('evidencePhotos') ? { evidencePhotos: [photo('p1', false, 8), photo('p2', true, 120)] }
      : query.includes('cameraAcceptance') ? { cameraAcceptance: acceptance }
        : query.includes('cameraAsBuilt') ? { cameraAsBuilt: record }
          : { sendBackCameraAsBuilt: { ...record, acceptanceState: 'sent_back' } };
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  void i18n.changeLanguage('en');
});

describe('camera installation panel', () => {
  it('shows each photo with its EXIF time and distance, the far one flagged, and the lost black spot', async () => {
    const onCoverage = vi.fn();
    render(<CameraInstallation camera={camera} role="engineer" onCoverage={onCoverage} />);
    const cards = await screen.findAllByTestId('photo-card');
    expect(cards.map((card) => card.dataset.far)).toEqual(['false', 'true']);
    expect(cards[1]).toHaveTextContent(/Taken 120 m from the camera/);
    expect(await screen.findByTestId('as-built')).toHaveAttribute('data-state', 'needs_correction');
    expect(await screen.findByText('BS-7')).toBeInTheDocument();
    expect(screen.getByTestId('deviations')).toHaveTextContent('Heading off by 20°.');
    expect(screen.getByTestId('photo-input')).toHaveAttribute('capture', 'environment');
    fireEvent.click(screen.getByTestId('show-as-built'));
    expect(onCoverage).toHaveBeenCalledWith(acceptance.asBuiltCoverage);
  });

  it('asks for a comment before sending back, then sends it', async () => {
    render(<CameraInstallation camera={camera} role="engineer" />);
    fireEvent.click(await screen.findByText('Send back'));
    expect(screen.getByText('Write what must be corrected.')).toBeInTheDocument();
    expect(mutations).toEqual([]);
    fireEvent.change(screen.getByLabelText('Comment for the installer'), { target: { value: 'Turn it back' } });
    fireEvent.click(screen.getByText('Send back'));
    await waitFor(() => expect(mutations).toEqual(['SendBackCameraAsBuilt']));
  });

  it('speaks French and Arabic with the same keys, and offers no review to a contractor', async () => {
    expect(Object.keys(EVIDENCE_MESSAGES.fr).sort()).toEqual(Object.keys(EVIDENCE_MESSAGES.en).sort());
    expect(Object.keys(EVIDENCE_MESSAGES.ar).sort()).toEqual(Object.keys(EVIDENCE_MESSAGES.en).sort());
    await i18n.changeLanguage('ar');
    render(<CameraInstallation camera={camera} role="contractor" />);
    expect(await screen.findByText('التركيب')).toBeInTheDocument();
    await screen.findByTestId('acceptance');
    expect(screen.queryByText('استلام')).toBeNull();
    expect(screen.getByText('تسجيل القياسات')).toBeInTheDocument();
  });
});
