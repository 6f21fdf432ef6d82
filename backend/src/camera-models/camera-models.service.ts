import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
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

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
