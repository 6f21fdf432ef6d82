import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { MAX_VERTICES } from '../core/bounds';
import { checkEndpoint, endpointColumns, endpointOf } from '../common/endpoints';
import type { EndpointKind } from '../core/domain';
import { PowerFeed } from './power-feed.entity';
import type { CreatePowerFeedInput, UpdatePowerFeedInput } from './dto/power-feed.inputs';

export const POWER_FEED_TARGET_KINDS: readonly EndpointKind[] = ['network_node', 'pole', 'camera'];

@Injectable()
export class PowerFeedsService extends CrudService<PowerFeed, CreatePowerFeedInput, UpdatePowerFeedInput> {
  protected readonly definition: CrudDefinition<PowerFeed> = {
    typeName: 'PowerFeed',
    entity: PowerFeed,
    geometry: { property: 'path', kind: 'LineString', maxVertices: MAX_VERTICES.PowerFeed },
    searchProperties: ['code'],
    statusProperty: 'status',
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected override async prepareValues(
    input: Partial<CreatePowerFeedInput>,
    manager: EntityManager,
    facts: GeometryFacts | null,
    current: PowerFeed | null,
  ): Promise<Partial<PowerFeed>> {
    const { to, ...plain } = input;
    const values: Partial<PowerFeed> = { ...(plain as Partial<PowerFeed>) };
    const path = input.path ?? current?.path;
    const sourceId = input.fromPowerSourceId === undefined ? current?.fromPowerSourceId : input.fromPowerSourceId;
    const source = sourceId ? { kind: 'power_source' as const, id: sourceId } : null;
    const target = to === undefined ? (current ? endpointOf(current, 'to', POWER_FEED_TARGET_KINDS) : null) : to;
    Object.assign(values, endpointColumns('to', target, POWER_FEED_TARGET_KINDS));
    await checkEndpoint(manager, source, path?.coordinates[0], 'from');
    await checkEndpoint(manager, target, path?.coordinates[path.coordinates.length - 1], 'to');
    if (facts?.lengthMeters != null) values.lengthMeters = facts.lengthMeters;
    return values;
  }
}
