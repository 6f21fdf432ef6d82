import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import type { Point } from 'geojson';
import { PhysicalAssetEntity } from '../common/physical-asset.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import { PoleKindEnum } from '../common/graphql/enums';
import { POLE_KINDS, type PoleKind } from '../core/domain';

@ObjectType({ description: 'Something a camera is mounted on: a street light, a utility pole, a new camera pole or a wall.' })
@Entity()
@BoundChecks('pole')
@CodeRules('pole')
export class Pole extends PhysicalAssetEntity {
  @Field(() => PoleKindEnum, { description: 'What kind of support this is.' })
  @Column({ type: 'enum', enum: POLE_KINDS, enumName: 'pole_kind' })
  kind: PoleKind;

  @Field(() => Float, { description: 'Height above ground, metres.' })
  @Column({ type: 'double precision' })
  heightMeters: number;

  @Field(() => String, { nullable: true, description: 'Who owns the support (e.g. the commune, RADEEF).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  owner: string | null;

  @Field(() => GeoJSONPoint, { description: 'Where it stands.' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => Float, { nullable: true, description: 'Battery (UPS) autonomy at this point, minutes; null when there is none.' })
  @Column({ type: 'double precision', nullable: true })
  upsAutonomyMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'Where an import took it from (osm:node/123, or "<source>:<id>"): a re-import of the same source updates it instead of adding a copy.' })
  @Index({ unique: true, where: '"source_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  sourceId: string | null;
}
