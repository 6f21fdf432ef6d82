import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { BoundChecks } from '../common/bound-checks';
import type { MultiPolygon } from 'geojson';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPolygonal } from '../common/graphql/geojson.scalars';

@ObjectType({ description: 'A building footprint: an obstacle to the cameras\' view.' })
@Entity()
@Check('building_footprint_valid', 'ST_IsValid(footprint)')
@BoundChecks('building')
export class Building extends EditableEntity {
  @Field(() => GeoJSONPolygonal, { description: 'The footprint, always returned as a MultiPolygon.' })
  @GeometryColumn('MultiPolygon')
  footprint: MultiPolygon;

  @Field(() => Float, { nullable: true, description: 'Height above ground, metres; unknown heights block the view fully.' })
  @Column({ type: 'double precision', nullable: true })
  heightMeters: number | null;

  @Field(() => Boolean, { description: 'The height is an estimate (an import\'s building:levels x 3 m), not a survey.' })
  @Column({ type: 'boolean', default: false })
  heightEstimated: boolean;

  @Field(() => String, { nullable: true, description: 'Where it comes from, e.g. osm:way/123 or synthetic:42.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
