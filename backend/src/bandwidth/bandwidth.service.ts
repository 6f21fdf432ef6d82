import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  cameraStreams,
  linkLoads,
  storageEstimate,
  type BandwidthCamera,
  type CameraStream,
  type LinkLoad,
  type RecordingSettings,
} from '../core/bandwidth';
import { DEFAULT_NIGHT } from '../core/night';
import type { NetworkElementKind } from '../core/network';
import type { VideoCodec } from '../core/domain';
import { notFound } from '../common/errors/vigie-errors';
import { isUuid } from '../common/uuid';
import { NetworkService } from '../network/network.service';
import { LIVE_STATUSES, PLANNED_STATUSES, statusesOf, type CameraSelection } from '../network/network-loader';
import { RecordingProfile } from '../recording-profiles/recording-profile.entity';
import type { BandwidthReport, LinkLoadEntry, StorageFigures } from './dto/bandwidth.types';

/** The settings when no recording profile is stored: 25 fps, continuous, 30 days, RAID 6 (8 + 2: 25 %). */
export const DEFAULT_RECORDING_SETTINGS: RecordingSettings = {
  framesPerSecond: 25,
  recordingMode: 'continuous',
  eventRecordingShare: 0.3,
  retentionDays: 30,
  raidOverheadPercent: 25,
  defaultSceneActivity: 'road',
  nightBitrateFactor: 1.2,
  liveViewStreamMbps: 1,
  cameraLinkCapacityMbps: 100,
  uplinkCapacityMbps: 1000,
  controlCentreIngestCapacityMbps: 10_000,
};

export const MAX_LINKS = 1000;

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

interface CameraRow extends BandwidthCamera {
  status: string;
  modelCode: string;
}

const ELEMENT_OF_LINK: Record<LinkLoad['kind'], NetworkElementKind> = {
  camera_link: 'camera',
  uplink: 'network_node',
  fiber_run: 'fiber_run',
  control_centre_ingest: 'network_node',
};

/**
 * Bandwidth and storage sizing from the stored cameras, their models and a recording profile
 * (core/bandwidth); link loads follow each camera's fiber path from the network's connectivity
 * analysis (kept with the loaded network). Nothing is written.
 */
@Injectable()
export class BandwidthService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly network: NetworkService,
  ) {}

  /** The profile asked for (NOT_FOUND when unknown), else the first stored by code, else null (defaults). */
  async profile(recordingProfileId?: string | null): Promise<RecordingProfile | null> {
    const repository = this.dataSource.getRepository(RecordingProfile);
    if (recordingProfileId != null) {
      const found = isUuid(recordingProfileId) ? await repository.findOneBy({ id: recordingProfileId }) : null;
      if (!found) throw notFound('RecordingProfile', recordingProfileId);
      return found;
    }
    const [first] = await repository.find({ order: { code: 'ASC' }, take: 1 });
    return first ?? null;
  }

  async bandwidthReport(recordingProfileId: string | null | undefined, selection: CameraSelection, limit = 100): Promise<BandwidthReport> {
    const profile = await this.profile(recordingProfileId);
    const settings: RecordingSettings = profile ? settingsOf(profile) : DEFAULT_RECORDING_SETTINGS;
    const rows: CameraRow[] = (
      await this.dataSource.query(
        `SELECT c.id, c.status, c.scene_activity, m.code AS model_code, m.horizontal_pixels, m.vertical_pixels, COALESCE(c.codec, m.codec) AS codec
           FROM camera c JOIN camera_model m ON m.id = c.model_id WHERE c.status <> 'decommissioned'`,
      )
    ).map((row: any) => ({
      id: row.id, status: row.status, modelCode: row.model_code, horizontalPixels: row.horizontal_pixels,
      verticalPixels: row.vertical_pixels, codec: row.codec as VideoCodec, sceneActivity: row.scene_activity,
    }));
    const streams = cameraStreams(rows, settings, DEFAULT_NIGHT);
    const streamOf = new Map(streams.map((stream, index) => [rows[index].id, stream]));
    const figures = (statuses: readonly string[]): StorageFigures => {
      const counted = new Set(statuses);
      const estimate = storageEstimate(rows.filter((row) => counted.has(row.status)).map((row) => streamOf.get(row.id)!.meanMbps), settings);
      return {
        cameraCount: estimate.cameraCount,
        meanRecordedMbps: round(estimate.meanRecordedMbps),
        recordedShare: estimate.recordedShare,
        retentionDays: estimate.retentionDays,
        netTerabytes: round(estimate.netTerabytes),
        raidOverheadPercent: estimate.raidOverheadPercent,
        rawTerabytes: round(estimate.rawTerabytes),
      };
    };
    const selected = new Set(statusesOf(selection));
    const selectedStreams: CameraStream[] = [];
    const byModel = new Map<string, { modelCode: string; codec: VideoCodec; count: number; day: number; night: number; mean: number }>();
    for (const row of rows) {
      if (!selected.has(row.status as never)) continue;
      const stream = streamOf.get(row.id)!;
      selectedStreams.push(stream);
      // One line per model and codec: a camera set to another codec than its model's streams differently.
      const key = `${row.modelCode}\u0000${row.codec}`;
      const entry = byModel.get(key) ?? { modelCode: row.modelCode, codec: row.codec, count: 0, day: 0, night: 0, mean: 0 };
      entry.count++;
      entry.day += stream.dayMbps;
      entry.night += stream.nightMbps;
      entry.mean += stream.meanMbps;
      byModel.set(key, entry);
    }
    const { network, report } = await this.network.connectivity(selection);
    const loads = linkLoads(report, selectedStreams, settings);
    const ref = (kind: NetworkElementKind, id: string) => ({ kind, id, code: network.codeById.get(id) ?? null });
    const entry = (load: LinkLoad): LinkLoadEntry => ({
      kind: load.kind,
      element: ref(ELEMENT_OF_LINK[load.kind], load.id),
      terminatesAt: load.terminatesAtId ? ref('network_node', load.terminatesAtId) : null,
      cameraCount: load.cameraCount,
      loadMbps: round(load.loadMbps),
      capacityMbps: load.capacityMbps,
      utilization: round(load.utilization, 4),
      overSubscribed: load.overSubscribed,
    });
    const links = loads.filter((load) => load.kind !== 'control_centre_ingest').sort((a, b) => b.utilization - a.utilization);
    const overSubscribedCount = links.filter((load) => load.overSubscribed).length;
    return {
      recordingProfile: profile,
      settings,
      now: figures(LIVE_STATUSES),
      planned: figures(PLANNED_STATUSES),
      byModel: [...byModel.values()]
        .map((value) => ({
          modelCode: value.modelCode,
          codec: value.codec,
          cameraCount: value.count,
          dayMbps: round(value.day / value.count),
          nightMbps: round(value.night / value.count),
          totalMeanMbps: round(value.mean),
        }))
        .sort((a, b) => b.totalMeanMbps - a.totalMeanMbps || a.modelCode.localeCompare(b.modelCode) || a.codec.localeCompare(b.codec)),
      linkCount: links.length,
      overSubscribedCount,
      links: links.slice(0, Math.max(overSubscribedCount, Math.min(limit, MAX_LINKS))).map(entry),
      ingest: loads.filter((load) => load.kind === 'control_centre_ingest').map(entry),
    };
  }
}

export function settingsOf(profile: RecordingProfile): RecordingSettings {
  return {
    framesPerSecond: profile.framesPerSecond,
    recordingMode: profile.recordingMode,
    eventRecordingShare: profile.eventRecordingShare,
    retentionDays: profile.retentionDays,
    raidOverheadPercent: profile.raidOverheadPercent,
    defaultSceneActivity: profile.defaultSceneActivity,
    nightBitrateFactor: profile.nightBitrateFactor,
    liveViewStreamMbps: profile.liveViewStreamMbps,
    cameraLinkCapacityMbps: profile.cameraLinkCapacityMbps,
    uplinkCapacityMbps: profile.uplinkCapacityMbps,
    controlCentreIngestCapacityMbps: profile.controlCentreIngestCapacityMbps,
  };
}
