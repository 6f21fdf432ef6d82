import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CrudService, type CrudDefinition, type GeometryFacts } from '../common/crud/crud.service';
import { MAX_VERTICES } from '../core/bounds';
import { checkEndpoint, endpointColumns, endpointOf } from '../common/endpoints';
import type { EndpointKind } from '../core/domain';
import { metricPolicy, type MetricPolicy } from '../core/geometry/metric';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { FiberRun } from './fiber-run.entity';
import type { CreateFiberRunInput, UpdateFiberRunInput } from './dto/fiber-run.inputs';

export const FIBER_ENDPOINT_KINDS: readonly EndpointKind[] = ['network_node', 'pole', 'camera'];

@Injectable()
export class FiberRunsService extends CrudService<FiberRun, CreateFiberRunInput, UpdateFiberRunInput> {
  protected readonly definition: CrudDefinition<FiberRun> = {
    typeName: 'FiberRun',
    entity: FiberRun,
    geometry: { property: 'path', kind: 'LineString', maxVertices: MAX_VERTICES.FiberRun },
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
    input: Partial<CreateFiberRunInput>,
    manager: EntityManager,
    _facts: GeometryFacts | null,
    current: FiberRun | null,
  ): Promise<Partial<FiberRun>> {
    const { from, to, ...plain } = input;
    const values: Partial<FiberRun> = { ...(plain as Partial<FiberRun>) };
    const path = input.path ?? current?.path;
    const fromEndpoint = from === undefined ? (current ? endpointOf(current, 'from', FIBER_ENDPOINT_KINDS) : null) : from;
    const toEndpoint = to === undefined ? (current ? endpointOf(current, 'to', FIBER_ENDPOINT_KINDS) : null) : to;
    Object.assign(values, endpointColumns('from', fromEndpoint, FIBER_ENDPOINT_KINDS));
    Object.assign(values, endpointColumns('to', toEndpoint, FIBER_ENDPOINT_KINDS));
    await checkEndpoint(manager, fromEndpoint, path?.coordinates[0], 'from', this.metric);
    await checkEndpoint(manager, toEndpoint, path?.coordinates[path.coordinates.length - 1], 'to', this.metric);
    if (input.path) values.lengthMeters = this.metric.lineLengthMeters(input.path.coordinates);
    return values;
  }
}
