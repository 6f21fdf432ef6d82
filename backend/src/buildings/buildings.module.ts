import { Module } from '@nestjs/common';
import { BuildingsCrudResolver } from './buildings.resolver';
import { BuildingsService } from './buildings.service';

@Module({ providers: [BuildingsService, BuildingsCrudResolver], exports: [BuildingsService] })
export class BuildingsModule {}
