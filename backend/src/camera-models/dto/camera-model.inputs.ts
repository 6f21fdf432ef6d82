import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CameraKindEnum } from '../../common/graphql/enums';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { CAMERA_KINDS, type CameraKind } from '../../core/domain';

const finite = { allowNaN: false, allowInfinity: false };

@InputType({ description: 'A new catalogue entry.' })
export class CreateCameraModelInput {
  @Field(() => String) @IsString() @Length(1, 64) code: string;
  @Field(() => String) @IsString() @Length(1, 120) manufacturer: string;
  @Field(() => String) @IsString() @Length(1, 200) name: string;
  @Field(() => CameraKindEnum) @IsIn(CAMERA_KINDS) kind: CameraKind;
  @Field(() => Int) @IsInt() @Min(1) @Max(20000) horizontalPixels: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(20000) verticalPixels: number;
  @Field(() => Float) @IsNumber(finite) @Min(0.5) @Max(50) sensorWidthMm: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(0.5) @Max(2000) focalLengthMinMm?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(0.5) @Max(2000) focalLengthMaxMm?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(1) @Max(360) fixedHorizontalFieldOfViewDegrees?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(0) @Max(360) panRangeDegrees?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(1) @Max(100) opticalZoom?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber(finite) @Min(0) @Max(1000) irRangeMeters?: number | null;
  @Field(() => Float) @IsNumber(finite) @Min(0) @Max(1000) powerDrawWatts: number;
  @Field(() => Float) @IsNumber(finite) @Min(0) @Max(1000) typicalBitrateMbps: number;
  @Field(() => Float) @IsNumber(finite) @Min(0) unitPriceMad: number;
}

export const UpdateCameraModelInput = UpdateInputType(CreateCameraModelInput, 'CameraModel');
export type UpdateCameraModelInput = InstanceType<typeof UpdateCameraModelInput>;
export const CameraModelFilter = ListFilterInput('CameraModel', { kindEnum: CameraKindEnum, kindValues: CAMERA_KINDS });
