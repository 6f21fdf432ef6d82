import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { MultiPolygon } from 'geojson';
import { BlackSpot } from '../black-spots/black-spot.entity';
import { Camera } from '../cameras/camera.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { badInput, notFound } from '../common/errors/vigie-errors';
import { isUuid } from '../common/uuid';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { aggregateBlackSpotCoverage } from '../core/coverage/aggregation';
import { DORI_LEVELS } from '../core/domain';
import { CoverageService, type BlackSpotCoverageView, type LevelSummaryView } from '../coverage/coverage.service';
import { NetworkService } from '../network/network.service';
import { VIGIE_UNIT_COSTS } from '../network/unit-costs';
import { WorkPackagesService } from '../work-packages/work-packages.service';
import type { DesignReport, ReportScopeInput, ReportScopeKind, UnitCostEntry } from './design-report.types';

/** What a scope resolves to: its name and outline, and the assets it names (null: everything). */
export interface ResolvedScope {
  kind: ReportScopeKind;
  id: string | null;
  code: string | null;
  name: string;
  area: MultiPolygon | null;
  zoneId: string | null;
  /** Members of a work package by asset type (camera, pole, ...); null for the city and a zone. */
  members: Map<string, string[]> | null;
}

/**
 * The design report: one aggregate of the analyses that already exist (black-spot coverage, the
 * camera schedule, each camera's network path, the bill of quantities) for the city, a zone or a work
 * package, so the printed page asks once. Planned cameras throughout (the design as drawn).
 */
@Injectable()
export class DesignReportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly coverage: CoverageService,
    private readonly network: NetworkService,
    private readonly workPackages: WorkPackagesService,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
  ) {}

  /** Checks the scope and reads its outline and members; NOT_FOUND for an unknown zone or package, FORBIDDEN for another contractor's package. */
  async resolveScope(scope: ReportScopeInput): Promise<ResolvedScope> {
    if (scope.kind === 'city') {
      if (scope.id) throw badInput('A city scope takes no id.');
      return { kind: 'city', id: null, code: null, name: this.config.deploymentName, area: null, zoneId: null, members: null };
    }
    if (!scope.id) throw badInput(`A ${scope.kind} scope needs the id of the ${scope.kind === 'zone' ? 'zone' : 'work package'}.`);
    if (scope.kind === 'zone') {
      const [zone] = isUuid(scope.id)
        ? await this.dataSource.query('SELECT id, code, name, ST_AsGeoJSON(ST_Multi(boundary)) AS area FROM zone WHERE id = $1', [scope.id])
        : [];
      if (!zone) throw notFound('Zone', scope.id);
      return { kind: 'zone', id: zone.id, code: zone.code, name: zone.name, area: JSON.parse(zone.area), zoneId: zone.id, members: null };
    }
    const workPackage = await this.workPackages.findOne(scope.id);
    let area = workPackage.area;
    if (!area && workPackage.zoneId) {
      const [zone] = await this.dataSource.query('SELECT ST_AsGeoJSON(ST_Multi(boundary)) AS area FROM zone WHERE id = $1', [workPackage.zoneId]);
      area = zone ? JSON.parse(zone.area) : null;
    }
    const members = new Map<string, string[]>();
    const rows = await this.dataSource.query('SELECT asset_type, asset_id FROM work_package_asset WHERE work_package_id = $1', [workPackage.id]);
    for (const row of rows) members.set(row.asset_type, [...(members.get(row.asset_type) ?? []), row.asset_id]);
    return { kind: 'work_package', id: workPackage.id, code: workPackage.code, name: workPackage.name, area, zoneId: workPackage.zoneId, members };
  }

  /** Ids of the cameras in scope (not decommissioned): all, those in the zone, or the package's. */
  async cameraIdsInScope(scope: ResolvedScope): Promise<string[]> {
    if (scope.members) return scope.members.get('camera') ?? [];
    const rows = scope.kind === 'zone'
      ? await this.dataSource.query(
          `SELECT c.id FROM camera c JOIN zone z ON ST_Intersects(c.location, z.boundary) WHERE z.id = $1 AND c.status <> 'decommissioned'`,
          [scope.id],
        )
      : await this.dataSource.query(`SELECT id FROM camera WHERE status <> 'decommissioned'`);
    return rows.map((row: { id: string }) => row.id);
  }

  /** Black spots in scope with their coverage: all, those of the zone, or those a package's camera serves or its area touches. */
  async blackSpotsInScope(scope: ResolvedScope, cameraIds: readonly string[]): Promise<BlackSpotCoverageView[]> {
    if (scope.kind === 'zone') return this.coverage.blackSpotCoverages('planned', { zoneId: scope.id });
    const all = await this.coverage.blackSpotCoverages('planned');
    if (scope.kind === 'city') return all;
    const ownCameras = new Set(cameraIds);
    const touched = new Set<string>(
      scope.area
        ? (await this.dataSource.query('SELECT id FROM black_spot WHERE ST_Intersects(boundary, ST_GeomFromGeoJSON($1))', [JSON.stringify(scope.area)])).map(
            (row: { id: string }) => row.id,
          )
        : [],
    );
    return all.filter((spot) => touched.has(spot.blackSpotId) || spot.contributingCameraIds.some((id) => ownCameras.has(id)));
  }

  async designReport(input: ReportScopeInput): Promise<DesignReport> {
    const scope = await this.resolveScope(input);
    const scopeCameraIds = await this.cameraIdsInScope(scope);
    const spotCoverages = await this.blackSpotsInScope(scope, scopeCameraIds);
    const spots = new Map(
      (spotCoverages.length ? await this.dataSource.getRepository(BlackSpot).findBy({ id: In(spotCoverages.map((spot) => spot.blackSpotId)) }) : []).map(
        (spot) => [spot.id, spot],
      ),
    );
    const blackSpots = spotCoverages
      .map((coverage) => ({ blackSpot: spots.get(coverage.blackSpotId)!, coverage }))
      .sort((a, b) => b.blackSpot.priority - a.blackSpot.priority || a.blackSpot.code.localeCompare(b.blackSpot.code));
    const cameraIds = [...new Set([...scopeCameraIds, ...spotCoverages.flatMap((spot) => spot.contributingCameraIds)])];
    const cameras = (cameraIds.length ? await this.dataSource.getRepository(Camera).findBy({ id: In(cameraIds) }) : [])
      .filter((camera) => camera.status !== 'decommissioned')
      .sort((a, b) => a.code.localeCompare(b.code));
    const networkPaths = await this.network.cameraNetworkPaths(cameras.map((camera) => camera.id), 'planned');

    const bill = await this.billOf(scope);
    const models = cameras.length
      ? await this.dataSource.getRepository(CameraModel).findBy({ id: In([...new Set(cameras.map((camera) => camera.modelId))]) })
      : [];
    return {
      deploymentName: this.config.deploymentName,
      generatedAt: new Date().toISOString(),
      scopeKind: scope.kind,
      scopeId: scope.id,
      scopeCode: scope.code,
      scopeName: scope.name,
      scopeArea: scope.area,
      blackSpots,
      cameras,
      networkPaths,
      coverageByLevel: this.coverageByLevel(blackSpots),
      bill: bill.section,
      budgetBeforeTaxMad: bill.budgetBeforeTaxMad,
      budgetUsedFraction: bill.budgetBeforeTaxMad > 0 ? bill.section.totalBeforeTaxMad / bill.budgetBeforeTaxMad : 0,
      vatRate: bill.vatRate,
      doriLadder: this.coverage.ladder.map((rung) => ({ level: rung.level, pixelsPerMeter: rung.pixelsPerMeter, targetHeightMeters: rung.targetHeightMeters })),
      unitCosts: [
        ...unitCostEntries(VIGIE_UNIT_COSTS as unknown as Record<string, unknown>),
        ...models
          .filter((model) => model.unitPriceMad != null)
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((model) => ({ parameter: 'cameraModel', item: model.code, valueMad: Number(model.unitPriceMad) })),
      ],
    };
  }

  private coverageByLevel(blackSpots: { blackSpot: BlackSpot; coverage: BlackSpotCoverageView }[]): LevelSummaryView[] {
    const { city } = aggregateBlackSpotCoverage(
      blackSpots.map(({ blackSpot, coverage }) => ({
        blackSpotId: blackSpot.id,
        zoneId: null,
        priority: blackSpot.priority,
        requiredLevel: coverage.requiredLevel,
        areaSquareMeters: coverage.areaSquareMeters,
        coveredAreaSquareMeters: coverage.coveredAreaSquareMeters,
      })),
      DORI_LEVELS,
    );
    return city.map((totals) => ({ ...totals, uncoveredAreaSquareMeters: Math.max(0, totals.areaSquareMeters - totals.coveredAreaSquareMeters) }));
  }

  /** The bill section of the scope: everything, the zone's section, or the package's members as one group. */
  private async billOf(scope: ResolvedScope) {
    const groups = scope.members
      ? [{
          zoneId: scope.id!,
          cameraIds: scope.members.get('camera') ?? [],
          poleIds: scope.members.get('pole') ?? [],
          networkNodeIds: scope.members.get('network_node') ?? [],
          fiberRunIds: scope.members.get('fiber_run') ?? [],
          powerFeedIds: scope.members.get('power_feed') ?? [],
          powerSourceIds: scope.members.get('power_source') ?? [],
        }]
      : undefined;
    const bill = await this.network.billOfQuantities(null, null, groups);
    const section = scope.kind === 'city' ? bill.overall : bill.zones.find((zone) => zone.zoneId === scope.id);
    const empty = { ...bill.overall, zoneId: scope.id, lines: [], existing: [], supplyBeforeTaxMad: 0, installationBeforeTaxMad: 0, totalBeforeTaxMad: 0, vatMad: 0, totalWithTaxMad: 0 };
    return { section: section ?? empty, budgetBeforeTaxMad: bill.budgetBeforeTaxMad, vatRate: bill.vatRate };
  }
}

/** The unit-cost table flattened: one entry per number, records by item. */
function unitCostEntries(costs: Record<string, unknown>): UnitCostEntry[] {
  const entries: UnitCostEntry[] = [];
  for (const [parameter, value] of Object.entries(costs)) {
    if (typeof value === 'number') entries.push({ parameter, item: null, valueMad: value });
    else if (value && typeof value === 'object') {
      for (const [item, cost] of Object.entries(value)) if (typeof cost === 'number') entries.push({ parameter, item, valueMad: cost });
    }
  }
  return entries;
}
