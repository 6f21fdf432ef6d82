import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { MultiPolygon } from 'geojson';
import { BlackSpot } from '../black-spots/black-spot.entity';
import { Camera } from '../cameras/camera.entity';
import { GeoJSONPolygonal } from '../common/graphql/geojson.scalars';
import { DoriLevelEnum } from '../common/graphql/enums';
import type { DoriLevel } from '../core/domain';
import { BlackSpotCoverage, LevelCoverageSummary } from '../coverage/dto/coverage.types';
import type { BlackSpotCoverageView, LevelSummaryView } from '../coverage/coverage.service';
import { BillSectionEntry, CameraNetworkPath } from '../network/dto/network.types';

export const REPORT_SCOPE_KINDS = ['city', 'zone', 'work_package'] as const;
export type ReportScopeKind = (typeof REPORT_SCOPE_KINDS)[number];
export const ReportScopeKindEnum = Object.fromEntries(REPORT_SCOPE_KINDS.map((kind) => [kind, kind])) as { [K in ReportScopeKind]: K };
registerEnumType(ReportScopeKindEnum, {
  name: 'ReportScopeKind',
  description: 'What a design report or an export covers.',
  valuesMap: {
    city: { description: 'The whole deployment.' },
    zone: { description: 'One zone (district): what lies in it.' },
    work_package: { description: 'One work package: its assets, and the black spots they serve or that lie in its area.' },
  },
});

@InputType({ description: 'The whole city, a zone or a work package.' })
export class ReportScopeInput {
  @Field(() => ReportScopeKindEnum, { description: 'city, zone or work_package.' })
  @IsIn(REPORT_SCOPE_KINDS)
  kind: ReportScopeKind;

  @Field(() => ID, { nullable: true, description: 'The zone or work package (none for the city).' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
}

@ObjectType({ description: 'One black spot of a design report with its coverage at its required level.' })
export class DesignReportBlackSpot {
  @Field(() => BlackSpot, { description: 'The black spot (code, name, outline, priority, required level).' })
  blackSpot: BlackSpot;

  @Field(() => BlackSpotCoverage, { description: 'Its coverage by the planned cameras: covered share, uncovered part, contributing cameras.' })
  coverage: BlackSpotCoverageView;
}

@ObjectType({ description: 'One rung of the DORI ladder the coverage was computed with.' })
export class DoriRungEntry {
  @Field(() => DoriLevelEnum, { description: 'The level.' }) level: DoriLevel;
  @Field(() => Float, { description: 'Pixel density required on the target, pixels per metre.' }) pixelsPerMeter: number;
  @Field(() => Float, { description: 'Height of the target above ground the density is measured at, metres.' }) targetHeightMeters: number;
}

@ObjectType({ description: 'One unit cost the bill of quantities prices with (MAD before tax).' })
export class UnitCostEntry {
  @Field(() => String, { description: 'What is priced, e.g. poleByKindMad, fiberInstallMadPerMeterByMethod, cameraModel.' }) parameter: string;
  @Field(() => String, { nullable: true, description: 'The kind, method, type or model code, when the parameter has several.' }) item: string | null;
  @Field(() => Float, { description: 'Unit cost, MAD before tax (per item, or per metre for the per-metre parameters).' }) valueMad: number;
}

@ObjectType({ description: 'Everything a printed design report shows for the city, a zone or a work package (planned cameras).' })
export class DesignReport {
  @Field(() => String, { description: 'The deployment (city or programme).' }) deploymentName: string;
  @Field(() => String, { description: 'When the report was computed (ISO 8601, UTC).' }) generatedAt: string;
  @Field(() => ReportScopeKindEnum, { description: 'What it covers.' }) scopeKind: ReportScopeKind;
  @Field(() => ID, { nullable: true, description: 'The zone or work package; null for the city.' }) scopeId: string | null;
  @Field(() => String, { nullable: true, description: 'Code of the zone or work package.' }) scopeCode: string | null;
  @Field(() => String, { description: 'Name of the zone or work package, or the deployment.' }) scopeName: string;
  @Field(() => GeoJSONPolygonal, { nullable: true, description: 'Outline of the zone or of the package (its area, else its zone); null for the city.' })
  scopeArea: MultiPolygon | null;
  @Field(() => [DesignReportBlackSpot], { description: 'Black spots in scope, highest priority first, then by code.' })
  blackSpots: DesignReportBlackSpot[];
  @Field(() => [Camera], {
    description: 'The camera schedule: cameras in scope and those serving its black spots (not decommissioned), by code.',
  })
  cameras: Camera[];
  @Field(() => [CameraNetworkPath], { description: "Each scheduled camera's fiber path, optical budget and power, in the order of cameras." })
  networkPaths: CameraNetworkPath[];
  @Field(() => [LevelCoverageSummary], { description: 'Coverage of the black spots in scope by required level, coarsest first.' })
  coverageByLevel: LevelSummaryView[];
  @Field(() => BillSectionEntry, { description: 'Bill of quantities of the new works in scope (existing assets apart).' }) bill: BillSectionEntry;
  @Field(() => Float, { description: 'Programme budget before tax, MAD.' }) budgetBeforeTaxMad: number;
  @Field(() => Float, { description: 'Total of the scope before tax over the budget (1 = all of it).' }) budgetUsedFraction: number;
  @Field(() => Float, { description: 'VAT rate applied.' }) vatRate: number;
  @Field(() => [DoriRungEntry], { description: 'Assumption: the DORI ladder, coarsest first.' }) doriLadder: DoriRungEntry[];
  @Field(() => [UnitCostEntry], { description: 'Assumption: the unit costs, and the catalogue price of each model scheduled.' }) unitCosts: UnitCostEntry[];
}
