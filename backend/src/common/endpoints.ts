import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { Point } from 'geojson';
import { EndpointKindEnum } from './graphql/enums';
import { ENDPOINT_KINDS, type EndpointKind } from '../core/domain';
import type { MetricPolicy } from '../core/geometry/metric';
import { badInput, notFound } from './errors/vigie-errors';

/**
 * Fiber runs and power feeds end at a node, a pole, a camera or a power source. Each kind is its own
 * nullable foreign-key column (at most one set per end, by CHECK), so the database itself refuses
 * a dangling reference and the deletion of something a cable still ends at.
 */
@InputType({ description: 'What a cable end is attached to.' })
export class EndpointInput {
  @Field(() => EndpointKindEnum, { description: 'What kind of thing the cable end is attached to.' })
  @IsIn(ENDPOINT_KINDS)
  kind: EndpointKind;

  @Field(() => ID, { description: 'Its id.' })
  @IsUUID('all', { message: 'endpoint id must be a uuid' })
  id: string;
}

export interface Endpoint {
  kind: EndpointKind;
  id: string;
}

export const ENDPOINT_TABLES: Record<EndpointKind, { table: string; typeName: string; property: string }> = {
  network_node: { table: 'network_node', typeName: 'NetworkNode', property: 'NetworkNodeId' },
  pole: { table: 'pole', typeName: 'Pole', property: 'PoleId' },
  camera: { table: 'camera', typeName: 'Camera', property: 'CameraId' },
  power_source: { table: 'power_source', typeName: 'PowerSource', property: 'PowerSourceId' },
};

/** A cable end may be drawn a little off its attachment (street furniture is not surveyed to the cm). */
export const ENDPOINT_TOLERANCE_METERS = 25;

/** Column values for one end of a cable: the chosen kind's id, the others null. */
export function endpointColumns(
  end: 'from' | 'to',
  endpoint: Endpoint | null,
  allowed: readonly EndpointKind[],
): Record<string, string | null> {
  if (endpoint && !allowed.includes(endpoint.kind)) {
    throw badInput(`A ${end} end may attach to ${allowed.join(', ')}; not to ${endpoint.kind}.`);
  }
  return Object.fromEntries(
    allowed.map((kind) => [`${end}${ENDPOINT_TABLES[kind].property}`, endpoint?.kind === kind ? endpoint.id : null]),
  );
}

/** The end a row points at, read back from its columns. */
export function endpointOf(row: object, end: 'from' | 'to', allowed: readonly EndpointKind[]): Endpoint | null {
  for (const kind of allowed) {
    const id = (row as Record<string, string | null>)[`${end}${ENDPOINT_TABLES[kind].property}`];
    if (id) return { kind, id };
  }
  return null;
}

/** Checks the endpoint exists and that the cable's end position lies at it. */
export async function checkEndpoint(
  manager: EntityManager,
  endpoint: Endpoint | null,
  position: number[] | undefined,
  end: 'from' | 'to',
  metric: MetricPolicy,
): Promise<void> {
  if (!endpoint) return;
  const { table, typeName } = ENDPOINT_TABLES[endpoint.kind];
  const [row] = await manager.query(`SELECT ST_AsGeoJSON(location)::json AS location FROM "${table}" WHERE id = $1`, [endpoint.id]);
  if (!row) throw notFound(typeName, endpoint.id);
  if (!position) return;
  const gapMeters = metric.distanceMeters(position, (row.location as Point).coordinates);
  if (gapMeters > ENDPOINT_TOLERANCE_METERS) {
    throw badInput(
      `The line's ${end === 'from' ? 'first' : 'last'} position is ${Math.round(gapMeters)} m from the ${typeName} it is attached to ` +
        `(at most ${ENDPOINT_TOLERANCE_METERS} m): draw it from that ${typeName}.`,
      { gapMeters },
    );
  }
}
