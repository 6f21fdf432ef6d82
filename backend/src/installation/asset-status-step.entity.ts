import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Point } from 'geojson';
import { GeometryColumn } from '../common/geometry-column';
import { ASSET_STATUSES, type AssetStatus } from '../core/domain';
import { NETWORK_ELEMENT_KINDS, type NetworkElementKind } from '../core/network';

/**
 * One step of an asset's life cycle: who moved it from what to what, when, where the device stood
 * (with its accuracy) and why. Append-only history; the asset's own status column is the present,
 * these rows are the past (progress at a past date is reconstructed from them).
 */
@Entity()
@Index(['assetType', 'assetId', 'occurredAt'])
@Check('asset_status_step_position_accuracy_meters_range', '"position_accuracy_meters" IS NULL OR ("position_accuracy_meters" >= 0 AND "position_accuracy_meters" <= 100000)')
@Check('asset_status_step_accuracy_needs_position', '"position_accuracy_meters" IS NULL OR "position" IS NOT NULL')
export class AssetStatusStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NETWORK_ELEMENT_KINDS, enumName: 'asset_type' })
  assetType: NetworkElementKind;

  @Column({ type: 'uuid' })
  assetId: string;

  /** Null for the first step of an asset whose earlier status is unknown. */
  @Column({ type: 'enum', enum: ASSET_STATUSES, enumName: 'asset_status', nullable: true })
  fromStatus: AssetStatus | null;

  @Column({ type: 'enum', enum: ASSET_STATUSES, enumName: 'asset_status' })
  toStatus: AssetStatus;

  /** Null when made outside a request (seed, jobs) or when the user was deleted. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  actorUser?: { id: string } | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Where the device stood, when it said. */
  @GeometryColumn('Point', { nullable: true })
  position: Point | null;

  @Column({ type: 'double precision', nullable: true })
  positionAccuracyMeters: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comment: string | null;

  /** The open package the asset was in when the step was made. */
  @Column({ type: 'uuid', nullable: true })
  workPackageId: string | null;

  @ManyToOne('WorkPackage', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  workPackage?: { id: string } | null;
}
