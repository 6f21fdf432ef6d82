import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ListFilter } from '../common/crud/list-filter.input';
import type { Connection } from '../common/graphql/connection';
import { CrudService, decodeCursor, encodeCursor, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { badInput } from '../common/errors/vigie-errors';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Pole } from '../poles/pole.entity';
import { COVERAGE_MAINTENANCE, type CoverageMaintenance } from '../common/coverage-maintenance';
import { Camera } from './camera.entity';
import type { PtzPresetValue } from './dto/ptz-preset.types';
import { cameraDetectionRangeMeters, cameraHorizontalFieldOfViewDegrees, checkFocalLength, zoomLensOf } from './camera-optics';
import type { CameraMapPage } from './dto/camera-map.types';
import type { CreateCameraInput, UpdateCameraInput } from './dto/camera.inputs';

@Injectable()
export class CamerasService extends CrudService<Camera, CreateCameraInput, UpdateCameraInput> {
  protected readonly definition: CrudDefinition<Camera> = {
    typeName: 'Camera',
    entity: Camera,
    geometry: { property: 'location', kind: 'Point' },
    searchProperties: ['code', 'name'],
    statusProperty: 'status',
    referencedBy: [
      { table: 'fiber_run', column: 'from_camera_id', label: 'fiber runs' },
      { table: 'fiber_run', column: 'to_camera_id', label: 'fiber runs' },
      { table: 'power_feed', column: 'to_camera_id', label: 'power feeds' },
    ],
  };

  constructor(dataSource: DataSource, @Inject(COVERAGE_MAINTENANCE) private readonly coverage: CoverageMaintenance<Camera>) {
    super(dataSource);
  }

  /** A page with each camera's model attached (one query): its derived fields are then answered at once (camera-fields.ts). */
  override async list(filter?: ListFilter, first?: number, after?: string | null): Promise<Connection<Camera>> {
    const page = await super.list(filter, first, after);
    const models = await this.modelsOf(page.nodes);
    for (const camera of page.nodes) camera.model = models.get(camera.modelId);
    return page;
  }

  /** The catalogue models of some cameras, by id (one query). */
  private async modelsOf(cameras: ReadonlyArray<{ modelId: string }>): Promise<Map<string, CameraModel>> {
    const modelIds = [...new Set(cameras.map((camera) => camera.modelId))];
    const models = modelIds.length ? await this.dataSource.getRepository(CameraModel).findBy({ id: In(modelIds) }) : [];
    return new Map(models.map((model) => [model.id, model]));
  }

  /**
   * A page of cameras for the map, as columns (CameraMapPage): the fields of `list` read with one
   * SQL statement (same filters), no entities, no count; pages follow each other by id (keyset).
   * Field of view and detection range are derived from the model as for an entity, once per
   * model and focal length.
   */
  async mapPage(filter: ListFilter = {}, first: number = MAX_MAP_PAGE_SIZE, after?: string | null): Promise<CameraMapPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_MAP_PAGE_SIZE) {
      throw badInput(`first must be a whole number from 1 to ${MAX_MAP_PAGE_SIZE}; got ${first}.`);
    }
    const query = await this.filteredQuery(filter);
    if (after) query.andWhere('record.id > :afterId', { afterId: decodeCursor(after) });
    type Row = {
      id: string; version: number; code: string; name: string | null; status: Camera['status']; longitude: number; latitude: number;
      headingDegrees: number; tiltDegrees: number; mountHeightMeters: number; focalLengthMm: number | null; poleId: string | null; modelId: string;
    };
    query.select('ST_X(record.location)', 'longitude').addSelect('ST_Y(record.location)', 'latitude');
    for (const property of MAP_PROPERTIES) query.addSelect(`record.${property}`, property);
    const rows: Row[] = await query.orderBy('record.id', 'ASC').limit(first + 1).getRawMany();
    const hasNextPage = rows.length > first;
    if (hasNextPage) rows.length = first;
    const models = await this.modelsOf(rows);
    const derived = new Map<string, { fieldOfView: number; range: number }>();
    const optics = (row: Row) => {
      const key = `${row.modelId}/${row.focalLengthMm}`;
      let found = derived.get(key);
      if (!found) {
        const model = models.get(row.modelId);
        if (!model) throw new Error(`Camera ${row.code}: no CameraModel with id ${row.modelId}.`);
        found = { fieldOfView: cameraHorizontalFieldOfViewDegrees(row, model), range: cameraDetectionRangeMeters(row, model) };
        derived.set(key, found);
      }
      return found;
    };
    return {
      count: rows.length,
      ids: rows.map((row) => row.id),
      versions: rows.map((row) => row.version),
      codes: rows.map((row) => row.code),
      names: rows.map((row) => row.name),
      statuses: rows.map((row) => row.status),
      longitudes: rows.map((row) => row.longitude),
      latitudes: rows.map((row) => row.latitude),
      headingDegrees: rows.map((row) => row.headingDegrees),
      tiltDegrees: rows.map((row) => row.tiltDegrees),
      mountHeightMeters: rows.map((row) => row.mountHeightMeters),
      focalLengthMm: rows.map((row) => row.focalLengthMm),
      horizontalFieldOfViewDegrees: rows.map((row) => optics(row).fieldOfView),
      detectionRangeMeters: rows.map((row) => optics(row).range),
      poleIds: rows.map((row) => row.poleId),
      modelIds: rows.map((row) => row.modelId),
      endCursor: rows.length ? encodeCursor(rows[rows.length - 1].id) : null,
      hasNextPage,
    };
  }

  /** Stored coverage follows the camera in the same transaction; on delete its rows cascade. */
  protected override async afterWrite(manager: EntityManager, _before: Camera | null, after: Camera | null): Promise<void> {
    if (after) await this.coverage.recomputeLoadedCameras(manager, [after]);
  }

  protected override async prepareValues(
    input: Partial<CreateCameraInput>,
    manager: EntityManager,
    _facts: GeometryFacts | null,
    current: Camera | null,
  ): Promise<Partial<Camera>> {
    const values: Partial<Camera> = { ...(input as Partial<Camera>) };
    const pole = input.poleId ? await this.requireExisting(manager, Pole, 'Pole', input.poleId) : null;
    if (pole) {
      // A camera put on a pole stands where the pole stands, unless placed explicitly.
      values.location ??= pole.location;
      if (!current) values.mountHeightMeters ??= pole.heightMeters;
    }
    if (!current && !values.location) throw badInput('A camera needs a location or a poleId.');
    if (!current && values.mountHeightMeters === undefined) {
      throw badInput('A camera without a pole needs mountHeightMeters.');
    }
    const modelId = input.modelId ?? current?.modelId;
    const model = await this.requireExisting(manager, CameraModel, 'CameraModel', modelId as string);
    const focalLengthMm = input.focalLengthMm === undefined ? current?.focalLengthMm : input.focalLengthMm;
    checkFocalLength(model, focalLengthMm);
    const presets = input.ptzPresets ?? (input.modelId !== undefined ? current?.ptzPresets : undefined);
    if (presets?.length) checkPtzPresets(presets, model);
    if (input.ptzPresets) values.ptzPresets = input.ptzPresets.map(({ name, headingDegrees, tiltDegrees, zoomFactor }) => ({ name: name.trim(), headingDegrees, tiltDegrees, zoomFactor }));
    return values;
  }
}

/** The largest page of `cameraMap`: 10,000 cameras are about 2 MB of columns. */
export const MAX_MAP_PAGE_SIZE = 10_000;

/** The camera columns the map reads as they are stored (location, field of view and range apart). */
const MAP_PROPERTIES = ['id', 'version', 'code', 'name', 'status', 'headingDegrees', 'tiltDegrees', 'mountHeightMeters', 'focalLengthMm', 'poleId', 'modelId'] as const;

/** Presets only make sense on a PTZ, each within its zoom, and operators call them by name. */
function checkPtzPresets(presets: readonly PtzPresetValue[], model: CameraModel): void {
  if (model.kind !== 'ptz') throw badInput(`${model.name} is a ${model.kind.replaceAll('_', ' ')}, not a PTZ: it cannot have presets.`, { field: 'ptzPresets' });
  const maximumZoom = zoomLensOf(model).maximumOpticalZoom;
  const seen = new Set<string>();
  for (const preset of presets) {
    const name = preset.name.trim();
    if (!name) throw badInput('A PTZ preset needs a name.', { field: 'ptzPresets' });
    if (seen.has(name.toLowerCase())) throw badInput(`Two PTZ presets are named "${name}": names must be unique on a camera.`, { field: 'ptzPresets' });
    seen.add(name.toLowerCase());
    if (preset.zoomFactor > maximumZoom + 1e-9) {
      throw badInput(`PTZ preset "${name}": zoom ${preset.zoomFactor} is beyond ${model.name}'s ${maximumZoom}x.`, { field: 'ptzPresets' });
    }
  }
}
