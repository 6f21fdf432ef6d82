import type { EntityManager } from 'typeorm';

const DAY_MS = 86_400_000;

/** A second contractor beside the demo's Atlas Réseaux SARL (users/demo-accounts.ts). */
export const DEMO_SECOND_CONTRACTOR = 'Sebou Fibre & Énergie SARL';

interface DemoPackage {
  code: string;
  name: string;
  contractor: 'atlas' | 'sebou';
  phase: string;
  /** Camera code prefixes (the demo names cameras by black spot: CAM-GAR-01 ...). */
  cameraPrefixes: string[];
  /** Days from the seeding day. */
  startDay: number;
  dueDay: number;
}

const PHASE_1 = 'Phase 1 - Médina avant la Coupe du monde 2030';
const PHASE_0 = 'Phase 0 - Pilote ville nouvelle';

/**
 * The demo's packages: two finished or under way for Atlas (the demo contractor account's company), two
 * for Sebou in the Médina, one of them late (its due day passed with cameras still planned).
 */
const DEMO_PACKAGES: DemoPackage[] = [
  { code: 'WP-ATL-01', name: 'Place Florence - pilote', contractor: 'atlas', phase: PHASE_0, cameraPrefixes: ['CAM-PFL'], startDay: -180, dueDay: -70 },
  { code: 'WP-ATL-02', name: 'Gare ferroviaire - parvis', contractor: 'atlas', phase: PHASE_1, cameraPrefixes: ['CAM-GAR'], startDay: -35, dueDay: 25 },
  { code: 'WP-SEB-01', name: 'Médina - Bab Boujloud et Batha', contractor: 'sebou', phase: PHASE_1, cameraPrefixes: ['CAM-BBJ', 'CAM-BAT'], startDay: -140, dueDay: -10 },
  { code: 'WP-SEB-02', name: "Médina - Place R'cif", contractor: 'sebou', phase: PHASE_1, cameraPrefixes: ['CAM-RCF'], startDay: -20, dueDay: 60 },
];

/**
 * The status history that led each demo camera to its seeded status, one step every few days per
 * camera (deterministic from its rank): commissioned cameras went through approval, installation and
 * commissioning over the last six months; installed ones over the last four; approved ones were
 * approved a month ago. Days before the seeding day.
 */
const HISTORY: Record<string, { to: string; day: (rank: number) => number; actor: 'contractor' | 'engineer' }[]> = {
  commissioned: [
    { to: 'approved', day: () => -175, actor: 'engineer' },
    { to: 'in_progress', day: (rank) => -160 + rank * 4, actor: 'contractor' },
    { to: 'installed', day: (rank) => -130 + rank * 6, actor: 'contractor' },
    { to: 'commissioned', day: (rank) => -95 + rank * 5, actor: 'engineer' },
  ],
  installed: [
    { to: 'approved', day: () => -135, actor: 'engineer' },
    { to: 'in_progress', day: (rank) => -110 + rank * 7, actor: 'contractor' },
    { to: 'installed', day: (rank) => -70 + rank * 8, actor: 'contractor' },
  ],
  approved: [{ to: 'approved', day: (rank) => -32 + rank, actor: 'engineer' }],
};

/**
 * Inside the demo seed's transaction, after the organisations and accounts: a second contractor, the
 * work packages (their cameras assigned to the package's contractor, as the API would), and the
 * status history behind the seeded statuses, so that progress and its chart say something. Dates are
 * counted from the seeding day (UTC midnight), so the demo always has late items and a recent history;
 * everything else is fixed. The demo's assets are dated from the programme's start (200 days back).
 */
export async function seedDemoInstallation(manager: EntityManager, now: Date = new Date()): Promise<Record<string, number>> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (offset: number) => new Date(today + offset * DAY_MS);
  const isoDay = (offset: number) => day(offset).toISOString().slice(0, 10);
  const organisation = async (name: string) => {
    const [row] = await manager.query(
      `INSERT INTO organisation (version, name, kind) VALUES (1, $1, 'contractor')
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [name],
    );
    return row.id as string;
  };
  const contractors = { atlas: await organisation('Atlas Réseaux SARL'), sebou: await organisation(DEMO_SECOND_CONTRACTOR) };
  const userId = async (email: string) => ((await manager.query('SELECT id FROM app_user WHERE email = $1', [email]))[0]?.id as string) ?? null;
  const actors = { contractor: await userId('contractor@vigie.demo'), engineer: await userId('engineer@vigie.demo') };

  for (const table of ['pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed']) {
    await manager.query(`UPDATE "${table}" SET created_at = $1 WHERE created_at > $1`, [day(-200)]);
  }

  /** Writes the steps that led one asset from planned to its status; returns how many. */
  const history = async (assetType: string, asset: { id: string; status: string }, rank: number, contractorActor: string | null, workPackageId: string | null) => {
    let from = 'planned';
    let written = 0;
    for (const step of HISTORY[asset.status] ?? []) {
      await manager.query(
        `INSERT INTO asset_status_step (asset_type, asset_id, from_status, to_status, actor_user_id, occurred_at, comment, work_package_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          assetType, asset.id, from, step.to, step.actor === 'engineer' ? actors.engineer : contractorActor,
          new Date(day(step.day(rank)).getTime() + 9 * 3_600_000 + rank * 1_800_000), `Demo: ${step.to}`, workPackageId,
        ],
      );
      from = step.to;
      written++;
    }
    return written;
  };
  let steps = 0;
  let members = 0;
  for (const demo of DEMO_PACKAGES) {
    const organisationId = contractors[demo.contractor];
    const [created] = await manager.query(
      `INSERT INTO work_package (version, code, name, organisation_id, phase, planned_start_on, due_on, status, created_at)
       VALUES (1, $1, $2, $3, $4, $5, $6, 'open', $7) RETURNING id`,
      [demo.code, demo.name, organisationId, demo.phase, isoDay(demo.startDay), isoDay(demo.dueDay), day(demo.startDay - 7)],
    );
    const cameras: { id: string; code: string; status: string }[] = await manager.query(
      `SELECT id, code, status FROM camera WHERE split_part(code, '-', 1) || '-' || split_part(code, '-', 2) = ANY($1::text[]) ORDER BY code`,
      [demo.cameraPrefixes],
    );
    const ranks = new Map<string, number>();
    for (const camera of cameras) {
      // Rank among the package's cameras of the same status: their steps stay in the past.
      const rank = ranks.get(camera.status) ?? 0;
      ranks.set(camera.status, rank + 1);
      await manager.query(
        `INSERT INTO work_package_asset (work_package_id, asset_type, asset_id, added_at) VALUES ($1, 'camera', $2, $3)`,
        [created.id, camera.id, day(demo.startDay - 7)],
      );
      await manager.query('UPDATE camera SET assigned_organisation_id = $1 WHERE id = $2', [organisationId, camera.id]);
      members++;
      // Contractor steps by the demo contractor account only for its own company (Atlas).
      steps += await history('camera', camera, rank, demo.contractor === 'atlas' ? actors.contractor : null, created.id);
    }
  }
  // The rest of the works under way (poles, cables, nodes ... and cameras outside the packages): their history too.
  for (const table of ['pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed']) {
    const rows: { id: string; status: string }[] = await manager.query(
      `SELECT id, status FROM "${table}" t WHERE NOT existing AND status IN ('approved', 'installed', 'commissioned')
          AND NOT EXISTS (SELECT 1 FROM asset_status_step s WHERE s.asset_id = t.id) ORDER BY code`,
    );
    const ranks = new Map<string, number>();
    for (const row of rows) {
      const rank = ranks.get(row.status) ?? 0;
      ranks.set(row.status, rank + 1);
      steps += await history(table, row, rank % 8, null, null);
    }
  }
  return { work_package: DEMO_PACKAGES.length, work_package_asset: members, asset_status_step: steps };
}
