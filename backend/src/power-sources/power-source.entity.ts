import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { Point } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import { PowerSourceKindEnum } from '../common/graphql/enums';
import { POWER_SOURCE_KINDS, type PowerSourceKind } from '../core/domain';

@ObjectType({ description: 'Where electricity comes from: a utility supply point, a transformer or a street-lighting circuit.' })
@Entity()
@BoundChecks('power_source')
@CodeRules('power_source')
export class PowerSource extends PhysicalAssetEntity {
  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => PowerSourceKindEnum, { description: 'Utility supply point, transformer or street-lighting circuit.' })
  @Column({ type: 'enum', enum: POWER_SOURCE_KINDS, enumName: 'power_source_kind' })
  kind: PowerSourceKind;

  @Field(() => GeoJSONPoint, { description: 'Where it stands.' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => Float, { description: 'Power it can deliver, watts.' })
  @Column({ type: 'double precision' })
  capacityWatts: number;

  @Field(() => Float, { description: 'Nominal voltage, volts.' })
  @Column({ type: 'double precision' })
  voltage: number;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
