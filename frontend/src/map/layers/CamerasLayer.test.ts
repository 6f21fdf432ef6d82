import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { cameraTooltipHtml } from './CamerasLayer';
import type { CameraNode } from './camerasQuery';

const camera: CameraNode = {
  id: 'c1', version: 1, code: 'CAM-0001', name: "Place R'cif", status: 'commissioned',
  location: { type: 'Point', coordinates: [-4.9745, 34.0622] }, headingDegrees: 90, tiltDegrees: 10, mountHeightMeters: 6,
  focalLengthMm: 4, horizontalFieldOfViewDegrees: 60, detectionRangeMeters: 80, poleId: null,
  model: { id: 'm1', code: 'B4', name: 'Bullet 4MP', kind: 'fixed_bullet' },
};

describe('camera tooltip', () => {
  it('names the camera and its optics, escaped, in the current language', async () => {
    const html = cameraTooltipHtml(camera);
    expect(html).toContain('CAM-0001 · Place R&#39;cif');
    expect(html).toContain('Bullet 4MP');
    expect(html).toContain('Commissioned');
    await i18n.changeLanguage('fr');
    expect(cameraTooltipHtml(camera)).not.toEqual(html);
  });

  it('leaves out the model when the catalogue does not know it', () => {
    expect(cameraTooltipHtml({ ...camera, model: null, name: null })).not.toContain('Bullet');
  });
});
