import { describe, expect, it } from 'vitest';
import { bboxToLatLngBounds, fromLatLng, toLatLng } from './coordinates';

describe('toLatLng', () => {
  it('turns a GeoJSON [lon, lat] (Bab Boujloud, Fes) into Leaflet [lat, lng]', () => {
    expect(toLatLng([-4.9836, 34.0617])).toEqual([34.0617, -4.9836]);
  });

  it('ignores an altitude', () => {
    expect(toLatLng([-4.98, 34.06, 410])).toEqual([34.06, -4.98]);
  });

  it('refuses a position that is not numeric', () => {
    expect(() => toLatLng([Number.NaN, 34])).toThrow(RangeError);
    expect(() => toLatLng([] as unknown as [number, number])).toThrow(RangeError);
  });

  it('round-trips through fromLatLng', () => {
    const [lat, lng] = toLatLng([-5.0, 34.03]);
    expect(fromLatLng({ lat, lng })).toEqual([-5.0, 34.03]);
  });

  it('turns a bbox into south-west / north-east bounds', () => {
    expect(bboxToLatLngBounds([-5.05, 33.98, -4.93, 34.09])).toEqual([
      [33.98, -5.05],
      [34.09, -4.93],
    ]);
  });
});
