import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import type { AcceptanceTolerances } from '../config/installation-config';
import { badInput, forbidden, notFound, staleVersion } from '../common/errors/vigie-errors';
import { translateDatabaseError } from '../common/crud/crud.service';
import { checkInsideExtent } from '../common/crud/geometry-bounds';
import { currentActor } from '../common/request-context';
import { recordAudit } from '../common/audit/audit-writer';
import { isUuid } from '../common/uuid';
import { analyzeBlackSpot } from '../core/coverage';
import type { DoriLevel } from '../core/domain';
import { projectPolygon } from '../core/geometry/projection';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
import { deviationFigures, lossPoints, outOfTolerance, type BlackSpotDelivery, type Deviation } from '../core/acceptance/deviations';
import { Camera } from '../cameras/camera.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { CoverageService, type CameraCoverageView } from '../coverage/coverage.service';
import { coverageFromStoredArea } from '../coverage/stored-coverage';
import { CameraAsBuilt } from './camera-as-built.entity';
import type { BlackSpotAcceptance, CameraAcceptance, RecordCameraAsBuiltInput, ReviewCameraAsBuiltInput } from './dto/acceptance.types';

/** Statuses in which a camera can be measured as built (it is, or is being, installed). */
const MEASURABLE_STATUSES = new Set(['approved', 'in_progress', 'installed', 'commissioned', 'out_of_service']);

interface AsBuiltValues {
  location: Point;
  headingDegrees: number;
  tiltDegrees: number;
  mountHeightMeters: number;
  modelId: string;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * As-built records of cameras and their acceptance against the design. The as-built camera's coverage
 * is the coverage service's own preview (same engine, same buildings, same DORI ladder) with the
 * measured values; black spots are measured with the core's analyzeBlackSpot on the camera's view
 * alone at each spot's required level, as the city-wide analysis does for all cameras.
 */
@Injectable()
export class AcceptanceService {
  readonly tolerances: AcceptanceTolerances;
  private readonly metric: MetricPolicy;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
    @Inject(CoverageService) private readonly coverage: CoverageService,
  ) {
    this.tolerances = config.acceptanceTolerances;
    this.metric = metricPolicy(config.projectedSrid);
  }

  async current(cameraId: string, manager: EntityManager = this.dataSource.manager): Promise<CameraAsBuilt | null> {
    if (!isUuid(cameraId)) throw notFound('Camera', cameraId);
    return manager.findOne(CameraAsBuilt, { where: { cameraId, current: true } });
  }

  async history(cameraId: string): Promise<CameraAsBuilt[]> {
    await this.findCamera(cameraId);
    return this.dataSource.manager.find(CameraAsBuilt, { where: { cameraId }, order: { measuredAt: 'DESC', createdAt: 'DESC' } });
  }

  private async findCamera(cameraId: string, manager: EntityManager = this.dataSource.manager): Promise<Camera> {
    const camera = isUuid(cameraId) ? await manager.findOne(Camera, { where: { id: cameraId } }) : null;
    if (!camera) throw notFound('Camera', cameraId);
    return camera;
  }

  /** Records a measurement; it becomes the camera's current as-built record, judged against the design now. */
  async record(input: RecordCameraAsBuiltInput): Promise<CameraAsBuilt> {
    const actor = currentActor();
    const camera = await this.findCamera(input.cameraId);
    if (actor?.role === 'contractor' && (!actor.organisationId || camera.assignedOrganisationId !== actor.organisationId)) {
      throw forbidden(`Camera ${camera.code} is not assigned to your organisation.`, { role: actor.role, id: camera.id });
    }
    if (!MEASURABLE_STATUSES.has(camera.status)) {
      throw badInput(`Camera ${camera.code} is ${camera.status}: as-built values are recorded once it is approved for installation.`, { status: camera.status });
    }
    if (this.config.deploymentExtent) checkInsideExtent(input.location, this.config.deploymentExtent, this.config.deploymentName);
    const modelId = input.modelId ?? camera.modelId;
    if (!isUuid(modelId) || !(await this.dataSource.manager.findOne(CameraModel, { where: { id: modelId } }))) throw notFound('CameraModel', modelId);
    const measuredAt = input.measuredAt ? new Date(input.measuredAt) : new Date();
    if (measuredAt.getTime() > Date.now() + 5 * 60_000) throw badInput('measuredAt is in the future.', { field: 'measuredAt' });
    const values: AsBuiltValues = {
      location: input.location, headingDegrees: input.headingDegrees, tiltDegrees: input.tiltDegrees, mountHeightMeters: input.mountHeightMeters, modelId,
    };
    // Judged before the write's transaction: the coverage preview reads with its own connection.
    const { deviations } = await this.compare(camera, values);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1 FROM camera WHERE id = $1 FOR UPDATE', [camera.id]);
        await manager.update(CameraAsBuilt, { cameraId: camera.id, current: true }, { current: false });
        const saved = await manager.save(
          manager.create(CameraAsBuilt, {
            cameraId: camera.id, current: true, ...values,
            serialNumber: input.serialNumber?.trim() || null, comment: input.comment?.trim() || null,
            measuredAt, measuredByUserId: actor?.userId ?? null,
            acceptanceState: deviations.length ? 'needs_correction' : 'pending',
            deviations,
          }),
        );
        const after = await manager.findOneOrFail(CameraAsBuilt, { where: { id: saved.id } });
        await recordAudit(manager, { action: 'create', entityType: 'CameraAsBuilt', entityId: after.id, before: null, after });
        return after;
      });
    } catch (error) {
      throw translateDatabaseError(error, 'CameraAsBuilt');
    }
  }

  /** The engineer's decision on the current record: accept, or send back with a comment. Audited. */
  async review(input: ReviewCameraAsBuiltInput, decision: 'accepted' | 'sent_back'): Promise<CameraAsBuilt> {
    const comment = input.comment?.trim() || null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = isUuid(input.id)
          ? await manager.findOne(CameraAsBuilt, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!current) throw notFound('CameraAsBuilt', input.id);
        if (current.version !== input.version) throw staleVersion('CameraAsBuilt', input.id, current.version, input.version);
        if (!current.current) throw badInput('A newer as-built record of this camera exists: review that one.', { id: current.id });
        if (current.acceptanceState !== 'pending' && current.acceptanceState !== 'needs_correction') {
          throw badInput(`This as-built record is already ${current.acceptanceState.replace('_', ' ')}.`, { acceptanceState: current.acceptanceState });
        }
        if (decision === 'sent_back' && !comment) throw badInput('Say what must be corrected: sending back needs a comment.', { field: 'comment' });
        if (decision === 'accepted' && current.acceptanceState === 'needs_correction' && !comment) {
          throw badInput('This record is out of tolerance: accepting it anyway needs a comment saying why.', { field: 'comment' });
        }
        const before = manager.create(CameraAsBuilt, { ...current });
        const actor = currentActor();
        manager.merge(CameraAsBuilt, current, { acceptanceState: decision, reviewComment: comment, reviewedByUserId: actor?.userId ?? null, reviewedAt: new Date() });
        await manager.save(current);
        const after = await manager.findOneOrFail(CameraAsBuilt, { where: { id: current.id } });
        await recordAudit(manager, { action: 'update', entityType: 'CameraAsBuilt', entityId: after.id, before, after });
        return after;
      });
    } catch (error) {
      throw translateDatabaseError(error, 'CameraAsBuilt');
    }
  }

  /** The current as-built record against the design as it is now; null when the camera has none. */
  async acceptance(cameraId: string): Promise<CameraAcceptance | null> {
    const camera = await this.findCamera(cameraId);
    const asBuilt = await this.current(cameraId);
    if (!asBuilt) return null;
    const result = await this.compare(camera, asBuilt);
    return { ...result, asBuiltId: asBuilt.id };
  }

  /** Design against as-built values, with both coverages computed by the coverage service's engine. */
  async compare(camera: Camera, asBuilt: AsBuiltValues): Promise<Omit<CameraAcceptance, 'asBuiltId'> & { deviations: Deviation[] }> {
    const designCoverage = await this.coverage.coveragePreview({ cameraId: camera.id });
    const asBuiltCoverage = await this.coverage.coveragePreview({
      cameraId: camera.id, location: asBuilt.location, modelId: asBuilt.modelId,
      mountHeightMeters: asBuilt.mountHeightMeters, headingDegrees: asBuilt.headingDegrees, tiltDegrees: asBuilt.tiltDegrees,
    });
    const [{ meters }] = await this.dataSource.query(
      `SELECT ST_Distance(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), ${this.metric.srid}),
                          ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), ${this.metric.srid})) AS meters`,
      [JSON.stringify(camera.location), JSON.stringify(asBuilt.location)],
    );
    const figures = deviationFigures(camera, asBuilt, Number(meters));
    const deliveries = await this.blackSpotDeliveries(camera.id, designCoverage, asBuiltCoverage);
    const deviations = outOfTolerance(figures, deliveries.map((d) => d.delivery), this.tolerances);
    const lossTolerance = this.tolerances.blackSpotLossPoints;
    return {
      cameraId: camera.id,
      cameraCode: camera.code,
      headingDeviationDegrees: round(figures.headingDeviationDegrees),
      tiltDeviationDegrees: round(figures.tiltDeviationDegrees),
      mountHeightDeviationMeters: round(figures.mountHeightDeviationMeters),
      positionDeviationMeters: round(figures.positionDeviationMeters),
      modelChanged: figures.modelChanged,
      blackSpots: deliveries.map(({ delivery, requiredLevel }): BlackSpotAcceptance => ({
        blackSpotId: delivery.blackSpotId,
        blackSpotCode: delivery.code,
        requiredLevel,
        designCoveredPercent: round(delivery.designFraction * 100),
        asBuiltCoveredPercent: round(delivery.asBuiltFraction * 100),
        lossPoints: round(lossPoints(delivery)),
        outOfTolerance: lossPoints(delivery) > lossTolerance + 1e-9,
      })),
      withinTolerance: deviations.length === 0,
      deviations,
      tolerances: this.tolerances,
      designCoverage,
      asBuiltCoverage,
    };
  }

  /**
   * Every black spot either view reaches at any level, with the share of it each view alone covers at
   * the spot's required level (the camera variant of the black-spot analysis: one camera, two placements).
   */
  private async blackSpotDeliveries(
    cameraId: string,
    design: readonly CameraCoverageView[],
    asBuilt: readonly CameraCoverageView[],
  ): Promise<{ delivery: BlackSpotDelivery; requiredLevel: DoriLevel }[]> {
    const areas = [...design, ...asBuilt].map((view) => view.area).filter((area) => area.coordinates.length > 0);
    if (areas.length === 0) return [];
    const spots: { id: string; code: string; boundary: Polygon; requiredLevel: DoriLevel }[] = await this.dataSource.query(
      `SELECT id, code, ST_AsGeoJSON(boundary)::json AS boundary, required_level AS "requiredLevel"
         FROM black_spot
        WHERE EXISTS (SELECT 1 FROM json_array_elements($1::json) AS area
                       WHERE ST_Intersects(boundary, ST_SetSRID(ST_GeomFromGeoJSON(area.value::text), 4326)))
        ORDER BY code`,
      [JSON.stringify(areas)],
    );
    const projection = this.metric.projection;
    const fractionOf = (views: readonly CameraCoverageView[], spot: (typeof spots)[number], input: Parameters<typeof analyzeBlackSpot>[0]) => {
      const view = views.find((candidate) => candidate.level === spot.requiredLevel);
      const coverage = view ? coverageFromStoredArea(cameraId, spot.requiredLevel, view.area as MultiPolygon, projection) : null;
      return analyzeBlackSpot(input, coverage ? [coverage] : []).coveredFraction;
    };
    return spots.map((spot) => {
      const input = { id: spot.id, polygon: projectPolygon(spot.boundary, projection), requiredLevel: spot.requiredLevel };
      return {
        requiredLevel: spot.requiredLevel,
        delivery: { blackSpotId: spot.id, code: spot.code, designFraction: fractionOf(design, spot, input), asBuiltFraction: fractionOf(asBuilt, spot, input) },
      };
    });
  }
}
