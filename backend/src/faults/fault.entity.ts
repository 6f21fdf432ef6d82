import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Point } from 'geojson';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import {
  FAULT_ASSET_TYPES, FAULT_CATEGORIES, FAULT_CHANNELS, FAULT_RESOLUTIONS, FAULT_STATES,
  type FaultAssetType, type FaultCategory, type FaultChannel, type FaultResolution, type FaultState,
} from '../core/maintenance';
import { FaultAssetTypeEnum, FaultCategoryEnum, FaultChannelEnum, FaultResolutionEnum, FaultStateEnum } from './fault-enums';

/** One black spot's coverage at its required level before and after the fault's cameras went dark. */
export interface StoredBlackSpotLoss {
  blackSpotId: string;
  code: string;
  name: string;
  priority: number;
  requiredLevel: string;
  areaSquareMeters: number;
  coveredBeforeSquareMeters: number;
  coveredAfterSquareMeters: number;
}

/** What the outage analysis said when the fault was logged (kept: the ticket shows what was at stake then). */
export interface StoredFaultImpact {
  score: number;
  blackSpots: StoredBlackSpotLoss[];
}

/**
 * A fault: on an asset (asset_type + asset_id, checked to exist when logged; no foreign key since the
 * type varies) or on a point when the cause is not known yet. `location` is always set (the asset's
 * position, or the middle of a cable) so that the map, zones and "nearest first" need no join.
 * Photos are not stored here: they will be attached through the evidence storage of installation
 * tracking (the photos feature), keyed by this fault's id.
 */
@ObjectType({ description: 'A fault (maintenance ticket) on an asset or at a point.' })
@Entity()
@Check('fault_asset_both_or_none', '(asset_type IS NULL) = (asset_id IS NULL)')
@Check('fault_description_length', "char_length(description) BETWEEN 1 AND 4000")
@Check('fault_priority_range', 'priority BETWEEN 1 AND 4 AND suggested_priority BETWEEN 1 AND 4')
@Check('fault_resolution_when_resolved', "(state IN ('resolved', 'closed')) = (resolution IS NOT NULL)")
@Check('fault_new_serial_when_replaced', "resolution IS DISTINCT FROM 'replaced_asset' OR new_serial IS NOT NULL")
@Check('fault_location_valid', 'ST_IsValid(location)')
@Index(['state', 'priority'])
@Index(['assetType', 'assetId'])
export class Fault extends EditableEntity {
  @Field(() => FaultAssetTypeEnum, { nullable: true, description: 'Kind of asset the fault is logged on; null for a fault at a point.' })
  @Column({ type: 'enum', enum: FAULT_ASSET_TYPES, enumName: 'fault_asset_type', nullable: true })
  assetType: FaultAssetType | null;

  @Field(() => ID, { nullable: true, description: 'The asset the fault is logged on; null for a fault at a point.' })
  @Column({ type: 'uuid', nullable: true })
  assetId: string | null;

  @Field(() => GeoJSONPoint, { description: 'Where the fault is: the given point, or the asset\'s position (middle of a cable).' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => FaultCategoryEnum, { description: 'What is wrong.' })
  @Column({ type: 'enum', enum: FAULT_CATEGORIES, enumName: 'fault_category' })
  category: FaultCategory;

  @Field(() => String, { description: 'What was seen, in the reporter\'s words (1 to 4,000 characters).' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => FaultChannelEnum, { description: 'How it was reported.' })
  @Column({ type: 'enum', enum: FAULT_CHANNELS, enumName: 'fault_channel' })
  channel: FaultChannel;

  @Field(() => ID, { nullable: true, description: 'The account that logged it; null when logged by the system.' })
  @Column({ type: 'uuid', nullable: true })
  reportedByUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn() reportedByUser?: { id: string } | null;

  @Field(() => String, { nullable: true, description: 'Who reported it, as said (an operator, a patrol, a resident).' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reporterName: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was logged: the SLA clocks start here.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  reportedAt: Date;

  @Field(() => FaultStateEnum, { description: 'Where it is in its lifecycle.' })
  @Column({ type: 'enum', enum: FAULT_STATES, enumName: 'fault_state', default: 'open' })
  state: FaultState;

  @Field(() => Boolean, { description: 'Whether it takes what it is logged on out of service while open (the cameras it darkens).' })
  @Column({ type: 'boolean' })
  darkens: boolean;

  @Field(() => Int, { description: 'Priority 1 (most urgent) to 4; sets the SLA. Starts as the suggested one.' })
  @Column({ type: 'smallint' })
  priority: number;

  @Field(() => Int, { description: 'Priority suggested from the coverage the fault costs (1 to 4).' })
  @Column({ type: 'smallint' })
  suggestedPriority: number;

  /** Served through FaultFieldsResolver (coverage losses, score). */
  @Column({ type: 'jsonb' })
  impact: StoredFaultImpact;

  @Field(() => ID, { nullable: true, description: 'Organisation (team) the fault is assigned to.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  assignedOrganisationId: string | null;

  @ManyToOne('Organisation', { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn() assignedOrganisation?: { id: string } | null;

  @Field(() => ID, { nullable: true, description: 'Person the fault is assigned to.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  assignedUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'RESTRICT' }) @JoinColumn() assignedUser?: { id: string } | null;

  @Field(() => FaultResolutionEnum, { nullable: true, description: 'What was done; set when resolved.' })
  @Column({ type: 'enum', enum: FAULT_RESOLUTIONS, enumName: 'fault_resolution', nullable: true })
  resolution: FaultResolution | null;

  @Field(() => String, { nullable: true, description: 'Serial number of the replacement asset (resolution replaced_asset).' })
  @Column({ type: 'varchar', length: 128, nullable: true })
  newSerial: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last resolved.' })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
