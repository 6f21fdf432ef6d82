import { Module } from '@nestjs/common';
import { CameraModelLookup } from './camera-model-lookup';
import { CameraFieldsResolver, CameraMapResolver, CamerasCrudResolver, PoleCamerasResolver } from './cameras.resolver';
import { CamerasService } from './cameras.service';

@Module({ providers: [CamerasService, CamerasCrudResolver, CameraFieldsResolver, CameraMapResolver, PoleCamerasResolver, CameraModelLookup], exports: [CamerasService] })
export class CamerasModule {}
