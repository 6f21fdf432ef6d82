import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import type { LineString } from 'geojson';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONLineString } from '../common/graphql/geojson.scalars';

@ObjectType({ description: 'A street centre line: where new fiber and power routes can run.' })
@Entity()
@Check('street_path_valid', 'ST_IsValid(path)')
export class Street extends EditableEntity {
  @Field(() => GeoJSONLineString, { description: 'The centre line.' })
  @GeometryColumn('LineString')
  path: LineString;

  @Field(() => String, { nullable: true, description: 'Street name, when known.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Road class, e.g. OSM highway=residential.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  highwayClass: string | null;

  @Field(() => String, { nullable: true, description: 'Where it comes from, e.g. osm:way/123.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
