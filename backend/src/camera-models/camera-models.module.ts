import { Module } from '@nestjs/common';
import { CameraModelsCrudResolver } from './camera-models.resolver';
import { CameraModelsService } from './camera-models.service';

@Module({ providers: [CameraModelsService, CameraModelsCrudResolver], exports: [CameraModelsService] })
export class CameraModelsModule {}
