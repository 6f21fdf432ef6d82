import { Module } from '@nestjs/common';
import { ChangeSetsResolver } from './change-sets.resolver';
import { ChangeSetsService } from './change-sets.service';

@Module({ providers: [ChangeSetsService, ChangeSetsResolver], exports: [ChangeSetsService] })
export class ChangeSetsModule {}
