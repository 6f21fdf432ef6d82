import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MultiPolygon } from 'geojson';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPolygonal } from '../common/graphql/geojson.scalars';
import { DoriLevelEnum } from '../common/graphql/enums';
import { DORI_LEVELS, type DoriLevel } from '../core/domain';
import { Camera } from '../cameras/camera.entity';

/** What a stored coverage was computed from, so that staleness can be seen and explained. */
export interface CoverageInputs {
  cameraVersion: number;
  modelId: string;
  modelVersion: number;
  /** Ids and versions of the buildings that were within reach, as a digest. */
  buildingsDigest: string;
  buildingCount: number;
  ladder: string;
  projectedSrid: number;
}

/**
 * The ground a camera really sees at one DORI level, past the buildings, stored in EPSG:4326.
 * Derived data: rewritten whenever the camera, its model or a building within reach changes.
 */
@ObjectType({
  description:
    'The ground one camera sees at one DORI level, past the buildings (stored and kept current on every change of the camera, its model or a building in reach).',
})
@Entity()
@Unique('camera_coverage_one_per_level', ['cameraId', 'level'])
@Check('camera_coverage_area_valid', 'ST_IsValid(area)')
export class CameraCoverage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The camera this coverage belongs to.' })
  @Index()
  @Column({ type: 'uuid' })
  cameraId: string;

  @ManyToOne(() => Camera, { onDelete: 'CASCADE' })
  @JoinColumn()
  camera?: Camera;

  @Field(() => DoriLevelEnum, { description: 'The DORI level (IEC/EN 62676-4) this area is seen at; finer levels lie inside coarser ones.' })
  @Column({ type: 'enum', enum: DORI_LEVELS, enumName: 'dori_level' })
  level: DoriLevel;

  @Field(() => GeoJSONPolygonal, { description: 'Seen ground at this level (may be empty).' })
  @GeometryColumn('MultiPolygon')
  area: MultiPolygon;

  @Field(() => Float, { description: 'Area of the seen ground, square metres.' })
  @Column({ type: 'double precision' })
  areaSquareMeters: number;

  @Field(() => Float, { nullable: true, description: 'Nearest ground distance of the level band, metres.' })
  @Column({ type: 'double precision', nullable: true })
  nearMeters: number | null;

  @Field(() => Float, { nullable: true, description: 'Farthest ground distance of the level band, metres.' })
  @Column({ type: 'double precision', nullable: true })
  farMeters: number | null;

  @Field(() => String, { nullable: true, description: 'Why the level cannot be reached at all, when it cannot.' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  unavailableReason: string | null;

  @Column({ type: 'jsonb' })
  computedFrom: CoverageInputs;

  @CreateDateColumn({ type: 'timestamptz' })
  computedAt: Date;
}
