import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { BoundChecks, CodeRules } from '../common/bound-checks';
import { EditableEntity } from '../common/editable.entity';
import { RecordingModeEnum, SceneActivityEnum } from '../common/graphql/enums';
import { RECORDING_MODES, SCENE_ACTIVITIES, type RecordingMode, type SceneActivity } from '../core/domain';

/**
 * How the control centre records and keeps the cameras' streams, and the link speeds the design
 * assumes: the settings of the bandwidth and storage sizing (core/bandwidth), edited by engineers.
 */
@ObjectType({ description: 'How streams are recorded and kept (frame rate, retention, continuous or event recording, RAID) and the link speeds the design assumes: the settings of the bandwidth and storage sizing.' })
@Entity()
@BoundChecks('recording_profile')
@CodeRules('recording_profile')
export class RecordingProfile extends EditableEntity {
  @Field(() => String, { description: 'Unique code, e.g. FES-TENDER.' })
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Field(() => String, { description: 'Name shown to people.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Float, { description: 'Recorded frames per second.' })
  @Column({ type: 'double precision', default: 25 })
  framesPerSecond: number;

  @Field(() => RecordingModeEnum, { description: 'Continuous recording, or on events only.' })
  @Column({ type: 'enum', enum: RECORDING_MODES, enumName: 'recording_mode', default: 'continuous' })
  recordingMode: RecordingMode;

  @Field(() => Float, { description: 'Event recording: share of the time recorded, 0 to 1 (ignored when continuous).' })
  @Column({ type: 'double precision', default: 0.3 })
  eventRecordingShare: number;

  @Field(() => Int, { description: 'Days the recordings are kept (the tender\'s requirement; 30 is common practice in Morocco).' })
  @Column({ type: 'integer', default: 30 })
  retentionDays: number;

  @Field(() => Float, { description: 'RAID overhead, percent of the net capacity (RAID 6 over 8 + 2 disks: 25).' })
  @Column({ type: 'double precision', default: 25 })
  raidOverheadPercent: number;

  @Field(() => SceneActivityEnum, { description: 'Scene activity of cameras that do not say theirs.' })
  @Column({ type: 'enum', enum: SCENE_ACTIVITIES, enumName: 'scene_activity', default: 'road' })
  defaultSceneActivity: SceneActivity;

  @Field(() => Float, { description: 'Night bitrate relative to day (infrared noise), e.g. 1.2.' })
  @Column({ type: 'double precision', default: 1.2 })
  nightBitrateFactor: number;

  @Field(() => Float, { description: 'Live-view sub-stream each camera also sends (not recorded), Mbit/s.' })
  @Column({ type: 'double precision', default: 1 })
  liveViewStreamMbps: number;

  @Field(() => Float, { description: 'Speed of a camera\'s link to its switch, Mbit/s (a 100BASE port: 100).' })
  @Column({ type: 'double precision', default: 100 })
  cameraLinkCapacityMbps: number;

  @Field(() => Float, { description: 'Speed of a switch\'s uplink, Mbit/s (1000 or 10000).' })
  @Column({ type: 'double precision', default: 1000 })
  uplinkCapacityMbps: number;

  @Field(() => Float, { description: 'What the control centre can ingest and record, Mbit/s.' })
  @Column({ type: 'double precision', default: 10000 })
  controlCentreIngestCapacityMbps: number;
}
