import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { RecordingModeEnum, SceneActivityEnum } from '../../common/graphql/enums';
import { UpdateInputType } from '../../common/crud/update-input';
import { ListFilterInput } from '../../common/crud/list-filter.input';
import { RECORDING_MODES, SCENE_ACTIVITIES, type RecordingMode, type SceneActivity } from '../../core/domain';
import { BOUNDS } from '../../core/bounds';
import { Bounded, CodeField, RequiredText } from '../../common/dto-fields';

const bound = BOUNDS.RecordingProfile;

@InputType({ description: 'A new recording profile; every setting left out takes its default (25 fps, continuous, 30 days, RAID 25 %, road, x1.2 at night, 1 Mbit/s live view, links 100 / 1000 / 10000 Mbit/s).' })
export class CreateRecordingProfileInput {
  @CodeField('Unique code (trimmed; unique whatever the case).') code: string;
  @Field(() => String) @RequiredText(200) name: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.framesPerSecond) framesPerSecond?: number;
  @Field(() => RecordingModeEnum, { nullable: true }) @IsOptional() @IsIn(RECORDING_MODES) recordingMode?: RecordingMode;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.eventRecordingShare) eventRecordingShare?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @Bounded(bound.retentionDays) retentionDays?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.raidOverheadPercent) raidOverheadPercent?: number;
  @Field(() => SceneActivityEnum, { nullable: true }) @IsOptional() @IsIn(SCENE_ACTIVITIES) defaultSceneActivity?: SceneActivity;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.nightBitrateFactor) nightBitrateFactor?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.liveViewStreamMbps) liveViewStreamMbps?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.cameraLinkCapacityMbps) cameraLinkCapacityMbps?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.uplinkCapacityMbps) uplinkCapacityMbps?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Bounded(bound.controlCentreIngestCapacityMbps) controlCentreIngestCapacityMbps?: number;
}

export const UpdateRecordingProfileInput = UpdateInputType(CreateRecordingProfileInput, 'RecordingProfile');
export type UpdateRecordingProfileInput = InstanceType<typeof UpdateRecordingProfileInput>;
export const RecordingProfileFilter = ListFilterInput('RecordingProfile', {});
