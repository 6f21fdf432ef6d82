import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

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
