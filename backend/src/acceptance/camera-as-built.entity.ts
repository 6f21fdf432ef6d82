import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Point } from 'geojson';
import { EditableEntity } from '../common/editable.entity';
import { GeometryColumn } from '../common/geometry-column';
import { GeoJSONPoint } from '../common/graphql/geojson.scalars';
import { BOUNDS, boundCheck } from '../core/bounds';
import type { Deviation } from '../core/acceptance/deviations';
import { Camera } from '../cameras/camera.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { AcceptanceDeviation } from './dto/acceptance.types';

/**
 * pending: recorded, within tolerance, awaiting the engineer; needs_correction: out of tolerance (the
 * reasons are kept); accepted: the engineer accepted it (commissioning may follow); sent_back: the
 * engineer returned it with a comment (the contractor records the camera again).
 */
export const AS_BUILT_STATES = ['pending', 'needs_correction', 'accepted', 'sent_back'] as const;
export type AsBuiltState = (typeof AS_BUILT_STATES)[number];
export const AsBuiltStateEnum = Object.fromEntries(AS_BUILT_STATES.map((s) => [s, s])) as Record<AsBuiltState, AsBuiltState>;
registerEnumType(AsBuiltStateEnum, { name: 'AsBuiltState', description: 'Where an as-built record stands in the acceptance against the design.' });

const camera = BOUNDS.Camera;
const bounded = (property: 'headingDegrees' | 'tiltDegrees' | 'mountHeightMeters') => {
  const check = boundCheck(property, camera[property]);
  return Check(check.name('camera_as_built'), check.expression);
};

/**
 * A camera as measured after installation: heading, tilt, mount height, position, model and serial
 * number, who measured it and when. Each measurement is a new row; the newest is `current` (one per
 * camera, a partial unique index) and the older ones are its history. Acceptance decisions are made
 * on the current row (audited, versioned).
 */
@ObjectType({ description: 'A camera as measured after installation, and its acceptance against the design.' })
@Entity()
@Index('camera_as_built_one_current', ['cameraId'], { unique: true, where: '"current"' })
@Check('camera_as_built_state', `"acceptance_state" IN (${AS_BUILT_STATES.map((s) => `'${s}'`).join(', ')})`)
@Check('camera_as_built_deviations_array', `jsonb_typeof("deviations") = 'array'`)
@Check('camera_as_built_sent_back_comment', `"acceptance_state" <> 'sent_back' OR "review_comment" IS NOT NULL`)
@bounded('headingDegrees')
@bounded('tiltDegrees')
@bounded('mountHeightMeters')
export class CameraAsBuilt extends EditableEntity {
  @Field(() => ID, { description: 'The camera measured.' })
  @Index()
  @Column({ type: 'uuid' })
  cameraId: string;

  @ManyToOne(() => Camera, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  camera?: Camera;

  @Field(() => Boolean, { description: 'The latest measurement of the camera (older ones are history).' })
  @Column({ type: 'boolean', default: true })
  current: boolean;

  @Field(() => GeoJSONPoint, { description: 'Where it was installed (measured).' })
  @GeometryColumn('Point')
  location: Point;

  @Field(() => Float, { description: 'Measured heading, degrees clockwise from north.' })
  @Column({ type: 'double precision' })
  headingDegrees: number;

  @Field(() => Float, { description: 'Measured downward tilt, degrees.' })
  @Column({ type: 'double precision' })
  tiltDegrees: number;

  @Field(() => Float, { description: 'Measured lens height above ground, metres.' })
  @Column({ type: 'double precision' })
  mountHeightMeters: number;

  @Field(() => ID, { description: 'The catalogue model installed.' })
  @Column({ type: 'uuid' })
  modelId: string;

  @ManyToOne(() => CameraModel, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  model?: CameraModel;

  @Field(() => String, { nullable: true, description: "The installed unit's serial number." })
  @Column({ type: 'varchar', length: 100, nullable: true })
  serialNumber: string | null;

  @Field(() => String, { nullable: true, description: "The installer's remark." })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was measured.' })
  @Column({ type: 'timestamptz' })
  measuredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who recorded it.' })
  @Column({ type: 'uuid', nullable: true })
  measuredByUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  measuredByUser?: { id: string } | null;

  @Field(() => AsBuiltStateEnum, { description: 'Where it stands in the acceptance.' })
  @Column({ type: 'varchar', length: 20, default: 'pending' })
  acceptanceState: AsBuiltState;

  @Field(() => [AcceptanceDeviation], { description: 'What was out of tolerance when it was recorded (empty: within tolerance).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  deviations: Deviation[];

  @Field(() => String, { nullable: true, description: "The engineer's comment when accepting or sending back." })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  reviewComment: string | null;

  @Field(() => ID, { nullable: true, description: 'Who accepted it or sent it back.' })
  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn()
  reviewedByUser?: { id: string } | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was accepted or sent back.' })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
