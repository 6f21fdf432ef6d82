import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import type { Endpoint } from '../common/endpoints';
import type { EndpointKind } from '../core/domain';
import { Camera } from '../cameras/camera.entity';
import { CameraModel } from '../camera-models/camera-model.entity';
import { CameraCoverage } from '../coverage/camera-coverage.entity';
import { NetworkNode } from '../network-nodes/network-node.entity';
import { Pole } from '../poles/pole.entity';
import { PowerSource } from '../power-sources/power-source.entity';

export interface ZoneCounts {
  cameras: number;
  poles: number;
  blackSpots: number;
}

/**
 * Batching loaders, created afresh for each GraphQL request (never shared across requests, so
 * nothing stale survives and instances stay stateless): a list of 1,000 cameras asking for its
 * poles costs one query, not 1,000.
 */
export class RequestLoaders {
  readonly polesById = this.byId(Pole);
  readonly cameraModelsById = this.byId(CameraModel);
  readonly camerasById = this.byId(Camera);
  readonly networkNodesById = this.byId(NetworkNode);
  readonly powerSourcesById = this.byId(PowerSource);

  readonly camerasByPoleId = new DataLoader<string, Camera[]>(async (poleIds) => {
    const cameras = await this.dataSource.getRepository(Camera).find({ where: { poleId: In([...poleIds]) }, order: { code: 'ASC' } });
    return poleIds.map((poleId) => cameras.filter((camera) => camera.poleId === poleId));
  });

  /** Stored coverage rows of each camera, coarsest level first (the dori_level enum is in ladder order). */
  readonly coverageByCameraId = new DataLoader<string, CameraCoverage[]>(async (cameraIds) => {
    const rows = await this.dataSource
      .getRepository(CameraCoverage)
      .find({ where: { cameraId: In([...cameraIds]) }, order: { cameraId: 'ASC', level: 'ASC' } });
    return cameraIds.map((cameraId) => rows.filter((row) => row.cameraId === cameraId));
  });

  readonly zoneCounts = new DataLoader<string, ZoneCounts>(async (zoneIds) => {
    const rows: { id: string; cameras: number; poles: number; black_spots: number }[] = await this.dataSource.query(
      `SELECT zone.id,
              (SELECT count(*)::int FROM camera WHERE ST_Intersects(camera.location, zone.boundary)) AS cameras,
              (SELECT count(*)::int FROM pole WHERE ST_Intersects(pole.location, zone.boundary)) AS poles,
              (SELECT count(*)::int FROM black_spot WHERE ST_Intersects(black_spot.boundary, zone.boundary)) AS black_spots
         FROM zone WHERE zone.id = ANY($1::uuid[])`,
      [[...zoneIds]],
    );
    return zoneIds.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      return { cameras: row?.cameras ?? 0, poles: row?.poles ?? 0, blackSpots: row?.black_spots ?? 0 };
    });
  });

  constructor(private readonly dataSource: DataSource) {}

  loadEndpoint(endpoint: Endpoint | null): Promise<object | null> {
    if (!endpoint) return Promise.resolve(null);
    const loaders: Record<EndpointKind, DataLoader<string, object | null>> = {
      network_node: this.networkNodesById,
      pole: this.polesById,
      camera: this.camerasById,
      power_source: this.powerSourcesById,
    };
    return loaders[endpoint.kind].load(endpoint.id);
  }

  private byId<E extends ObjectLiteral & { id: string }>(entity: new () => E): DataLoader<string, E> {
    return new DataLoader<string, E>(async (ids) => {
      const rows = await this.dataSource.getRepository(entity).find({ where: { id: In([...ids]) } as never });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`No ${entity.name} with id ${id}`));
    });
  }
}
