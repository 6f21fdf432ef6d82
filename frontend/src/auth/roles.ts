import type { Role } from '../domain/vocabulary';

/** What each role of the accounts API (the shared vocabulary's ROLES) may do in the map. */
export interface Permissions {
  /** Place/move/turn cameras, draw black spots, buildings, fiber runs and power feeds, delete. */
  plan: boolean;
  /** Run analyses that do not change data (coverage, paths, outage simulation). */
  analyse: boolean;
}

/**
 * admin and engineer plan; contractor and maintenance work in the field from the plan (read it,
 * simulate outages) but do not change the design; viewer only looks, as does a visitor who has not
 * signed in on a server that allows anonymous reading.
 */
export function permissionsOf(role: Role | undefined | null): Permissions {
  switch (role) {
    case 'admin':
    case 'engineer':
      return { plan: true, analyse: true };
    case 'contractor':
    case 'maintenance':
      return { plan: false, analyse: true };
    case 'viewer':
      return { plan: false, analyse: true };
    default:
      return { plan: false, analyse: true };
  }
}

