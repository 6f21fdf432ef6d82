import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { ListFilter } from '../common/crud/list-filter.input';
import type { Connection } from '../common/graphql/connection';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { badInput } from '../common/errors/vigie-errors';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Pole } from '../poles/pole.entity';
import { CoverageService } from '../coverage/coverage.service';
import { Camera } from './camera.entity';
import type { PtzPresetValue } from './dto/ptz-preset.types';
import { zoomLensOf } from './camera-optics';
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

  constructor(dataSource: DataSource, @Inject(CoverageService) private readonly coverage: CoverageService) {
    super(dataSource);
  }

  /** A page with each camera's model attached (one query): its derived fields are then answered at once (camera-fields.ts). */
  override async list(filter?: ListFilter, first?: number, after?: string | null): Promise<Connection<Camera>> {
    const page = await super.list(filter, first, after);
    const modelIds = [...new Set(page.nodes.map((camera) => camera.modelId))];
    if (modelIds.length) {
      const models = await this.dataSource.getRepository(CameraModel).findBy({ id: In(modelIds) });
      const byId = new Map(models.map((model) => [model.id, model]));
      for (const camera of page.nodes) camera.model = byId.get(camera.modelId);
    }
    return page;
  }

  /** Stored coverage follows the camera in the same transaction; on delete its rows cascade. */
  protected override async afterWrite(manager: EntityManager, _before: Camera | null, after: Camera | null): Promise<void> {
    if (after) await this.coverage.recomputeCameras(manager, [after.id]);
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
    if (focalLengthMm != null) {
      const minimum = model.focalLengthMinMm;
      const maximum = model.focalLengthMaxMm ?? model.focalLengthMinMm;
      if (minimum === null || maximum === null) {
        throw badInput(`${model.name} has a fixed lens; leave focalLengthMm empty.`);
      }
      if (focalLengthMm < minimum - 1e-9 || focalLengthMm > maximum + 1e-9) {
        throw badInput(`focalLengthMm ${focalLengthMm} is outside ${model.name}'s range ${minimum}-${maximum} mm.`);
      }
    }
    const presets = input.ptzPresets ?? (input.modelId !== undefined ? current?.ptzPresets : undefined);
    if (presets?.length) checkPtzPresets(presets, model);
    if (input.ptzPresets) values.ptzPresets = input.ptzPresets.map(({ name, headingDegrees, tiltDegrees, zoomFactor }) => ({ name: name.trim(), headingDegrees, tiltDegrees, zoomFactor }));
    return values;
  }
}

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
