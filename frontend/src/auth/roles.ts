/** Roles of the accounts API, and what each may do in the map. */
export const ROLES = ['admin', 'engineer', 'contractor', 'maintenance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

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

