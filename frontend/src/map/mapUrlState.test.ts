import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_LAYERS } from './layerCatalog';
import { parseMapUrlState, serializeMapHash } from './mapUrlState';

describe('parseMapUrlState', () => {
  it('defaults to all layers, the deployment view and online tiles', () => {
    expect(parseMapUrlState('', '')).toEqual({ view: undefined, visibleLayers: DEFAULT_VISIBLE_LAYERS, tiles: 'auto' });
  });

  it('reads ?tiles=off', () => {
    expect(parseMapUrlState('?tiles=off', '').tiles).toBe('off');
    expect(parseMapUrlState('?tiles=on', '').tiles).toBe('auto');
  });

  it('reads the view and the layers from the hash', () => {
    const state = parseMapUrlState('?tiles=off', '#map=16/34.06170/-4.98360&layers=cameras,zones,nonsense');
    expect(state.view).toEqual({ zoom: 16, latitude: 34.0617, longitude: -4.9836 });
    // Unknown names dropped, catalog order kept.
    expect(state.visibleLayers).toEqual(['zones', 'cameras']);
  });

  it('accepts an empty layer list (everything hidden)', () => {
    expect(parseMapUrlState('', '#layers=').visibleLayers).toEqual([]);
  });

  it('ignores a malformed or out-of-range view', () => {
    expect(parseMapUrlState('', '#map=16/abc/-4.9').view).toBeUndefined();
    expect(parseMapUrlState('', '#map=16/95/-4.9').view).toBeUndefined();
    expect(parseMapUrlState('', '#map=16/34').view).toBeUndefined();
  });
});

describe('serializeMapHash', () => {
  it('writes zoom/lat/lon and the visible layers in catalog order', () => {
    const hash = serializeMapHash({ zoom: 15, latitude: 34.061712345, longitude: -4.983612345 }, ['cameras', 'zones']);
    expect(hash).toBe('map=15/34.06171/-4.98361&layers=zones,cameras');
  });

  it('round-trips through the parser', () => {
    const view = { zoom: 17, latitude: 34.03312, longitude: -5.00021 };
    const layers = ['buildings', 'camera-sectors', 'cameras'] as const;
    const parsed = parseMapUrlState('', `#${serializeMapHash(view, layers)}`);
    expect(parsed.view).toEqual(view);
    expect(parsed.visibleLayers).toEqual(layers);
  });

  it('keeps a fractional zoom short', () => {
    expect(serializeMapHash({ zoom: 13.5, latitude: 34, longitude: -5 }, [])).toBe('map=13.5/34.00000/-5.00000&layers=');
  });
});

describe('selection, panel and camera selection in the URL', () => {
  const view = { latitude: 34.0617, longitude: -4.9836, zoom: 16 };
  it('round-trips the selected asset, the open tab and live cameras', () => {
    const hash = serializeMapHash(view, ['cameras'], { selection: { kind: 'camera', id: 'a1b2-c3' }, tab: 'blackSpots', cameras: 'live' });
    expect(hash).toBe('map=16/34.06170/-4.98360&layers=cameras&sel=camera:a1b2-c3&tab=blackSpots&cams=live');
    expect(parseMapUrlState('', `#${hash}`)).toMatchObject({
      selection: { kind: 'camera', id: 'a1b2-c3' }, tab: 'blackSpots', cameras: 'live', visibleLayers: ['cameras'],
    });
  });
  it('leaves defaults out and ignores unknown or unsafe values', () => {
    expect(serializeMapHash(view, [], { tab: 'layers', cameras: 'planned', selection: null })).toBe('map=16/34.06170/-4.98360&layers=');
    const state = parseMapUrlState('', '#sel=rocket:1&tab=admin&cams=all');
    expect(state.selection).toBeUndefined();
    expect(state.tab).toBeUndefined();
    expect(state.cameras).toBeUndefined();
    expect(parseMapUrlState('', '#sel=camera:<script>').selection).toBeUndefined();
  });
});
