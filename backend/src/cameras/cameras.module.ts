import { Module } from '@nestjs/common';
import { CameraModelLookup } from './camera-model-lookup';
import { CameraFieldsResolver, CamerasCrudResolver } from './cameras.resolver';
import { CamerasService } from './cameras.service';

@Module({ providers: [CamerasService, CamerasCrudResolver, CameraFieldsResolver, CameraModelLookup], exports: [CamerasService] })
export class CamerasModule {}
