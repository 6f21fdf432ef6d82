import { Module } from '@nestjs/common';
import { PoleFieldsResolver, PolesCrudResolver } from './poles.resolver';
import { PolesService } from './poles.service';

@Module({ providers: [PolesService, PolesCrudResolver, PoleFieldsResolver], exports: [PolesService] })
export class PolesModule {}
