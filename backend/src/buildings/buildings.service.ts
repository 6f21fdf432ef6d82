import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { MultiPolygon, Polygon } from 'geojson';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { COVERAGE_MAINTENANCE, type CoverageMaintenance } from '../common/coverage-maintenance';
import { MAX_VERTICES } from '../core/bounds';
import { Building } from './building.entity';
import type { CreateBuildingInput, UpdateBuildingInput } from './dto/building.inputs';

@Injectable()
export class BuildingsService extends CrudService<Building, CreateBuildingInput, UpdateBuildingInput> {
  protected readonly definition: CrudDefinition<Building> = {
    typeName: 'Building',
    entity: Building,
    geometry: { property: 'footprint', kind: 'MultiPolygon', maxVertices: MAX_VERTICES.Building },
    searchProperties: ['sourceId'],
    referencedBy: [],
  };

  constructor(dataSource: DataSource, @Inject(COVERAGE_MAINTENANCE) private readonly coverage: CoverageMaintenance) {
    super(dataSource);
  }

  /** Cameras whose reach comes near the old or the new footprint see differently: recompute them. */
  protected override async afterWrite(manager: EntityManager, before: Building | null, after: Building | null): Promise<void> {
    await this.coverage.recomputeCamerasNearFootprints(manager, [before?.footprint, after?.footprint]);
  }

  /** An undo of an import: one spatial search and one recompute for all the footprints, old and new. */
  protected override async afterBulkWrite(manager: EntityManager, writes: readonly { before: Building | null; after: Building | null }[]): Promise<void> {
    await this.coverage.recomputeCamerasNearFootprints(manager, writes.flatMap(({ before, after }) => [before?.footprint, after?.footprint]));
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
