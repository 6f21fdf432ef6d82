import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { CodeRules } from '../common/bound-checks';
import type { Polygon } from 'geojson';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPolygon } from '../common/graphql/geojson.scalars';

@ObjectType({ description: 'A district used to group planning, progress and reports (e.g. an arrondissement of Fès).' })
@Entity()
@CodeRules('zone')
@Check('zone_boundary_valid', 'ST_IsValid(boundary)')
export class Zone extends EditableEntity {
  @Field(() => String, { description: 'Short unique code, e.g. FES-AGDAL.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => GeoJSONPolygon, { description: 'The district outline.' })
  @GeometryColumn('Polygon')
  boundary: Polygon;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
