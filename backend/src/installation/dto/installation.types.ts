import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Point } from 'geojson';
import { AssetStatusEnum } from '../../common/graphql/enums';
import { GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { NetworkElementKindEnum } from '../../network/dto/network.types';
import type { AssetStatus } from '../../core/domain';
import type { NetworkElementKind } from '../../core/network';

@ObjectType({ description: "One step of an asset's life cycle: who, when, where, from what to what, and why." })
export class AssetStatusStepEntry {
  @Field(() => ID, { description: 'The step (photos and evidence attach to it).' }) id: string;
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset (its table name).' }) assetType: NetworkElementKind;
  @Field(() => ID, { description: 'The asset.' }) assetId: string;
  @Field(() => AssetStatusEnum, { nullable: true, description: 'Status before the step; empty when unknown.' }) fromStatus: AssetStatus | null;
  @Field(() => AssetStatusEnum, { description: 'Status after the step.' }) toStatus: AssetStatus;
  @Field(() => ID, { nullable: true, description: 'Who made it (empty for the system or a deleted user).' }) actorUserId: string | null;
  @Field(() => String, { nullable: true, description: "That user's name." }) actorName: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the step was taken.' }) occurredAt: Date;
  @Field(() => GeoJSONPoint, { nullable: true, description: 'Where the device stood, when it said.' }) position: Point | null;
  @Field(() => Float, { nullable: true, description: "The position's accuracy, metres." }) positionAccuracyMeters: number | null;
  @Field(() => String, { nullable: true, description: 'What the person wrote, if anything.' }) comment: string | null;
  @Field(() => ID, { nullable: true, description: 'The open work package the asset was in.' }) workPackageId: string | null;
}

@ObjectType({ description: 'What moveAssetStatus did.' })
export class MoveAssetStatusResult {
  @Field(() => ID, { description: 'The recorded step (attach evidence to it).' }) stepId: string;
  @Field(() => AssetStatusStepEntry, { description: 'The recorded step: who, when, where and the comment.' }) step: AssetStatusStepEntry;
  @Field(() => AssetStatusEnum, { description: "The asset's status now." }) status: AssetStatus;
  @Field(() => Int, { description: "The asset's new version." }) assetVersion: number;
}

@ObjectType({ description: "One asset of the signed-in contractor's open work packages." })
export class MyWorkItem {
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset (its table name).' }) assetType: NetworkElementKind;
  @Field(() => ID, { description: 'The asset.' }) assetId: string;
  @Field(() => String, { description: 'The asset\'s code.' }) code: string;
  @Field(() => AssetStatusEnum, { description: 'Life-cycle status.' }) status: AssetStatus;
  @Field(() => Int, { description: 'Send it back as expectedVersion.' }) version: number;
  @Field(() => ID, { description: 'The open work package it is in.' }) workPackageId: string;
  @Field(() => String, { description: 'The code of its work package.' }) workPackageCode: string;
  @Field(() => String, { description: 'The name of its work package.' }) workPackageName: string;
  @Field(() => String, { description: 'Due date (YYYY-MM-DD).' }) dueOn: string;
  @Field(() => Boolean, { description: 'Past its due day and not installed yet.' }) late: boolean;
  @Field(() => GeoJSONPoint, { description: 'Where it is (a cable: its midpoint).' }) position: Point;
  @Field(() => Float, { nullable: true, description: 'Distance from the given position, metres (projected CRS); empty without one.' })
  distanceMeters: number | null;
}

@ObjectType({ description: 'How many assets are in one status.' })
export class StatusCountEntry {
  @Field(() => AssetStatusEnum, { description: 'Life-cycle status.' }) status: AssetStatus;
  @Field(() => Int, { description: 'How many.' }) count: number;
  @Field(() => Float, { description: 'Share of the counted assets, 0..1.' }) share: number;
}

@ObjectType({ description: 'An asset past its due day and not installed.' })
export class LateItem {
  @Field(() => NetworkElementKindEnum, { description: 'The kind of asset (its table name).' }) assetType: NetworkElementKind;
  @Field(() => ID, { description: 'The asset.' }) assetId: string;
  @Field(() => String, { description: 'The asset\'s code.' }) code: string;
  @Field(() => AssetStatusEnum, { description: 'Its status at the date asked.' }) status: AssetStatus;
  @Field(() => String, { description: 'Due date (YYYY-MM-DD) of its work package.' }) dueOn: string;
  @Field(() => String, { nullable: true, description: 'The code of its work package.' }) workPackageCode: string | null;
  @Field(() => Int, { description: 'Whole days past due at the date asked.' }) daysLate: number;
}

@ObjectType({
  description:
    'Progress as live coverage: of the black-spot area (required levels), the share covered by cameras commissioned at the date ' +
    'against the share covered by every camera of the design at that date.',
})
export class LiveCoverageProgress {
  @Field(() => Int, { description: 'Black spots counted (those the scope\'s designed cameras cover; every black spot for the programme).' }) blackSpotCount: number;
  @Field(() => Float, { description: 'Area of the black spots in scope, square metres in the projected CRS.' }) blackSpotAreaSquareMeters: number;
  @Field(() => Float, { description: 'Covered at the required level by commissioned cameras.' }) liveCoveredSquareMeters: number;
  @Field(() => Float, { description: 'Covered at the required level by every designed camera (not decommissioned).' }) designCoveredSquareMeters: number;
  @Field(() => Float, { description: '0..1 of the black-spot area.' }) liveCoveredFraction: number;
  @Field(() => Float, { description: '0..1 of the black-spot area.' }) designCoveredFraction: number;
  @Field(() => Float, { description: 'live / design covered area, 0..1 (0 when the design covers nothing).' }) liveShareOfDesign: number;
}

@ObjectType({ description: 'Installation progress of a scope at a date, reconstructed from the status history.' })
export class InstallationProgress {
  @Field(() => GraphQLISODateTime, { description: 'The moment the figures are for.' }) at: Date;
  @Field(() => Int, { description: 'Assets counted (those that existed at the date).' }) assetCount: number;
  @Field(() => [StatusCountEntry], { description: 'Every status, in life-cycle order.' }) byStatus: StatusCountEntry[];
  @Field(() => Int, { description: 'Installed or beyond (installed, commissioned, out of service).' }) installedCount: number;
  @Field(() => Int, { description: 'Assets past their due date and not yet installed.' }) lateCount: number;
  @Field(() => [LateItem], { description: 'The late items, most late first (at most 200).' }) lateItems: LateItem[];
  @Field(() => LiveCoverageProgress, { description: 'Black-spot coverage at the required level, by commissioned cameras (live) and by the design.' }) coverage: LiveCoverageProgress;
}

@ObjectType({ description: 'One point of a progress chart.' })
export class ProgressPoint {
  @Field(() => GraphQLISODateTime, { description: 'The moment the figures are for.' }) at: Date;
  @Field(() => Int, { description: 'Assets in scope.' }) assetCount: number;
  @Field(() => Int, { description: 'Assets installed or commissioned at that moment.' }) installedCount: number;
  @Field(() => Int, { description: 'Assets commissioned at that moment.' }) commissionedCount: number;
  @Field(() => Int, { description: 'Assets past their due date and not yet installed.' }) lateCount: number;
  @Field(() => Float, { description: 'Share of the black-spot area covered at its required level by commissioned cameras.' }) liveCoveredFraction: number;
  @Field(() => Float, { description: 'The same share covered by every designed camera.' }) designCoveredFraction: number;
}

@ObjectType({ description: 'One point of a package\'s planned-versus-actual curve.' })
export class SCurvePointEntry {
  @Field(() => GraphQLISODateTime, { description: 'The moment the figures are for.' }) at: Date;
  @Field(() => Float, { description: 'Installations planned by then (spread evenly from the planned start to the due day).' }) plannedCount: number;
  @Field(() => Int, { description: 'Assets actually installed by then (first installation in the history).' }) actualCount: number;
}
