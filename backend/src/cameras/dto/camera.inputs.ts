import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PtzPresetInput } from './ptz-preset.types';
import type { Point } from 'geojson';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { Bounded, PhysicalAssetInput, UpsAutonomyMinutesField } from '../../common/dto-fields';
import { BOUNDS } from '../../core/bounds';
import { SceneActivityEnum, VideoCodecEnum } from '../../common/graphql/enums';
import { SCENE_ACTIVITIES, VIDEO_CODECS, type SceneActivity, type VideoCodec } from '../../core/domain';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';


@InputType({ description: 'A new camera. On a pole, location and mount height default to the pole\'s.' })
export class CreateCameraInput extends PhysicalAssetInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => GeoJSONPoint, { nullable: true, description: 'Required unless poleId is given.' })
  @IsOptional()
  location?: Point;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'poleId must be a uuid' })
  poleId?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'modelId must be a uuid' })
  modelId: string;

  @Field(() => Float, { nullable: true, description: 'Metres above ground (0 < h <= 100); defaults to the pole height.' })
  @IsOptional()
  @Bounded(BOUNDS.Camera.mountHeightMeters)
  mountHeightMeters?: number;

  @Field(() => Float, { description: 'Degrees clockwise from north, 0 <= h < 360.' })
  @Bounded(BOUNDS.Camera.headingDegrees)
  headingDegrees: number;

  @Field(() => Float, { nullable: true, description: 'Degrees below the horizon, -90..90 (default 0).' })
  @IsOptional()
  @Bounded(BOUNDS.Camera.tiltDegrees)
  tiltDegrees?: number;

  @Field(() => Float, { nullable: true, description: 'Within the model\'s focal range, mm.' })
  @IsOptional()
  @Bounded(BOUNDS.Camera.focalLengthMm)
  focalLengthMm?: number | null;
  @UpsAutonomyMinutesField()
  upsAutonomyMinutes?: number | null;

  @Field(() => SceneActivityEnum, { nullable: true, description: 'How busy the scene it watches is (bitrate sizing); null takes the recording profile\'s default.' })
  @IsOptional()
  @IsIn(SCENE_ACTIVITIES)
  sceneActivity?: SceneActivity | null;

  @Field(() => VideoCodecEnum, { nullable: true, description: 'Video compression its recorded stream is set to (bitrate sizing); null takes its model\'s codec.' })
  @IsOptional()
  @IsIn(VIDEO_CODECS)
  codec?: VideoCodec | null;

  @Field(() => [PtzPresetInput], { nullable: true, description: 'PTZ models only; names unique, zoom within the model\'s; replaces the whole list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(64)
  @ValidateNested({ each: true })
  @Type(() => PtzPresetInput)
  ptzPresets?: PtzPresetInput[];
}

export const UpdateCameraInput = UpdateInputType(CreateCameraInput, 'Camera');
export type UpdateCameraInput = InstanceType<typeof UpdateCameraInput>;
export const CameraFilter = ListFilterInput('Camera', { status: true });
