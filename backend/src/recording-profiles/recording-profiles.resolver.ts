import { createCrudResolver } from '../common/crud/crud.resolver';
import { RecordingProfile } from './recording-profile.entity';
import { RecordingProfilesService } from './recording-profiles.service';
import { CreateRecordingProfileInput, RecordingProfileFilter, UpdateRecordingProfileInput } from './dto/recording-profile.inputs';

export const RecordingProfilesCrudResolver = createCrudResolver({
  entity: RecordingProfile,
  typeName: 'RecordingProfile',
  createInput: CreateRecordingProfileInput,
  updateInput: UpdateRecordingProfileInput,
  filterInput: RecordingProfileFilter,
  service: RecordingProfilesService,
});
