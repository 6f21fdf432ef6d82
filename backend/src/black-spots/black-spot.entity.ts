import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { Polygon } from 'geojson';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPolygon } from '../common/graphql/geojson.scalars';
import { BlackSpotCategoryEnum, DoriLevelEnum } from '../common/graphql/enums';
import { BLACK_SPOT_CATEGORIES, DORI_LEVELS, type BlackSpotCategory, type DoriLevel } from '../core/domain';

@ObjectType({ description: 'A crime or accident hot spot that cameras must cover at a required level of detail.' })
@Entity()
@Check('black_spot_boundary_valid', 'ST_IsValid(boundary)')
@BoundChecks('black_spot')
@CodeRules('black_spot')
export class BlackSpot extends EditableEntity {
  @Field(() => String, { description: 'Unique code, e.g. BS-BAB-BOUJLOUD.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown to people, e.g. "Bab Boujloud".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => GeoJSONPolygon, { description: 'The area to cover.' })
  @GeometryColumn('Polygon')
  boundary: Polygon;

  @Field(() => BlackSpotCategoryEnum, { description: 'Why the place is a black spot.' })
  @Column({ type: 'enum', enum: BLACK_SPOT_CATEGORIES, enumName: 'black_spot_category' })
  category: BlackSpotCategory;

  @Field(() => Int, { description: '1 (low) to 5 (highest).' })
  @Column({ type: 'integer' })
  priority: number;

  @Field(() => DoriLevelEnum, { description: 'The level of detail the cameras must reach over the area.' })
  @Column({ type: 'enum', enum: DORI_LEVELS, enumName: 'dori_level' })
  requiredLevel: DoriLevel;

  @Field(() => String, { nullable: true, description: 'Free notes: sources, incidents, constraints on site.' })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
