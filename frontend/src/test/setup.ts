import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// A whole-page render with Leaflet takes ~0.9 s on a busy 2-core machine: the 1 s default of
// waitFor made such tests flaky without saying anything about the app.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no SVGSVGElement.createSVGRect, which Leaflet uses to detect SVG support when it loads.
// Map tests use Leaflet's SVG renderer (its canvas renderer needs a real canvas).
if (typeof window !== 'undefined' && !('createSVGRect' in SVGSVGElement.prototype)) {
  Object.defineProperty(SVGSVGElement.prototype, 'createSVGRect', {
    configurable: true,
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  });
}

// Component tests read English (the key set's source language) unless a test switches.
import { i18n } from '../i18n/i18n';
import { beforeEach } from 'vitest';
beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});
