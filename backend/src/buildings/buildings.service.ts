import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MultiPolygon, Polygon } from 'geojson';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { Building } from './building.entity';
import type { CreateBuildingInput, UpdateBuildingInput } from './dto/building.inputs';

@Injectable()
export class BuildingsService extends CrudService<Building, CreateBuildingInput, UpdateBuildingInput> {
  protected readonly definition: CrudDefinition<Building> = {
    typeName: 'Building',
    entity: Building,
    geometry: { property: 'footprint', kind: 'MultiPolygon' },
    searchProperties: ['sourceId'],
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected override async prepareValues(input: Partial<CreateBuildingInput>): Promise<Partial<Building>> {
    const { footprint, ...rest } = input;
    return footprint ? { ...rest, footprint: asMultiPolygon(footprint) } : (rest as Partial<Building>);
  }
}

/** The column is typed MultiPolygon: a single polygon is stored as a one-part multipolygon. */
export function asMultiPolygon(geometry: Polygon | MultiPolygon): MultiPolygon {
  return geometry.type === 'MultiPolygon' ? geometry : { type: 'MultiPolygon', coordinates: [geometry.coordinates] };
}
