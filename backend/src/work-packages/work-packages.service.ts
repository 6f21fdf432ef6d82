import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Point } from 'geojson';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import type { ListFilter } from '../common/crud/list-filter.input';
import { VigieError, badInput, forbidden, notFound, staleVersion } from '../common/errors/vigie-errors';
import { recordAudit } from '../common/audit/audit-writer';
import { currentActor } from '../common/request-context';
import { isUuid } from '../common/uuid';
import { MAX_VERTICES } from '../core/bounds';
import { NETWORK_ELEMENT_KINDS, type NetworkElementKind } from '../core/network';
import { asMultiPolygon } from '../buildings/buildings.service';
import { WorkPackage, WorkPackageAsset } from './work-package.entity';
import { ASSET_TABLES, allAssetsSql } from './asset-rows';
import type { AssetRefInput, CreateWorkPackageInput, UpdateWorkPackageInput, WorkPackageAssetsInput } from './dto/work-package.inputs';
import type { WorkPackageAssetEntry } from './dto/work-package.types';

type AssetKey = { assetType: NetworkElementKind; assetId: string };

/**
 * Work packages through the generic CRUD (versions, audit, one transaction per write), plus their
 * assets. Rules: a package belongs to a contractor organisation; an asset is in at most one open
 * package (a partial unique index, checked first here to name the other package); adding an asset
 * assigns it to the package's organisation (so the contractor rules of ASSET_UPDATE_RULES apply) and
 * removing it takes that assignment back. Contractors read only their own organisation's packages.
 */
@Injectable()
export class WorkPackagesService extends CrudService<WorkPackage, CreateWorkPackageInput, UpdateWorkPackageInput> {
  protected readonly definition: CrudDefinition<WorkPackage> = {
    typeName: 'WorkPackage',
    entity: WorkPackage,
    geometry: { property: 'area', kind: 'MultiPolygon', maxVertices: MAX_VERTICES.Zone },
    searchProperties: ['code', 'name', 'phase'],
    statusProperty: 'status',
    referencedBy: [],
  };

  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource);
  }

  override async findOne(id: string, manager: EntityManager = this.dataSource.manager): Promise<WorkPackage> {
    const found = await super.findOne(id, manager);
    const actor = currentActor();
    if (actor?.role === 'contractor' && found.organisationId !== actor.organisationId) {
      throw forbidden('This work package belongs to another organisation.', { id });
    }
    return found;
  }

  protected override async filteredQuery(filter: ListFilter): Promise<SelectQueryBuilder<WorkPackage>> {
    const query = await super.filteredQuery(filter);
    const actor = currentActor();
    // A contractor sees its own organisation's packages only (none without an organisation).
    if (actor?.role === 'contractor') query.andWhere('record.organisationId = :ownOrganisation', { ownOrganisation: actor.organisationId ?? '00000000-0000-0000-0000-000000000000' });
    return query;
  }

  protected override async prepareValues(
    input: Partial<CreateWorkPackageInput>,
    manager: EntityManager,
    _facts: GeometryFacts | null,
    current: WorkPackage | null,
  ): Promise<Partial<WorkPackage>> {
    const { area, ...rest } = input;
    const values: Partial<WorkPackage> = { ...(rest as Partial<WorkPackage>) };
    if (area !== undefined) values.area = area ? asMultiPolygon(area) : null;
    if (input.organisationId) {
      const [organisation] = await manager.query('SELECT kind FROM organisation WHERE id = $1', [input.organisationId]);
      if (!organisation) throw notFound('Organisation', input.organisationId);
      if (organisation.kind !== 'contractor') {
        throw badInput(`A work package is given to a contractor organisation; this one is a ${organisation.kind}.`, { organisationId: input.organisationId });
      }
    }
    if (input.zoneId) {
      const [zone] = await manager.query('SELECT 1 FROM zone WHERE id = $1', [input.zoneId]);
      if (!zone) throw notFound('Zone', input.zoneId);
    }
    const start = input.plannedStartOn ?? current?.plannedStartOn;
    const due = input.dueOn ?? current?.dueOn;
    if (start && due && due < start) throw badInput(`The due date (${due}) is before the planned start (${start}).`, { plannedStartOn: start, dueOn: due });
    if (current && current.status === 'closed' && input.status === 'open') await this.checkReopen(manager, current.id);
    return values;
  }

  /** Package-level changes that reach the assets: a new organisation, or a reopened package, takes (back) their assignment. */
  protected override async afterWrite(manager: EntityManager, before: WorkPackage | null, after: WorkPackage | null): Promise<void> {
    const reopened = before?.status === 'closed' && after?.status === 'open';
    if (before && after && (before.organisationId !== after.organisationId || reopened)) {
      const members = await this.membersOf(manager, after.id);
      await this.assign(manager, members, after.organisationId, before.organisationId);
    }
  }

  /** Reopening a package must not put an asset in two open packages. */
  private async checkReopen(manager: EntityManager, packageId: string): Promise<void> {
    const rows = await manager.query(
      `SELECT wpa.asset_type, wpa.asset_id FROM work_package_asset wpa WHERE wpa.work_package_id = $1`,
      [packageId],
    );
    await this.checkNotInOtherOpenPackage(manager, packageId, rows.map((row: any) => ({ assetType: row.asset_type, assetId: row.asset_id })));
  }

  async assets(workPackageId: string): Promise<WorkPackageAssetEntry[]> {
    const rows = await this.dataSource.query(
      `SELECT a.asset_type, a.id, a.code, a.status, a.version, ST_AsGeoJSON(a.point) AS point
         FROM work_package_asset wpa JOIN (${allAssetsSql()}) a ON a.asset_type = wpa.asset_type AND a.id = wpa.asset_id
        WHERE wpa.work_package_id = $1 ORDER BY a.code`,
      [workPackageId],
    );
    return rows.map((row: any) => ({
      assetType: row.asset_type, assetId: row.id, code: row.code, status: row.status, version: row.version, position: JSON.parse(row.point) as Point,
    }));
  }

  async assetCounts(workPackageIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query(
      'SELECT work_package_id, count(*)::int AS count FROM work_package_asset WHERE work_package_id = ANY($1::uuid[]) GROUP BY work_package_id',
      [workPackageIds],
    );
    return new Map(rows.map((row: any) => [row.work_package_id, row.count]));
  }

  /** Adds assets (by ids, area, zone); they are assigned to the package's organisation. */
  async addAssets(input: WorkPackageAssetsInput): Promise<WorkPackage> {
    return this.write(async (manager) => {
      const workPackage = await this.lockPackage(manager, input.workPackageId, input.version);
      if (workPackage.status !== 'open') throw badInput(`The work package ${workPackage.code} is closed: reopen it before adding assets.`);
      const selected = await this.select(manager, input);
      const existing = new Set((await this.membersOf(manager, workPackage.id)).map(keyOf));
      const added = selected.filter((asset) => !existing.has(keyOf(asset)));
      if (!added.length) return workPackage;
      await this.checkNotInOtherOpenPackage(manager, workPackage.id, added);
      for (const kind of NETWORK_ELEMENT_KINDS) {
        const ids = added.filter((asset) => asset.assetType === kind).map((asset) => asset.assetId);
        if (!ids.length) continue;
        await manager.query(
          `INSERT INTO work_package_asset (work_package_id, asset_type, asset_id)
           SELECT $1, $2::asset_type, unnest($3::uuid[])`,
          [workPackage.id, kind, ids],
        );
      }
      await this.assign(manager, added, workPackage.organisationId, null);
      return this.touch(manager, workPackage, { added, removed: [] }, existing.size);
    });
  }

  /** Removes assets (by ids, area, zone); their assignment to the package's organisation is taken back. */
  async removeAssets(input: WorkPackageAssetsInput): Promise<WorkPackage> {
    return this.write(async (manager) => {
      const workPackage = await this.lockPackage(manager, input.workPackageId, input.version);
      const selected = await this.select(manager, input);
      const members = await this.membersOf(manager, workPackage.id);
      const memberKeys = new Set(members.map(keyOf));
      const removed = selected.filter((asset) => memberKeys.has(keyOf(asset)));
      if (!removed.length) return workPackage;
      for (const kind of NETWORK_ELEMENT_KINDS) {
        const ids = removed.filter((asset) => asset.assetType === kind).map((asset) => asset.assetId);
        if (!ids.length) continue;
        await manager.query('DELETE FROM work_package_asset WHERE work_package_id = $1 AND asset_type = $2 AND asset_id = ANY($3::uuid[])', [
          workPackage.id, kind, ids,
        ]);
      }
      await this.assign(manager, removed, null, workPackage.organisationId);
      return this.touch(manager, workPackage, { added: [], removed }, members.length);
    });
  }

  private async lockPackage(manager: EntityManager, id: string, version: number): Promise<WorkPackage> {
    const found = isUuid(id) ? await manager.findOne(WorkPackage, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!found) throw notFound('WorkPackage', id);
    if (found.version !== version) throw staleVersion('WorkPackage', id, found.version, version);
    return found;
  }

  private async membersOf(manager: EntityManager, workPackageId: string): Promise<AssetKey[]> {
    const rows = await manager.find(WorkPackageAsset, { where: { workPackageId } });
    return rows.map((row) => ({ assetType: row.assetType, assetId: row.assetId }));
  }

  /** The assets an input names: ids (each must exist), plus new works in an area or a zone. */
  private async select(manager: EntityManager, input: WorkPackageAssetsInput): Promise<AssetKey[]> {
    const explicit: AssetRefInput[] = input.assets ?? [];
    if (!explicit.length && !input.area && !input.zoneId) throw badInput('Name the assets: by ids (assets), a drawn area (area) or a zone (zoneId).');
    const found = new Map<string, AssetKey>();
    for (const kind of NETWORK_ELEMENT_KINDS) {
      const ids = [...new Set(explicit.filter((ref) => ref.assetType === kind).map((ref) => ref.assetId))];
      if (!ids.length) continue;
      const rows: { id: string }[] = await manager.query(`SELECT id FROM "${ASSET_TABLES[kind].table}" WHERE id = ANY($1::uuid[])`, [ids]);
      const present = new Set(rows.map((row) => row.id));
      const missing = ids.find((id) => !present.has(id));
      if (missing) throw notFound(ASSET_TABLES[kind].typeName, missing);
      for (const id of ids) found.set(`${kind}:${id}`, { assetType: kind, assetId: id });
    }
    const kinds = input.assetTypes?.length ? input.assetTypes : NETWORK_ELEMENT_KINDS;
    const regions: { sql: string; parameter: string }[] = [];
    if (input.area) {
      await this.checkGeometry(manager, input.area);
      regions.push({ sql: 'ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)', parameter: JSON.stringify(input.area) });
    }
    if (input.zoneId) {
      const [zone] = await manager.query('SELECT 1 FROM zone WHERE id = $1', [input.zoneId]);
      if (!zone) throw notFound('Zone', input.zoneId);
      regions.push({ sql: '(SELECT boundary FROM zone WHERE id = $1)', parameter: input.zoneId });
    }
    for (const region of regions) {
      const rows = await manager.query(
        `SELECT asset_type, id FROM (${allAssetsSql(kinds)}) a
          WHERE NOT a.existing AND a.status <> 'decommissioned' AND ST_Intersects(a.point, ${region.sql})`,
        [region.parameter],
      );
      for (const row of rows) found.set(`${row.asset_type}:${row.id}`, { assetType: row.asset_type, assetId: row.id });
    }
    return [...found.values()];
  }

  /** CONFLICT naming the other open package(s) when an asset is already in one. */
  private async checkNotInOtherOpenPackage(manager: EntityManager, workPackageId: string, assets: readonly AssetKey[]): Promise<void> {
    if (!assets.length) return;
    const rows = await manager.query(
      `SELECT wp.id, wp.code, a.code AS asset_code, wpa.asset_type, wpa.asset_id
         FROM work_package_asset wpa
         JOIN work_package wp ON wp.id = wpa.work_package_id
         JOIN (${allAssetsSql()}) a ON a.asset_type = wpa.asset_type AND a.id = wpa.asset_id
         JOIN unnest($2::text[], $3::uuid[]) AS wanted(asset_type, asset_id) ON wanted.asset_type = wpa.asset_type::text AND wanted.asset_id = wpa.asset_id
        WHERE wpa.package_open AND wp.id <> $1
        ORDER BY wp.code, a.code`,
      [workPackageId, assets.map((asset) => asset.assetType), assets.map((asset) => asset.assetId)],
    );
    if (!rows.length) return;
    const packages = [...new Set(rows.map((row: any) => row.code as string))];
    const shown = rows.slice(0, 5).map((row: any) => `${row.asset_code} (in ${row.code})`).join(', ');
    throw new VigieError(
      'CONFLICT',
      `An asset is in at most one open work package: ${rows.length} already ${rows.length === 1 ? 'is' : 'are'} in another open package: ${shown}` +
        `${rows.length > 5 ? ', ...' : ''}. Remove ${rows.length === 1 ? 'it' : 'them'} there first, or close that package.`,
      {
        workPackageCodes: packages,
        workPackageIds: [...new Set(rows.map((row: any) => row.id as string))],
        assets: rows.map((row: any) => ({ assetType: row.asset_type, assetId: row.asset_id, code: row.asset_code, workPackageCode: row.code })),
      },
    );
  }

  /**
   * Sets (or, with `to` null, clears when it is still `from`) the assigned organisation of assets,
   * moving each changed asset's version and writing its audit entry, in the caller's transaction.
   */
  private async assign(manager: EntityManager, assets: readonly AssetKey[], to: string | null, from: string | null): Promise<void> {
    for (const kind of NETWORK_ELEMENT_KINDS) {
      const ids = assets.filter((asset) => asset.assetType === kind).map((asset) => asset.assetId);
      if (!ids.length) continue;
      const condition = to === null ? 'assigned_organisation_id = $3' : 'assigned_organisation_id IS DISTINCT FROM $2';
      const rows: { id: string; before: string | null }[] = await manager.query(
        // Wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count].
        `WITH changed AS (
           UPDATE "${ASSET_TABLES[kind].table}" t SET assigned_organisation_id = $2, version = t.version + 1, updated_at = now()
             FROM (SELECT id, assigned_organisation_id AS before FROM "${ASSET_TABLES[kind].table}" WHERE id = ANY($1::uuid[]) FOR UPDATE) old
            WHERE t.id = old.id AND t.${condition}
            RETURNING t.id, old.before)
         SELECT id, before FROM changed`,
        [ids, to, ...(to === null ? [from] : [])],
      );
      for (const row of rows) {
        await recordAudit(manager, {
          action: 'update', entityType: ASSET_TABLES[kind].typeName, entityId: row.id,
          before: { assignedOrganisationId: row.before }, after: { assignedOrganisationId: to },
        });
      }
    }
  }

  /** A change of assets is a change of the package: new version, one audit entry listing them. */
  private async touch(manager: EntityManager, workPackage: WorkPackage, change: { added: AssetKey[]; removed: AssetKey[] }, countBefore: number): Promise<WorkPackage> {
    await manager.query('UPDATE work_package SET version = version + 1, updated_at = now() WHERE id = $1', [workPackage.id]);
    const countAfter = countBefore + change.added.length - change.removed.length;
    await recordAudit(manager, {
      action: 'update', entityType: 'WorkPackage', entityId: workPackage.id,
      before: { assetCount: countBefore },
      after: { assetCount: countAfter, ...(change.added.length ? { addedAssets: change.added } : {}), ...(change.removed.length ? { removedAssets: change.removed } : {}) },
    });
    return (await manager.findOne(WorkPackage, { where: { id: workPackage.id } }))!;
  }
}

const keyOf = (asset: AssetKey) => `${asset.assetType}:${asset.assetId}`;

