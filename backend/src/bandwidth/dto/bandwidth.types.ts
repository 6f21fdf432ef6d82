import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkElementRef } from '../../network/dto/network.types';
import { RecordingProfile } from '../../recording-profiles/recording-profile.entity';
import { RecordingModeEnum, SceneActivityEnum, VideoCodecEnum } from '../../common/graphql/enums';
import type { RecordingMode, SceneActivity, VideoCodec } from '../../core/domain';
import type { LinkKind } from '../../core/bandwidth';

export const LinkKindEnum = { camera_link: 'camera_link', uplink: 'uplink', fiber_run: 'fiber_run', control_centre_ingest: 'control_centre_ingest' } as const;
registerEnumType(LinkKindEnum, {
  name: 'LinkKind',
  description: "What carries traffic: a camera's link to its switch, a switch's uplink, a fiber run (every link through it), a control centre's ingest.",
});

@ObjectType({ description: 'The recording settings a sizing used (a stored profile, or the defaults when none is stored).' })
export class RecordingSettingsUsed {
  @Field(() => Float, { description: 'Recorded frames per second.' }) framesPerSecond: number;
  @Field(() => RecordingModeEnum, { description: 'Continuous or event recording.' }) recordingMode: RecordingMode;
  @Field(() => Float, { description: 'Event recording: share of the time recorded.' }) eventRecordingShare: number;
  @Field(() => Int, { description: 'Days kept.' }) retentionDays: number;
  @Field(() => Float, { description: 'RAID overhead, percent.' }) raidOverheadPercent: number;
  @Field(() => SceneActivityEnum, { description: 'Scene activity of cameras that do not say theirs.' }) defaultSceneActivity: SceneActivity;
  @Field(() => Float, { description: 'Night bitrate relative to day.' }) nightBitrateFactor: number;
  @Field(() => Float, { description: 'Live-view sub-stream per camera, Mbit/s.' }) liveViewStreamMbps: number;
  @Field(() => Float, { description: 'Camera link speed, Mbit/s.' }) cameraLinkCapacityMbps: number;
  @Field(() => Float, { description: 'Switch uplink speed, Mbit/s.' }) uplinkCapacityMbps: number;
  @Field(() => Float, { description: 'Control-centre ingest capacity, Mbit/s.' }) controlCentreIngestCapacityMbps: number;
}

@ObjectType({ description: 'Storage needed at the control centre for a set of cameras (decimal terabytes, 10^12 bytes).' })
export class StorageFigures {
  @Field(() => Int, { description: 'Cameras recorded.' }) cameraCount: number;
  @Field(() => Float, { description: 'Sum of the recorded streams, mean over the day, Mbit/s.' }) meanRecordedMbps: number;
  @Field(() => Float, { description: 'Share of the time recorded (1 continuous).' }) recordedShare: number;
  @Field(() => Int, { description: 'Days kept.' }) retentionDays: number;
  @Field(() => Float, { description: 'Storage before RAID overhead, TB.' }) netTerabytes: number;
  @Field(() => Float, { description: 'RAID overhead, percent.' }) raidOverheadPercent: number;
  @Field(() => Float, { description: 'Disk to install: net plus RAID overhead, TB.' }) rawTerabytes: number;
}

@ObjectType({ description: 'The streams of the cameras of one model.' })
export class ModelStreamFigures {
  @Field(() => String, { description: 'Catalogue code of the model.' }) modelCode: string;
  @Field(() => VideoCodecEnum, { description: 'Its codec.' }) codec: VideoCodec;
  @Field(() => Int, { description: 'Cameras of the model counted.' }) cameraCount: number;
  @Field(() => Float, { description: 'Recorded stream by day of one camera (mean over its cameras and their scene activity), Mbit/s.' }) dayMbps: number;
  @Field(() => Float, { description: 'The same by night, Mbit/s.' }) nightMbps: number;
  @Field(() => Float, { description: 'All its cameras together, mean over the day, Mbit/s.' }) totalMeanMbps: number;
}

@ObjectType({ description: 'The traffic a link carries at the busiest hour against its capacity.' })
export class LinkLoadEntry {
  @Field(() => LinkKindEnum, { description: 'What kind of link.' }) kind: LinkKind;
  @Field(() => NetworkElementRef, { description: 'The camera (its link), switch (its uplink), fiber run or control centre.' }) element: NetworkElementRef;
  @Field(() => NetworkElementRef, { nullable: true, description: 'For camera links and uplinks: the node where the link ends.' }) terminatesAt: NetworkElementRef | null;
  @Field(() => Int, { description: 'Cameras whose streams it carries.' }) cameraCount: number;
  @Field(() => Float, { description: 'Traffic, Mbit/s.' }) loadMbps: number;
  @Field(() => Float, { description: 'Capacity, Mbit/s.' }) capacityMbps: number;
  @Field(() => Float, { description: 'Load / capacity.' }) utilization: number;
  @Field(() => Boolean, { description: 'More traffic than capacity.' }) overSubscribed: boolean;
}

@ObjectType({ description: 'Bandwidth and storage sizing: storage at the control centre now and as planned, and every link against its capacity.' })
export class BandwidthReport {
  @Field(() => RecordingProfile, { nullable: true, description: 'The stored profile used; null when none is stored (the defaults apply).' })
  recordingProfile: RecordingProfile | null;
  @Field(() => RecordingSettingsUsed, { description: 'The settings used.' }) settings: RecordingSettingsUsed;
  @Field(() => StorageFigures, { description: 'Storage for the cameras in service now (commissioned).' }) now: StorageFigures;
  @Field(() => StorageFigures, { description: 'Storage for the design as planned (every camera not decommissioned).' }) planned: StorageFigures;
  @Field(() => [ModelStreamFigures], { description: 'Streams per camera model (and codec, when cameras of one model are set differently) of the selection, most traffic first.' }) byModel: ModelStreamFigures[];
  @Field(() => Int, { description: 'Links with traffic in the selection.' }) linkCount: number;
  @Field(() => Int, { description: 'Of which over-subscribed.' }) overSubscribedCount: number;
  @Field(() => [LinkLoadEntry], { description: 'Every over-subscribed link, then the busiest others, up to the limit; highest utilization first.' }) links: LinkLoadEntry[];
  @Field(() => [LinkLoadEntry], { description: "Each control centre's ingest." }) ingest: LinkLoadEntry[];
}
