import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { Organisation } from './organisation.entity';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';

const ASSET_TABLES = ['pole', 'camera', 'network_node', 'fiber_run', 'power_source', 'power_feed'];

/** Organisations through the generic CRUD (one transaction per write, audited); admins only write. */
@Injectable()
export class OrganisationsService extends CrudService<Organisation, CreateOrganisationInput, UpdateOrganisationInput> {
  protected readonly definition: CrudDefinition<Organisation> = {
    typeName: 'Organisation',
    entity: Organisation,
    searchProperties: ['name'],
    kindProperty: 'kind',
    referencedBy: [
      { table: 'app_user', column: 'organisation_id', label: 'users' },
      ...ASSET_TABLES.map((table) => ({ table, column: 'assigned_organisation_id', label: 'assigned assets' })),
    ],
  };

  constructor(@Inject(DataSource) dataSource: DataSource) {
    super(dataSource);
  }
}
