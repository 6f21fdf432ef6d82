import { describe, expect, it } from 'vitest';
import {
  BLACK_SPOT_COLOURS,
  blackSpotStyle,
  cameraMarkerStyle,
  cameraSectorStyle,
  fiberRunStyle,
  networkNodeMarkerStyle,
  POLE_COLOUR,
  poleMarkerStyle,
  POWER_COLOUR,
  powerFeedStyle,
  powerSourceMarkerStyle,
  priorityLevel,
  STATUS_COLOURS,
  statusColour,
  UNKNOWN_COLOUR,
} from './mapStyles';
import { ASSET_STATUSES } from '../domain/vocabulary';

describe('status colours', () => {
  it('gives every status of the vocabulary its own colour', () => {
    const colours = ASSET_STATUSES.map(statusColour);
    expect(new Set(colours).size).toBe(ASSET_STATUSES.length);
    expect(colours).not.toContain(UNKNOWN_COLOUR);
  });

  it('falls back to grey for an unknown status', () => {
    expect(statusColour('exploded')).toBe(UNKNOWN_COLOUR);
    expect(statusColour(null)).toBe(UNKNOWN_COLOUR);
  });

  it('colours a camera marker and its sector by status; the sector is not interactive', () => {
    expect(cameraMarkerStyle('commissioned').fillColor).toBe(STATUS_COLOURS.commissioned);
    expect(cameraMarkerStyle('planned').fillColor).toBe(STATUS_COLOURS.planned);
    const sector = cameraSectorStyle('out_of_service');
    expect(sector.fillColor).toBe(STATUS_COLOURS.out_of_service);
    expect(sector.fillOpacity).toBeLessThan(0.3);
    expect(sector.interactive).toBe(false);
  });
});

describe('lines', () => {
  it('dashes switched power feeds only', () => {
    expect(powerFeedStyle({ status: 'installed', switched: true }).dashArray).toBeTruthy();
    expect(powerFeedStyle({ status: 'installed', switched: false }).dashArray).toBeUndefined();
  });

  it('draws a power feed out of service in red and a planned one fainter', () => {
    expect(powerFeedStyle({ status: 'out_of_service' }).color).toBe(STATUS_COLOURS.out_of_service);
    expect(powerFeedStyle({ status: 'planned' }).opacity!).toBeLessThan(powerFeedStyle({ status: 'installed' }).opacity!);
  });

  it('colours fiber runs by status and dots aerial spans', () => {
    expect(fiberRunStyle({ status: 'in_progress', installMethod: 'underground_duct' })).toMatchObject({
      color: STATUS_COLOURS.in_progress,
      dashArray: undefined,
    });
    expect(fiberRunStyle({ status: 'installed', installMethod: 'aerial' }).dashArray).toBeTruthy();
  });
});

describe('points', () => {
  it('makes the control centre the largest network node', () => {
    const radius = (kind: string) => networkNodeMarkerStyle(kind).radius!;
    expect(radius('control_centre')).toBeGreaterThan(radius('cabinet'));
    expect(radius('cabinet')).toBeGreaterThan(radius('splice_closure'));
    expect(networkNodeMarkerStyle('unknown').fillColor).toBe(UNKNOWN_COLOUR);
  });
});

describe('existing assets (in place, not priced)', () => {
  it('draws existing poles, nodes and sources as hollow rings in their own colour', () => {
    expect(poleMarkerStyle('installed', true)).toMatchObject({ color: POLE_COLOUR, fillColor: '#ffffff' });
    expect(poleMarkerStyle('installed', false)).toMatchObject({ color: '#ffffff', fillColor: POLE_COLOUR });
    expect(powerSourceMarkerStyle(true)).toMatchObject({ color: POWER_COLOUR, fillColor: '#ffffff' });
    const cabinet = networkNodeMarkerStyle('cabinet');
    expect(networkNodeMarkerStyle('cabinet', true)).toMatchObject({ color: cabinet.fillColor, fillColor: '#ffffff', radius: cabinet.radius });
  });

  it('draws existing cables thinner and fainter, keeping their status colour and install dots', () => {
    const newRun = fiberRunStyle({ status: 'installed', installMethod: 'aerial' });
    const existingRun = fiberRunStyle({ status: 'installed', installMethod: 'aerial', existing: true });
    expect(existingRun.color).toBe(newRun.color);
    expect(existingRun.dashArray).toBe(newRun.dashArray);
    expect(existingRun.weight!).toBeLessThan(newRun.weight!);
    expect(existingRun.opacity!).toBeLessThan(newRun.opacity!);
    expect(powerFeedStyle({ status: 'installed', existing: true }).weight!).toBeLessThan(powerFeedStyle({ status: 'installed' }).weight!);
  });
});

describe('black spots', () => {
  it('colours by category', () => {
    expect(blackSpotStyle({ category: 'road_accidents', priority: 1 }).fillColor).toBe(BLACK_SPOT_COLOURS.road_accidents);
    expect(blackSpotStyle({ category: 'crime', priority: 1 }).color).toBe(BLACK_SPOT_COLOURS.crime);
  });

  it('draws a higher priority more strongly', () => {
    const high = blackSpotStyle({ category: 'crowds', priority: 5 });
    const low = blackSpotStyle({ category: 'crowds', priority: 1 });
    expect(high.fillOpacity!).toBeGreaterThan(low.fillOpacity!);
    expect(high.weight!).toBeGreaterThan(low.weight!);
  });

  it('reads the API priority, 1 (low) to 5 (highest)', () => {
    expect([1, 2, 3, 4, 5].map(priorityLevel)).toEqual(['low', 'low', 'medium', 'high', 'high']);
    expect(priorityLevel(undefined)).toBe('low');
  });
});
