import { Module } from '@nestjs/common';
import { FiberRunFieldsResolver, FiberRunsCrudResolver } from './fiber-runs.resolver';
import { FiberRunsService } from './fiber-runs.service';

@Module({ providers: [FiberRunsService, FiberRunsCrudResolver, FiberRunFieldsResolver], exports: [FiberRunsService] })
export class FiberRunsModule {}
