import type { CircleMarkerOptions, PathOptions } from 'leaflet';
import {
  ASSET_STATUSES,
  BLACK_SPOT_CATEGORIES,
  NETWORK_NODE_KINDS,
  type AssetStatus,
  type BlackSpotCategory,
  type NetworkNodeKind,
} from '../domain/vocabulary';

/**
 * Pure style functions: data in, Leaflet path options out. One palette for the whole map so the
 * legend can be generated from the same tables.
 */

export const UNKNOWN_COLOUR = '#9aa3ad';

export const STATUS_COLOURS: Record<AssetStatus, string> = {
  planned: '#7c6cd9',
  approved: '#2f80c7',
  in_progress: '#e0a100',
  installed: '#3aa561',
  commissioned: '#13703a',
  out_of_service: '#d43d3d',
  decommissioned: '#8a8f98',
};

export const BLACK_SPOT_COLOURS: Record<BlackSpotCategory, string> = {
  crime: '#c62828',
  road_accidents: '#ef6c00',
  crowds: '#8e24aa',
  critical_site: '#37474f',
};

export const NETWORK_NODE_STYLES: Record<NetworkNodeKind, { colour: string; radius: number }> = {
  control_centre: { colour: '#0b2e6b', radius: 9 },
  cabinet: { colour: '#00838f', radius: 6 },
  switch: { colour: '#26a69a', radius: 5 },
  splice_closure: { colour: '#546e7a', radius: 4 },
};

export const POWER_COLOUR = '#b4530a';
export const POLE_COLOUR = '#4b5563';

export function statusColour(status: string | null | undefined): string {
  return isOneOf(ASSET_STATUSES, status) ? STATUS_COLOURS[status] : UNKNOWN_COLOUR;
}

/** Statuses whose asset is not (yet, or any more) in the field: drawn fainter. */
function isNotInField(status: string | null | undefined): boolean {
  return status === 'planned' || status === 'approved' || status === 'decommissioned';
}

export function cameraMarkerStyle(status: string | null | undefined): CircleMarkerOptions {
  return {
    radius: 5,
    color: '#ffffff',
    weight: 1.5,
    fillColor: statusColour(status),
    fillOpacity: 1,
  };
}

export function cameraSectorStyle(status: string | null | undefined): PathOptions {
  const colour = statusColour(status);
  return { color: colour, weight: 0.8, opacity: 0.55, fillColor: colour, fillOpacity: 0.14, interactive: false };
}

/**
 * An existing asset (already in place, re-used, not priced) as a hollow ring in its colour, so that a
 * planner sees at a glance what the programme builds and what it re-uses.
 */
function existingMarker(style: CircleMarkerOptions, existing: boolean | null | undefined): CircleMarkerOptions {
  return existing ? { ...style, color: style.fillColor, weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.9 } : style;
}

export function poleMarkerStyle(status: string | null | undefined, existing?: boolean | null): CircleMarkerOptions {
  return existingMarker({
    radius: 2.5,
    color: '#ffffff',
    weight: 0.8,
    fillColor: POLE_COLOUR,
    fillOpacity: isNotInField(status) ? 0.45 : 0.9,
  }, existing);
}

export function networkNodeMarkerStyle(kind: string | null | undefined, existing?: boolean | null): CircleMarkerOptions {
  const style = isOneOf(NETWORK_NODE_KINDS, kind) ? NETWORK_NODE_STYLES[kind] : { colour: UNKNOWN_COLOUR, radius: 5 };
  return existingMarker({ radius: style.radius, color: '#ffffff', weight: 2, fillColor: style.colour, fillOpacity: 1 }, existing);
}

export function powerSourceMarkerStyle(existing?: boolean | null): CircleMarkerOptions {
  return existingMarker({ radius: 5, color: '#fff7ed', weight: 2, fillColor: POWER_COLOUR, fillOpacity: 1 }, existing);
}

/** Existing cables thinner and fainter than the new works drawn over the same streets. */
const EXISTING_LINE = { weightLess: 1.5, opacity: 0.5 };

export function fiberRunStyle(run: { status?: string | null; installMethod?: string | null; existing?: boolean | null }): PathOptions {
  return {
    color: statusColour(run.status),
    weight: run.existing ? 3 - EXISTING_LINE.weightLess : 3,
    opacity: run.existing ? EXISTING_LINE.opacity : isNotInField(run.status) ? 0.7 : 0.95,
    lineCap: 'round',
    lineJoin: 'round',
    // Aerial spans dotted, ducts and facades solid.
    dashArray: run.installMethod === 'aerial' ? '1 6' : undefined,
  };
}

export function powerFeedStyle(feed: { status?: string | null; switched?: boolean | null; existing?: boolean | null }): PathOptions {
  const colour =
    feed.status === 'out_of_service' ? STATUS_COLOURS.out_of_service
    : feed.status === 'decommissioned' ? STATUS_COLOURS.decommissioned
    : POWER_COLOUR;
  return {
    color: colour,
    weight: feed.existing ? 2 - EXISTING_LINE.weightLess / 2 : 2,
    opacity: feed.existing ? EXISTING_LINE.opacity : isNotInField(feed.status) ? 0.55 : 0.9,
    dashArray: feed.switched ? '6 5' : undefined,
    lineCap: 'butt',
  };
}

export type PriorityLevel = 'high' | 'medium' | 'low';

/** Black spot priority (API: integer 1 = low to 5 = highest) as high (4-5) / medium (3) / low (1-2). */
export function priorityLevel(priority: unknown): PriorityLevel {
  if (typeof priority === 'number' && Number.isFinite(priority)) {
    return priority >= 4 ? 'high' : priority >= 3 ? 'medium' : 'low';
  }
  return 'low';
}

const PRIORITY_PATH: Record<PriorityLevel, { weight: number; fillOpacity: number }> = {
  high: { weight: 2.5, fillOpacity: 0.38 },
  medium: { weight: 1.8, fillOpacity: 0.26 },
  low: { weight: 1.2, fillOpacity: 0.16 },
};

export function blackSpotStyle(spot: { category?: string | null; priority?: unknown }): PathOptions {
  const colour = isOneOf(BLACK_SPOT_CATEGORIES, spot.category) ? BLACK_SPOT_COLOURS[spot.category] : UNKNOWN_COLOUR;
  return { color: colour, fillColor: colour, opacity: 0.9, ...PRIORITY_PATH[priorityLevel(spot.priority)] };
}

export const ZONE_STYLE: PathOptions = {
  color: '#1f2d3d',
  weight: 1.6,
  opacity: 0.75,
  dashArray: '6 4',
  fill: false,
  interactive: false,
};

export const BUILDING_STYLE: PathOptions = {
  color: '#8d99a6',
  weight: 0.6,
  fillColor: '#c9d1da',
  fillOpacity: 0.55,
  interactive: false,
};

function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
