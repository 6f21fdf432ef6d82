import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { COVERAGE_MAINTENANCE, type CoverageMaintenance } from '../common/coverage-maintenance';
import { CameraModel } from './camera-model.entity';
import type { CreateCameraModelInput, UpdateCameraModelInput } from './dto/camera-model.inputs';

@Injectable()
export class CameraModelsService extends CrudService<CameraModel, CreateCameraModelInput, UpdateCameraModelInput> {
  protected readonly definition: CrudDefinition<CameraModel> = {
    typeName: 'CameraModel',
    entity: CameraModel,
    searchProperties: ['code', 'name', 'manufacturer'],
    kindProperty: 'kind',
    referencedBy: [{ table: 'camera', column: 'model_id', label: 'cameras' }],
  };

  constructor(dataSource: DataSource, @Inject(COVERAGE_MAINTENANCE) private readonly coverage: CoverageMaintenance) {
    super(dataSource);
  }

  /** Optics (or any field) changed: every camera of the model is recomputed (none on create; delete is refused while in use). */
  protected override async afterWrite(manager: EntityManager, before: CameraModel | null, after: CameraModel | null): Promise<void> {
    if (before && after) await this.coverage.recomputeCamerasOfModel(manager, after.id);
  }
}
