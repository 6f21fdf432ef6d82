import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { MAX_VERTICES } from '../core/bounds';
import { Zone } from './zone.entity';
import type { CreateZoneInput, UpdateZoneInput } from './dto/zone.inputs';

@Injectable()
export class ZonesService extends CrudService<Zone, CreateZoneInput, UpdateZoneInput> {
  protected readonly definition: CrudDefinition<Zone> = {
    typeName: 'Zone',
    entity: Zone,
    geometry: { property: 'boundary', kind: 'Polygon', maxVertices: MAX_VERTICES.Zone },
    searchProperties: ['code', 'name'],
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
