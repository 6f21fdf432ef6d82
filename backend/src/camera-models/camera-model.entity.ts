import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import { EditableEntity } from '../common/editable.entity';
import { CameraKindEnum, VideoCodecEnum } from '../common/graphql/enums';
import { CAMERA_KINDS, VIDEO_CODECS, type CameraKind, type VideoCodec } from '../core/domain';

@ObjectType({ description: 'A camera product in the catalogue: optics, power, bitrate and price.' })
@Entity()
@BoundChecks('camera_model')
@CodeRules('camera_model')
@Check('camera_model_optics_given', '"focal_length_min_mm" IS NOT NULL OR "fixed_horizontal_field_of_view_degrees" IS NOT NULL')
@Check('camera_model_focal_range_ordered', '"focal_length_max_mm" IS NULL OR "focal_length_max_mm" >= "focal_length_min_mm"')
export class CameraModel extends EditableEntity {
  @Field(() => String, { description: 'Unique catalogue code.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => String, { description: 'Who makes it.' })
  @Column({ type: 'varchar', length: 120 })
  manufacturer: string;

  @Field(() => String, { description: 'Product name.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => CameraKindEnum, { description: 'Fixed bullet, fixed dome or PTZ.' })
  @Column({ type: 'enum', enum: CAMERA_KINDS, enumName: 'camera_kind' })
  kind: CameraKind;

  @Field(() => Int, { description: 'Sensor resolution, horizontal pixels.' })
  @Column({ type: 'integer' })
  horizontalPixels: number;

  @Field(() => Int, { description: 'Sensor resolution, vertical pixels.' })
  @Column({ type: 'integer' })
  verticalPixels: number;

  @Field(() => Float, { description: 'Active sensor width, millimetres (1/2.8" is about 5.37 mm).' })
  @Column({ type: 'double precision' })
  sensorWidthMm: number;

  @Field(() => Float, { nullable: true, description: 'Shortest focal length (widest view), mm.' })
  @Column({ type: 'double precision', nullable: true })
  focalLengthMinMm: number | null;

  @Field(() => Float, { nullable: true, description: 'Longest focal length, mm; null for a fixed lens.' })
  @Column({ type: 'double precision', nullable: true })
  focalLengthMaxMm: number | null;

  @Field(() => Float, { nullable: true, description: 'Horizontal field of view of a fixed lens, degrees, when no focal length is published.' })
  @Column({ type: 'double precision', nullable: true })
  fixedHorizontalFieldOfViewDegrees: number | null;

  @Field(() => Float, { nullable: true, description: 'PTZ pan range, degrees (360 for endless).' })
  @Column({ type: 'double precision', nullable: true })
  panRangeDegrees: number | null;

  @Field(() => Float, { nullable: true, description: 'Optical zoom factor (PTZ or varifocal).' })
  @Column({ type: 'double precision', nullable: true })
  opticalZoom: number | null;

  @Field(() => Float, { nullable: true, description: 'Infrared illumination range at night, metres.' })
  @Column({ type: 'double precision', nullable: true })
  irRangeMeters: number | null;

  @Field(() => Float, { nullable: true, description: 'White-light (colour at night) illumination range, metres; null when it has none.' })
  @Column({ type: 'double precision', nullable: true })
  whiteLightRangeMeters: number | null;

  @Field(() => VideoCodecEnum, { description: 'Video compression of its recorded stream (bitrate and storage sizing).' })
  @Column({ type: 'enum', enum: VIDEO_CODECS, enumName: 'video_codec', default: 'h265' })
  codec: VideoCodec;

  @Field(() => Float, { description: 'Maximum power draw, watts (PoE budget).' })
  @Column({ type: 'double precision' })
  powerDrawWatts: number;

  @Field(() => Float, { description: 'Typical stream bitrate, Mbit/s.' })
  @Column({ type: 'double precision' })
  typicalBitrateMbps: number;

  @Field(() => Float, { description: 'Unit price before tax, Moroccan dirhams.' })
  @Column({ type: 'double precision' })
  unitPriceMad: number;
}
