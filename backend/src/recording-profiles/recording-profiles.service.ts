import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CrudService, type CrudDefinition } from '../common/crud/crud.service';
import { RecordingProfile } from './recording-profile.entity';
import type { CreateRecordingProfileInput, UpdateRecordingProfileInput } from './dto/recording-profile.inputs';

@Injectable()
export class RecordingProfilesService extends CrudService<RecordingProfile, CreateRecordingProfileInput, UpdateRecordingProfileInput> {
  protected readonly definition: CrudDefinition<RecordingProfile> = {
    typeName: 'RecordingProfile',
    entity: RecordingProfile,
    searchProperties: ['code', 'name'],
    referencedBy: [],
  };

  constructor(dataSource: DataSource) {
    super(dataSource);
  }
}
