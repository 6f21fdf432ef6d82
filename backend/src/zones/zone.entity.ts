import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity } from 'typeorm';
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
}
