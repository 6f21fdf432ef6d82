import { Module } from '@nestjs/common';
import { PolesCrudResolver } from './poles.resolver';
import { PolesService } from './poles.service';

// Pole.cameras is resolved in the cameras folder (cameras depend on poles, never the other way round).
@Module({ providers: [PolesService, PolesCrudResolver], exports: [PolesService] })
export class PolesModule {}
