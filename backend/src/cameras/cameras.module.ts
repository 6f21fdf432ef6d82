import { Module } from '@nestjs/common';
import { CameraFieldsResolver, CamerasCrudResolver } from './cameras.resolver';
import { CamerasService } from './cameras.service';

@Module({ providers: [CamerasService, CamerasCrudResolver, CameraFieldsResolver], exports: [CamerasService] })
export class CamerasModule {}
