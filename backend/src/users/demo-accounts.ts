import type { EntityManager } from 'typeorm';
import type { Role } from '../core/domain';
import { createAccount } from './user-accounts';

/**
 * Demo accounts, one per role: FOR THE DEMO ONLY (the passwords are public, listed in the README).
 * Created with the Fès demo data outside production (VIGIE_DEMO_ACCOUNTS=true|false overrides).
 */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role; organisation: DemoOrganisation }[] = [
  { email: 'admin@vigie.demo', password: 'vigie-admin-demo', name: 'Amina Admin', role: 'admin', organisation: 'office' },
  { email: 'engineer@vigie.demo', password: 'vigie-engineer-demo', name: 'Youssef Engineer', role: 'engineer', organisation: 'office' },
  { email: 'contractor@vigie.demo', password: 'vigie-contractor-demo', name: 'Karim Contractor', role: 'contractor', organisation: 'contractor' },
  { email: 'maintenance@vigie.demo', password: 'vigie-maintenance-demo', name: 'Salma Maintenance', role: 'maintenance', organisation: 'maintenance' },
  { email: 'viewer@vigie.demo', password: 'vigie-viewer-demo', name: 'Omar Viewer', role: 'viewer', organisation: 'office' },
];

type DemoOrganisation = 'office' | 'contractor' | 'maintenance';
const DEMO_ORGANISATIONS: [DemoOrganisation, string, string][] = [
  ['office', 'Bureau du programme Vigie Fès', 'programme_office'],
  ['contractor', 'Atlas Réseaux SARL', 'contractor'],
  ['maintenance', 'Équipe maintenance Fès', 'maintenance_team'],
];
const ASSET_TABLES = ['pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed'];

/**
 * Inside the demo seed's transaction: the demo organisations, the installation work in progress
 * (approved / in_progress / installed assets) assigned to the demo contractor, and the accounts.
 */
export async function seedDemoAccounts(manager: EntityManager, options: { accounts: boolean }): Promise<Record<string, number>> {
  const organisations = {} as Record<DemoOrganisation, string>;
  for (const [key, name, kind] of DEMO_ORGANISATIONS) {
    const [row] = await manager.query(
      `INSERT INTO organisation (version, name, kind) VALUES (1, $1, $2)
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [name, kind],
    );
    organisations[key] = row.id;
  }
  for (const table of ASSET_TABLES) {
    await manager.query(`UPDATE "${table}" SET assigned_organisation_id = $1 WHERE status IN ('approved', 'in_progress', 'installed')`, [
      organisations.contractor,
    ]);
  }
  let accounts = 0;
  if (options.accounts) {
    for (const account of DEMO_ACCOUNTS) {
      const [exists] = await manager.query('SELECT 1 FROM app_user WHERE email = $1', [account.email]);
      if (exists) continue;
      await createAccount(manager, { ...account, organisationId: organisations[account.organisation] });
      accounts++;
    }
  }
  return { organisation: DEMO_ORGANISATIONS.length, app_user: accounts };
}
