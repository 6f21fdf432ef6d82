import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { PowerSource } from './power-source.entity';
import type { CreatePowerSourceInput, UpdatePowerSourceInput } from './dto/power-source.inputs';

@Injectable()
export class PowerSourcesService extends CrudService<PowerSource, CreatePowerSourceInput, UpdatePowerSourceInput> {
  protected readonly definition: CrudDefinition<PowerSource> = {
    typeName: 'PowerSource',
    entity: PowerSource,
    geometry: { property: 'location', kind: 'Point' },
    searchProperties: ['code', 'name'],
    kindProperty: 'kind',
    statusProperty: 'status',
    referencedBy: [{ table: 'power_feed', column: 'from_power_source_id', label: 'power feeds' }],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
