import { Inject } from '@nestjs/common';
import { Field, Float, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';

@ObjectType({ description: 'What the map needs to start: deployment name, base map and initial view.' })
export class AppConfig {
  @Field(() => String, { description: 'The city or programme this Vigie serves.' })
  deploymentName: string;

  @Field(() => String, { description: 'Raster tile URL template ({z}/{x}/{y}).' })
  tileUrlTemplate: string;

  @Field(() => String, { description: 'Attribution to show with the tiles.' })
  tileAttribution: string;

  @Field(() => [Float], { description: 'Initial map centre, [longitude, latitude].' })
  initialCenter: number[];

  @Field(() => Int, { description: 'Initial zoom level.' })
  initialZoom: number;

  @Field(() => Int, { description: 'EPSG code of the projected CRS used for metric work (32630 = UTM 30N for Fès).' })
  projectedSrid: number;
}

@Resolver(() => AppConfig)
export class AppConfigResolver {
  constructor(@Inject(VIGIE_CONFIG) private readonly config: VigieConfig) {}

  @Query(() => AppConfig, { description: 'Settings for the map client.' })
  appConfig(): AppConfig {
    return {
      deploymentName: this.config.deploymentName,
      tileUrlTemplate: this.config.tileUrlTemplate,
      tileAttribution: this.config.tileAttribution,
      initialCenter: this.config.initialCenter,
      initialZoom: this.config.initialZoom,
      projectedSrid: this.config.projectedSrid,
    };
  }
}
