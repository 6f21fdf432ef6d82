/**
 * The maintenance vocabulary shared by the core, the entities, the API and the map: fault categories,
 * lifecycle states, resolutions, channels and the assets a fault may be logged on.
 */
export const FAULT_CATEGORIES = [
  'no_image',
  'image_degraded',
  'camera_moved_or_obstructed',
  'vandalism',
  'power',
  'fiber_cut',
  'network_equipment',
  'other',
] as const;
export type FaultCategory = (typeof FAULT_CATEGORIES)[number];

/** open -> acknowledged -> in_progress -> resolved -> closed, with reopen back to open. */
export const FAULT_STATES = ['open', 'acknowledged', 'in_progress', 'resolved', 'closed'] as const;
export type FaultState = (typeof FAULT_STATES)[number];

/** States in which a fault still holds what it darkens (and the repair clock runs). */
export const ACTIVE_FAULT_STATES: readonly FaultState[] = ['open', 'acknowledged', 'in_progress'];
export const isActiveFaultState = (state: FaultState): boolean => ACTIVE_FAULT_STATES.includes(state);

export const FAULT_RESOLUTIONS = ['repaired', 'replaced_part', 'replaced_asset', 'no_fault_found'] as const;
export type FaultResolution = (typeof FAULT_RESOLUTIONS)[number];

export const FAULT_CHANNELS = ['control_centre', 'field_team', 'automatic'] as const;
export type FaultChannel = (typeof FAULT_CHANNELS)[number];

export const FAULT_ASSET_TYPES = ['camera', 'pole', 'network_node', 'fiber_run', 'power_feed', 'power_source'] as const;
export type FaultAssetType = (typeof FAULT_ASSET_TYPES)[number];

/** P1 (most urgent) to P4. */
export const FAULT_PRIORITIES = [1, 2, 3, 4] as const;
export type FaultPriority = (typeof FAULT_PRIORITIES)[number];

/**
 * Whether a fault of this category takes what it is logged on out of service by default (the person
 * logging it may say otherwise): a degraded image still records, everything else means no picture.
 */
export const CATEGORY_DARKENS: Record<FaultCategory, boolean> = {
  no_image: true,
  image_degraded: false,
  camera_moved_or_obstructed: true,
  vandalism: true,
  power: true,
  fiber_cut: true,
  network_equipment: true,
  other: false,
};

/** Allowed lifecycle moves: from -> the states it may go to. "Reopen" is resolved/closed -> open. */
export const FAULT_TRANSITIONS: Record<FaultState, readonly FaultState[]> = {
  open: ['acknowledged', 'in_progress', 'resolved'],
  acknowledged: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export function canTransition(from: FaultState, to: FaultState): boolean {
  return FAULT_TRANSITIONS[from].includes(to);
}
