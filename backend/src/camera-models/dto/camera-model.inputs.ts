import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { CameraKindEnum, VideoCodecEnum } from '../../common/graphql/enums';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { CAMERA_KINDS, VIDEO_CODECS, type CameraKind, type VideoCodec } from '../../core/domain';
import { BOUNDS } from '../../core/bounds';
import { Bounded, CodeField, RequiredText } from '../../common/dto-fields';

const bound = BOUNDS.CameraModel;

@InputType({ description: 'A new catalogue entry.' })
export class CreateCameraModelInput {
  @CodeField('Unique catalogue code (trimmed; unique whatever the case).') code: string;
  @Field(() => String) @RequiredText(120) manufacturer: string;
  @Field(() => String) @RequiredText(200) name: string;
  @Field(() => CameraKindEnum) @IsIn(CAMERA_KINDS) kind: CameraKind;
  @Field(() => Int) @Bounded(bound.horizontalPixels) horizontalPixels: number;
  @Field(() => Int) @Bounded(bound.verticalPixels) verticalPixels: number;
  @Field(() => Float) @Bounded(bound.sensorWidthMm) sensorWidthMm: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.focalLengthMinMm) focalLengthMinMm?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.focalLengthMaxMm) focalLengthMaxMm?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.fixedHorizontalFieldOfViewDegrees) fixedHorizontalFieldOfViewDegrees?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.panRangeDegrees) panRangeDegrees?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.opticalZoom) opticalZoom?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.irRangeMeters) irRangeMeters?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.whiteLightRangeMeters) whiteLightRangeMeters?: number | null;
  @Field(() => VideoCodecEnum, { nullable: true, description: 'Video compression of its recorded stream (default h265).' }) @IsOptional() @IsIn(VIDEO_CODECS) codec?: VideoCodec;
  @Field(() => Float) @Bounded(bound.powerDrawWatts) powerDrawWatts: number;
  @Field(() => Float) @Bounded(bound.typicalBitrateMbps) typicalBitrateMbps: number;
  @Field(() => Float) @Bounded(bound.unitPriceMad) unitPriceMad: number;
}

export const UpdateCameraModelInput = UpdateInputType(CreateCameraModelInput, 'CameraModel');
export type UpdateCameraModelInput = InstanceType<typeof UpdateCameraModelInput>;
export const CameraModelFilter = ListFilterInput('CameraModel', { kindEnum: CameraKindEnum, kindValues: CAMERA_KINDS });
