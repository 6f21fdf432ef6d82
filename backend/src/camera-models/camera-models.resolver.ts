import { createCrudResolver } from '../common/crud/crud.resolver';
import { CameraModel } from './camera-model.entity';
import { CameraModelsService } from './camera-models.service';
import { CameraModelFilter, CreateCameraModelInput, UpdateCameraModelInput } from './dto/camera-model.inputs';

export const CameraModelsCrudResolver = createCrudResolver({
  entity: CameraModel,
  typeName: 'CameraModel',
  createInput: CreateCameraModelInput,
  updateInput: UpdateCameraModelInput,
  filterInput: CameraModelFilter,
  service: CameraModelsService,
});
