import { createCrudResolver } from '../common/crud/crud.resolver';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './dto/organisation.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

export const OrganisationsCrudResolver = createCrudResolver({
  entity: Organisation,
  typeName: 'Organisation',
  createInput: CreateOrganisationInput,
  updateInput: UpdateOrganisationInput,
  filterInput: OrganisationFilter,
  service: OrganisationsService,
});
