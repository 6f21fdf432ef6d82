import { describe, expect, it } from 'vitest';
import { parseReportRoute, reportHash } from './reportRoute';
import { exportUrl, fileNameOf } from '../exchange/exportRequest';

const ZONE = '0b3f6a52-2c6e-4a55-9d2e-5d1f9a7c1e20';

describe('report route', () => {
  it('is null for the map, and reads scope, paper and language from the hash', () => {
    expect(parseReportRoute('#map=14/34.06/-4.98&layers=zones')).toBeNull();
    expect(parseReportRoute('#report')).toEqual({ scope: { kind: 'city', id: null }, paper: 'a4' });
    expect(parseReportRoute(`#report&scope=zone:${ZONE}&paper=a3&lang=ar`)).toEqual({ scope: { kind: 'zone', id: ZONE }, paper: 'a3', language: 'ar' });
  });

  it('falls back to the city for a malformed scope and round-trips through reportHash', () => {
    expect(parseReportRoute('#report&scope=zone:not-an-id')?.scope).toEqual({ kind: 'city', id: null });
    expect(parseReportRoute('#report&scope=district:1&lang=de')).toEqual({ scope: { kind: 'city', id: null }, paper: 'a4' });
    const route = { scope: { kind: 'work_package' as const, id: ZONE }, paper: 'a3' as const };
    expect(parseReportRoute(`#${reportHash(route)}`)).toEqual(route);
  });
});

describe('export request', () => {
  it('asks for a layer, a format, a scope and a selection', () => {
    expect(exportUrl({ layer: 'cameras', format: 'shp', scope: { kind: 'city' } })).toBe('/api/export?layer=cameras&format=shp&scope=city');
    expect(exportUrl({ layer: 'coverage', format: 'gpkg', scope: { kind: 'zone', id: ZONE }, ids: ['a', 'b'] })).toBe(
      `/api/export?layer=coverage&format=gpkg&scope=zone%3A${ZONE}&ids=a%2Cb`,
    );
    expect(fileNameOf('attachment; filename="vigie-cameras-city.zip"', 'x')).toBe('vigie-cameras-city.zip');
    expect(fileNameOf(null, 'fallback.geojson')).toBe('fallback.geojson');
  });
});
