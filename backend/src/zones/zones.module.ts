import { Module } from '@nestjs/common';
import { ZoneFieldsResolver, ZonesCrudResolver } from './zones.resolver';
import { ZonesService } from './zones.service';

@Module({ providers: [ZonesService, ZonesCrudResolver, ZoneFieldsResolver], exports: [ZonesService] })
export class ZonesModule {}
