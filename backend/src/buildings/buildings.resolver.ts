import { createCrudResolver } from '../common/crud/crud.resolver';
import { Building } from './building.entity';
import { BuildingsService } from './buildings.service';
import { BuildingFilter, CreateBuildingInput, UpdateBuildingInput } from './dto/building.inputs';

export const BuildingsCrudResolver = createCrudResolver({
  entity: Building,
  typeName: 'Building',
  createInput: CreateBuildingInput,
  updateInput: UpdateBuildingInput,
  filterInput: BuildingFilter,
  service: BuildingsService,
});
