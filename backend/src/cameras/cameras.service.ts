import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { badInput } from '../common/errors/vigie-errors';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Pole } from '../poles/pole.entity';
import { CoverageService } from '../coverage/coverage.service';
import { Camera } from './camera.entity';
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
    return values;
  }
}
