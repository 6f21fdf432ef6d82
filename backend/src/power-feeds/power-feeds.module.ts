import { Module } from '@nestjs/common';
import { PowerFeedFieldsResolver, PowerFeedsCrudResolver } from './power-feeds.resolver';
import { PowerFeedsService } from './power-feeds.service';

@Module({ providers: [PowerFeedsService, PowerFeedsCrudResolver, PowerFeedFieldsResolver], exports: [PowerFeedsService] })
export class PowerFeedsModule {}
