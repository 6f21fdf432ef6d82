import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RevisionedCache } from '../common/data-revision';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { ACTIVE_FAULT_STATES, type FaultState } from '../core/maintenance';
import { INSTALLED_STATUSES } from '../network/network-loader';
import { NetworkService } from '../network/network.service';
import type { ControlCentreFaultRef, ControlCentreStatus, FaultAssigneeTeam } from './dto/fault.types';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/**
 * The control centre's wall: the installed cameras dark now (out of service, with the active faults
 * holding them) and what the black spots lose because of them at their required level, every
 * installed camera working against now (the outage analysis's coverage-loss code). Kept per
 * 'maintenance' data revision: a camera status, fault or coverage change builds it again.
 */
@Injectable()
export class ControlCentreService {
  private readonly cache: RevisionedCache<ControlCentreStatus> | null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly network: NetworkService,
    @Optional() @Inject(VIGIE_CONFIG) config?: Partial<Pick<VigieConfig, 'analysisCache'>>,
  ) {
    this.cache = config?.analysisCache === false ? null : new RevisionedCache(dataSource, 'maintenance');
  }

  async status(): Promise<ControlCentreStatus> {
    if (!this.cache) return this.compute();
    // Checked against the revision just now: the answer holds as of now, whenever it was built.
    return { ...(await this.cache.get('status', () => this.compute())).value, asOf: new Date() };
  }

  private async compute(): Promise<ControlCentreStatus> {
    const asOf = new Date();
    const cameras: { id: string; code: string; location: string; dark_since: Date | null }[] = await this.dataSource.query(
      `SELECT c.id, c.code, ST_AsGeoJSON(c.location) AS location,
              (SELECT max(s.occurred_at) FROM asset_status_step s WHERE s.asset_type = 'camera' AND s.asset_id = c.id AND s.to_status::text = 'out_of_service') AS dark_since
         FROM camera c WHERE c.status = 'out_of_service' ORDER BY c.code`,
    );
    const holds: { camera_id: string; id: string; priority: number; state: FaultState; category: string }[] = await this.dataSource.query(
      `SELECT fc.camera_id, f.id, f.priority, f.state, f.category FROM fault_camera fc JOIN fault f ON f.id = fc.fault_id
        WHERE f.state = ANY($1::fault_state[]) ORDER BY f.priority, f.reported_at`,
      [ACTIVE_FAULT_STATES],
    );
    const faultsOf = new Map<string, ControlCentreFaultRef[]>();
    for (const hold of holds) {
      const list = faultsOf.get(hold.camera_id) ?? [];
      list.push({ id: hold.id, priority: hold.priority, state: hold.state, category: hold.category });
      faultsOf.set(hold.camera_id, list);
    }
    const losses = await this.network.coverageLoss(new Set(cameras.map((camera) => camera.id)), INSTALLED_STATUSES);
    const [{ installed }] = await this.dataSource.query('SELECT count(*)::int AS installed FROM camera WHERE status::text = ANY($1::text[])', [INSTALLED_STATUSES]);
    const active: { priority: number; count: number }[] = await this.dataSource.query(
      'SELECT priority, count(*)::int AS count FROM fault WHERE state = ANY($1::fault_state[]) GROUP BY priority',
      [ACTIVE_FAULT_STATES],
    );
    const activeByPriority = [0, 0, 0, 0];
    for (const row of active) activeByPriority[row.priority - 1] = row.count;
    return {
      asOf,
      installedCameraCount: installed,
      darkCameras: cameras.map((camera) => ({
        cameraId: camera.id,
        code: camera.code,
        location: JSON.parse(camera.location),
        darkSince: camera.dark_since ? new Date(camera.dark_since) : null,
        faults: faultsOf.get(camera.id) ?? [],
      })),
      blackSpotsLosing: losses
        .filter((loss) => loss.coveredBeforeSquareMeters - loss.coveredAfterSquareMeters > 0.01)
        .map((loss) => ({
          blackSpotId: loss.blackSpot.id,
          code: loss.blackSpot.code,
          name: loss.blackSpot.name,
          priority: loss.blackSpot.priority,
          requiredLevel: loss.blackSpot.requiredLevel,
          coveredBeforePercent: percent(loss.coveredBeforeSquareMeters, loss.areaSquareMeters),
          coveredNowPercent: percent(loss.coveredAfterSquareMeters, loss.areaSquareMeters),
          lostSquareMeters: Math.round(Math.max(0, loss.coveredBeforeSquareMeters - loss.coveredAfterSquareMeters) * 100) / 100,
          darkCameraIds: loss.darkCameraIds,
        })),
      activeByPriority,
    };
  }

  /** The teams and people a fault can be assigned to (enabled accounts that may work faults). */
  async assignees(): Promise<FaultAssigneeTeam[]> {
    const rows: { organisation_id: string | null; organisation_name: string | null; id: string; name: string; role: string }[] = await this.dataSource.query(
      `SELECT o.id AS organisation_id, o.name AS organisation_name, u.id, u.name, u.role::text AS role
         FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE NOT u.disabled AND u.role::text IN ('admin', 'engineer', 'maintenance', 'contractor')
        ORDER BY o.name NULLS LAST, u.name, u.id`,
    );
    const organisations: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM organisation ORDER BY name, id');
    const teams = new Map<string, FaultAssigneeTeam>(organisations.map((org) => [org.id, { organisationId: org.id, name: org.name, users: [] }]));
    for (const row of rows) {
      const key = row.organisation_id ?? '';
      const team = teams.get(key) ?? { organisationId: row.organisation_id, name: row.organisation_name, users: [] };
      team.users.push({ id: row.id, name: row.name, role: row.role });
      teams.set(key, team);
    }
    return [...teams.values()];
  }
}
