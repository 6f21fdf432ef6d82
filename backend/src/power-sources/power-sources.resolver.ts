import { createCrudResolver } from '../common/crud/crud.resolver';
import { CreatePowerSourceInput, PowerSourceFilter, UpdatePowerSourceInput } from './dto/power-source.inputs';
import { PowerSource } from './power-source.entity';
import { PowerSourcesService } from './power-sources.service';

export const PowerSourcesCrudResolver = createCrudResolver({
  entity: PowerSource,
  typeName: 'PowerSource',
  createInput: CreatePowerSourceInput,
  updateInput: UpdatePowerSourceInput,
  filterInput: PowerSourceFilter,
  service: PowerSourcesService,
});
