import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MultiPolygon } from 'geojson';
import { GeoJSONPolygonal } from '../../common/graphql/geojson.scalars';
import { DoriLevelEnum } from '../../common/graphql/enums';
import type { DoriLevel } from '../../core/domain';
import type { CameraSelectionValue } from '../coverage.repository';
import { CameraCoverage } from '../camera-coverage.entity';

export const CameraSelectionEnum: Record<CameraSelectionValue, CameraSelectionValue> = { planned: 'planned', live: 'live' };

registerEnumType(CameraSelectionEnum, {
  name: 'CameraSelection',
  description: 'Which cameras count in a coverage analysis.',
  valuesMap: {
    planned: { description: 'Every camera that is not decommissioned (the plan as drawn).' },
    live: { description: 'Commissioned cameras only (what is watching today).' },
  },
});

@ObjectType({ description: 'How much of one black spot the selected cameras cover at its required DORI level.' })
export class BlackSpotCoverage {
  @Field(() => ID, { description: 'The black spot analysed.' })
  blackSpotId: string;

  @Field(() => DoriLevelEnum, { description: 'The level the black spot requires; only coverage at this level counts.' })
  requiredLevel: DoriLevel;

  @Field(() => Float, { description: 'Area of the black spot, square metres (in the projected CRS).' })
  areaSquareMeters: number;

  @Field(() => Float, { description: 'Part of that area seen at the required level by at least one camera, square metres.' })
  coveredAreaSquareMeters: number;

  @Field(() => Float, { description: 'coveredAreaSquareMeters / areaSquareMeters, from 0 to 1.' })
  coveredFraction: number;

  @Field(() => GeoJSONPolygonal, { description: 'What no selected camera covers at the required level (empty MultiPolygon when fully covered).' })
  uncovered: MultiPolygon;

  @Field(() => [ID], { description: 'Cameras whose coverage at the required level overlaps the black spot.' })
  contributingCameraIds: string[];
}

@ObjectType({ description: 'Black-spot coverage totals for one required DORI level.' })
export class LevelCoverageSummary {
  @Field(() => DoriLevelEnum, { description: 'The required level these black spots share.' })
  level: DoriLevel;

  @Field(() => Int, { description: 'How many black spots require this level.' })
  blackSpotCount: number;

  @Field(() => Float, { description: 'Their total area, square metres.' })
  areaSquareMeters: number;

  @Field(() => Float, { description: 'Covered part of that area, square metres.' })
  coveredAreaSquareMeters: number;

  @Field(() => Float, { description: 'Uncovered part of that area, square metres.' })
  uncoveredAreaSquareMeters: number;

  @Field(() => Float, { description: 'Covered area over total area, 0 to 1.' })
  coveredFraction: number;

  @Field(() => Float, {
    description: 'Sum(priority x covered area) / Sum(priority x area): a priority-5 black spot weighs five times a priority-1 one.',
  })
  priorityWeightedCoveredFraction: number;

  @Field(() => Int, { description: 'Black spots covered over at least 99% of their area.' })
  fullyCoveredCount: number;
}

@ObjectType({ description: 'Black-spot coverage of a zone (or of the whole city), by required level.' })
export class CoverageSummary {
  @Field(() => ID, {
    nullable: true,
    description: 'The zone; null for the city totals and for the black spots that lie in no zone.',
  })
  zoneId: string | null;

  @Field(() => String, { nullable: true, description: 'The zone\'s name; null when zoneId is null.' })
  zoneName: string | null;

  @Field(() => [LevelCoverageSummary], { description: 'One entry per required level present, coarsest first.' })
  levels: LevelCoverageSummary[];
}

@ObjectType({ description: 'Black-spot coverage for the whole city and for each zone.' })
export class CoverageSummaryReport {
  @Field(() => CoverageSummary, { description: 'All black spots.' })
  city: CoverageSummary;

  @Field(() => [CoverageSummary], {
    description:
      'Every zone (by name; a black spot counts in the zone holding its representative point), then, if any, the black spots in no zone (zoneId null).',
  })
  zones: CoverageSummary[];
}

@ObjectType({ description: 'What one PTZ preset sees, per DORI level.' })
export class PtzPresetCoverage {
  @Field({ description: 'The preset\'s name.' })
  presetName: string;

  @Field(() => [CameraCoverage], { description: 'The preset\'s view per DORI level, coarsest first, past the buildings.' })
  coverage: CameraCoverage[];
}
