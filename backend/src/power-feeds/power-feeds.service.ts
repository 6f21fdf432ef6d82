import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { MAX_VERTICES } from '../core/bounds';
import { checkEndpoint, endpointColumns, endpointOf } from '../common/endpoints';
import type { EndpointKind } from '../core/domain';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
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

  /** Lengths and end gaps are measured with the deployment's metric policy (VIGIE_PROJECTED_SRID). */
  private readonly metric: MetricPolicy;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(VIGIE_CONFIG) config: Pick<VigieConfig, 'projectedSrid'>) {
    super(dataSource);
    this.metric = metricPolicy(config.projectedSrid);
  }

  protected override async prepareValues(
    input: Partial<CreatePowerFeedInput>,
    manager: EntityManager,
    _facts: GeometryFacts | null,
    current: PowerFeed | null,
  ): Promise<Partial<PowerFeed>> {
    const { to, ...plain } = input;
    const values: Partial<PowerFeed> = { ...(plain as Partial<PowerFeed>) };
    const path = input.path ?? current?.path;
    const sourceId = input.fromPowerSourceId === undefined ? current?.fromPowerSourceId : input.fromPowerSourceId;
    const source = sourceId ? { kind: 'power_source' as const, id: sourceId } : null;
    const target = to === undefined ? (current ? endpointOf(current, 'to', POWER_FEED_TARGET_KINDS) : null) : to;
    Object.assign(values, endpointColumns('to', target, POWER_FEED_TARGET_KINDS));
    await checkEndpoint(manager, source, path?.coordinates[0], 'from', this.metric);
    await checkEndpoint(manager, target, path?.coordinates[path.coordinates.length - 1], 'to', this.metric);
    if (input.path) values.lengthMeters = this.metric.lineLengthMeters(input.path.coordinates);
    return values;
  }
}
