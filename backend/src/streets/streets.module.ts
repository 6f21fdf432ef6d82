import { Module } from '@nestjs/common';
import { StreetsResolver } from './streets.resolver';
import { StreetsService } from './streets.service';

@Module({ providers: [StreetsService, StreetsResolver], exports: [StreetsService] })
export class StreetsModule {}
