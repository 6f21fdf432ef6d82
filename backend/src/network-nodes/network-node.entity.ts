import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { Point } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import { NetworkNodeKindEnum } from '../common/graphql/enums';
import { NETWORK_NODE_KINDS, type NetworkNodeKind } from '../core/domain';

@ObjectType({ description: 'A point of the fiber network: the control centre, a street cabinet, a switch or a splice closure.' })
@Entity()
@BoundChecks('network_node')
@CodeRules('network_node')
export class NetworkNode extends PhysicalAssetEntity {
  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => NetworkNodeKindEnum, { description: 'Control centre, cabinet, switch or splice closure.' })
  @Column({ type: 'enum', enum: NETWORK_NODE_KINDS, enumName: 'network_node_kind' })
  kind: NetworkNodeKind;

  @Field(() => GeoJSONPoint, { description: 'Where it stands.' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => Int, { nullable: true, description: 'Switch ports available for cameras and uplinks.' })
  @Column({ type: 'integer', nullable: true })
  portCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Fiber strands the node can terminate or splice.' })
  @Column({ type: 'integer', nullable: true })
  strandCapacity: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Power drawn by its equipment, watts; null = the default for its kind (switch 45, cabinet 60, splice closure and control centre 0). ' +
      'A node that draws power passes no fiber traffic without it.',
  })
  @Column({ type: 'double precision', nullable: true })
  powerDrawWatts: number | null;

  @Field(() => Float, { nullable: true, description: 'Battery (UPS) autonomy at this point, minutes; null when there is none.' })
  @Column({ type: 'double precision', nullable: true })
  upsAutonomyMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
