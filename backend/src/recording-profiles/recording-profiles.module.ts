import { Module } from '@nestjs/common';
import { RecordingProfilesCrudResolver } from './recording-profiles.resolver';
import { RecordingProfilesService } from './recording-profiles.service';

@Module({ providers: [RecordingProfilesService, RecordingProfilesCrudResolver], exports: [RecordingProfilesService] })
export class RecordingProfilesModule {}
