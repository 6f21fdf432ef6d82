import { Module } from '@nestjs/common';
import { BlackSpotFieldsResolver, BlackSpotsCrudResolver } from './black-spots.resolver';
import { BlackSpotsService } from './black-spots.service';

@Module({ providers: [BlackSpotsService, BlackSpotsCrudResolver, BlackSpotFieldsResolver], exports: [BlackSpotsService] })
export class BlackSpotsModule {}
