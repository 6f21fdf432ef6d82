import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MultiPolygon } from 'geojson';
import { CodeRules } from '../common/bound-checks';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPolygonal } from '../common/graphql/geojson.scalars';
import { NETWORK_ELEMENT_KINDS, type NetworkElementKind } from '../core/network';

export const WORK_PACKAGE_STATUSES = ['open', 'closed'] as const;
export type WorkPackageStatus = (typeof WORK_PACKAGE_STATUSES)[number];
export const WorkPackageStatusEnum = { open: 'open', closed: 'closed' } as const;
registerEnumType(WorkPackageStatusEnum, {
  name: 'WorkPackageStatus',
  description: 'open: work under way (an asset is in at most one open package); closed: finished or cancelled.',
});

/**
 * A contract's batch of installation work: a contractor organisation, a zone or a drawn area, planned
 * dates and its assets (work_package_asset). Adding an asset assigns it to the package's organisation.
 */
@ObjectType({ description: 'A batch of installation work given to one contractor organisation, with planned dates and its assets.' })
@Entity()
@CodeRules('work_package')
@Check('work_package_area_valid', 'ST_IsValid(area)')
@Check('work_package_dates_ordered', '"due_on" >= "planned_start_on"')
export class WorkPackage extends EditableEntity {
  @Field(() => String, { description: 'Short unique code, e.g. WP-MEDINA-01.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { description: 'The contractor organisation doing the work; its assets are assigned to it.' })
  @Index()
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: { id: string };

  @Field(() => ID, { nullable: true, description: 'The zone (district) the package covers, if any.' })
  @Column({ type: 'uuid', nullable: true })
  zoneId: string | null;

  @ManyToOne('Zone', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn()
  zone?: { id: string } | null;

  @Field(() => GeoJSONPolygonal, { nullable: true, description: 'A drawn area the package covers, returned as a MultiPolygon.' })
  @GeometryColumn('MultiPolygon', { nullable: true })
  area: MultiPolygon | null;

  @Field(() => String, { nullable: true, description: 'Programme phase, e.g. "Phase 1 - Médina before the 2030 World Cup".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  phase: string | null;

  @Field(() => String, { description: 'Planned start, a date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  plannedStartOn: string;

  @Field(() => String, { description: 'Due date (YYYY-MM-DD): its assets not installed after this day are late.' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => WorkPackageStatusEnum, { description: 'open or closed.' })
  @Column({ type: 'enum', enum: WORK_PACKAGE_STATUSES, enumName: 'work_package_status', default: 'open' })
  status: WorkPackageStatus;
}

/**
 * One asset in one package. `packageOpen` copies the package's status (kept by a trigger on
 * work_package) so that a partial unique index can say: an asset is in at most one OPEN package.
 * Assets are referenced by (type, id): a trigger on each asset table removes the rows of a deleted asset.
 */
@Entity()
// A partial unique index (made by the migration; TypeORM cannot declare its WHERE and leaves it alone).
@Index('work_package_asset_one_open_package', { synchronize: false })
export class WorkPackageAsset {
  @PrimaryColumn({ type: 'uuid' })
  workPackageId: string;

  @PrimaryColumn({ type: 'enum', enum: NETWORK_ELEMENT_KINDS, enumName: 'asset_type' })
  assetType: NetworkElementKind;

  @PrimaryColumn({ type: 'uuid' })
  assetId: string;

  @Column({ type: 'boolean', default: true })
  packageOpen: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;

  @ManyToOne(() => WorkPackage, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn()
  workPackage?: WorkPackage;
}
