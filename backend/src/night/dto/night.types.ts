import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BlackSpotRef, NetworkElementRef } from '../../network/dto/network.types';
import type { NightDarkCause } from '../../core/night';

export const NightDarkCauseEnum = { switched_lighting_off: 'switched_lighting_off', grid_outage_without_ups: 'grid_outage_without_ups' } as const;
registerEnumType(NightDarkCauseEnum, {
  name: 'NightDarkCause',
  description: 'Why a camera is dark at night: its switched street-lighting circuit is off, or a grid outage outlasts its UPS.',
});

@ObjectType({ description: 'A period of the day, "HH:MM" to "HH:MM" (may run past midnight).' })
export class ClockPeriod {
  @Field(() => String, { description: 'Start, "HH:MM".' }) from: string;
  @Field(() => String, { description: 'End, "HH:MM".' }) to: string;
  @Field(() => Int, { description: 'Length, minutes.' }) minutes: number;
}

@ObjectType({ description: 'A camera dark during part of the night.' })
export class CameraDarkAtNight {
  @Field(() => NetworkElementRef, { description: 'The camera.' }) camera: NetworkElementRef;
  @Field(() => Int, { description: 'Minutes of the night it is dark.' }) darkMinutes: number;
  @Field(() => String, { description: 'When it goes dark, "HH:MM".' }) from: string;
  @Field(() => String, { description: 'When it comes back, "HH:MM".' }) to: string;
  @Field(() => [NightDarkCauseEnum], { description: 'Why.' }) causes: NightDarkCause[];
}

@ObjectType({ description: 'One black spot covered at its required level by day and by night, side by side.' })
export class BlackSpotDayNightCoverage {
  @Field(() => BlackSpotRef, { description: 'The black spot.' }) blackSpot: BlackSpotRef;
  @Field(() => Float, { description: 'Its area, square metres.' }) areaSquareMeters: number;
  @Field(() => Float, { description: 'Covered by day, square metres.' }) dayCoveredSquareMeters: number;
  @Field(() => Float, { description: 'Covered by night (light range, dark cameras out), square metres.' }) nightCoveredSquareMeters: number;
  @Field(() => Float, { description: 'Share covered by day, 0 to 1.' }) dayCoveredFraction: number;
  @Field(() => Float, { description: 'Share covered by night, 0 to 1.' }) nightCoveredFraction: number;
}

@ObjectType({ description: 'Night coverage: each camera limited to its infrared or white-light range, cameras dark at night left out; black spots by day and by night.' })
export class NightCoverageReport {
  @Field(() => ClockPeriod, { description: 'The night as modelled.' }) night: ClockPeriod;
  @Field(() => ClockPeriod, { nullable: true, description: 'The grid outage hours modelled, if any.' }) gridOutage: ClockPeriod | null;
  @Field(() => Int, { description: 'Cameras counted.' }) cameraCount: number;
  @Field(() => [CameraDarkAtNight], { description: 'Cameras dark during part of the night, longest first.' }) camerasDarkAtNight: CameraDarkAtNight[];
  @Field(() => [NetworkElementRef], { description: 'Cameras whose model has neither infrared nor white light: they see nothing of their own at night.' })
  camerasWithoutNightLight: NetworkElementRef[];
  @Field(() => [BlackSpotDayNightCoverage], { description: 'Every black spot, by code.' }) blackSpots: BlackSpotDayNightCoverage[];
  @Field(() => Float, { description: 'All black spots: area covered by day, square metres.' }) dayCoveredSquareMeters: number;
  @Field(() => Float, { description: 'All black spots: area covered by night, square metres.' }) nightCoveredSquareMeters: number;
  @Field(() => Float, { description: 'All black spots: their total area, square metres.' }) areaSquareMeters: number;
}
