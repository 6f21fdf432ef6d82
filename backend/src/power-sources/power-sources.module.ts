import { Module } from '@nestjs/common';
import { PowerSourcesCrudResolver } from './power-sources.resolver';
import { PowerSourcesService } from './power-sources.service';

@Module({ providers: [PowerSourcesService, PowerSourcesCrudResolver], exports: [PowerSourcesService] })
export class PowerSourcesModule {}
