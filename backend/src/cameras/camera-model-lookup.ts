import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In, type EntitySubscriberInterface } from 'typeorm';
import { CameraModel } from '../camera-models/camera-model.entity';
import { Camera } from './camera.entity';
import { MODEL_LOOKUP, type CameraModelLoader } from './camera-fields';

/**
 * Gives every camera this application's database loads a hidden way to read its model (see
 * camera-fields.ts): models read in batches (one query per batch of cameras), never cached, so
 * nothing outlives the request. Registered on this application's DataSource, not globally: two
 * applications in one process (tests) each read their own database.
 */
@Injectable()
export class CameraModelLookup implements EntitySubscriberInterface<Camera> {
  private readonly models: CameraModelLoader;

  constructor(dataSource: DataSource) {
    this.models = new DataLoader(
      async (ids: readonly string[]) => {
        const models = await dataSource.getRepository(CameraModel).findBy({ id: In([...ids]) });
        const byId = new Map(models.map((model) => [model.id, model]));
        return ids.map((id) => byId.get(id) ?? new Error(`No CameraModel with id ${id}.`));
      },
      { cache: false },
    );
    dataSource.subscribers.push(this);
  }

  listenTo(): typeof Camera {
    return Camera;
  }

  afterLoad(camera: Camera): void {
    Object.defineProperty(camera, MODEL_LOOKUP, { value: this.models, enumerable: false, configurable: true });
  }
}
