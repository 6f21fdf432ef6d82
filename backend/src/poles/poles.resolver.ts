import { createCrudResolver } from '../common/crud/crud.resolver';
import { CreatePoleInput, PoleFilter, UpdatePoleInput } from './dto/pole.inputs';
import { Pole } from './pole.entity';
import { PolesService } from './poles.service';

export const PolesCrudResolver = createCrudResolver({
  entity: Pole,
  typeName: 'Pole',
  createInput: CreatePoleInput,
  updateInput: UpdatePoleInput,
  filterInput: PoleFilter,
  service: PolesService,
});
