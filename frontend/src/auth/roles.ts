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
 * simulate outages) but do not change the design; viewer only looks. With no accounts API (or no
 * login required) the map is used by one planning team: everything is allowed.
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

export const OPEN_ACCESS: Permissions = { plan: true, analyse: true };
