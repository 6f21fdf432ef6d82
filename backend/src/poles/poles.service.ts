import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { Pole } from './pole.entity';
import type { CreatePoleInput, UpdatePoleInput } from './dto/pole.inputs';

@Injectable()
export class PolesService extends CrudService<Pole, CreatePoleInput, UpdatePoleInput> {
  protected readonly definition: CrudDefinition<Pole> = {
    typeName: 'Pole',
    entity: Pole,
    geometry: { property: 'location', kind: 'Point' },
    searchProperties: ['code', 'owner'],
    kindProperty: 'kind',
    statusProperty: 'status',
    referencedBy: [
      { table: 'camera', column: 'pole_id', label: 'cameras' },
      { table: 'fiber_run', column: 'from_pole_id', label: 'fiber runs' },
      { table: 'fiber_run', column: 'to_pole_id', label: 'fiber runs' },
      { table: 'power_feed', column: 'to_pole_id', label: 'power feeds' },
    ],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
