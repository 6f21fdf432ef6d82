import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { Street } from './street.entity';
import { importStreets, type StreetImportCounts } from './street-import';

/** Lists streets (read-only through the API) and imports them from GeoJSON. */
@Injectable()
export class StreetsService extends CrudService<Street, object, { id: string; version: number }> {
  protected readonly definition: CrudDefinition<Street> = {
    typeName: 'Street',
    entity: Street,
    geometry: { property: 'path', kind: 'LineString' },
    searchProperties: ['name', 'sourceId', 'highwayClass'],
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  importStreets(featureCollection: string, sourcePrefix?: string | null): Promise<StreetImportCounts> {
    return importStreets(this.dataSource, featureCollection, sourcePrefix, { extent: this.config?.deploymentExtent, name: this.config?.deploymentName });
  }
}
