import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { MAX_VERTICES } from '../core/bounds';
import { BlackSpot } from './black-spot.entity';
import type { CreateBlackSpotInput, UpdateBlackSpotInput } from './dto/black-spot.inputs';

@Injectable()
export class BlackSpotsService extends CrudService<BlackSpot, CreateBlackSpotInput, UpdateBlackSpotInput> {
  protected readonly definition: CrudDefinition<BlackSpot> = {
    typeName: 'BlackSpot',
    entity: BlackSpot,
    geometry: { property: 'boundary', kind: 'Polygon', maxVertices: MAX_VERTICES.BlackSpot },
    searchProperties: ['code', 'name'],
    // The list filter's `kind` selects black-spot categories.
    kindProperty: 'category',
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
