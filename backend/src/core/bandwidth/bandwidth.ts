/**
 * Bandwidth and storage sizing: what each camera streams, what the control centre must store for the
 * retention period, and what each link carries against its capacity.
 *
 * Bitrate model (per stream): pixels x frames/s x bits per pixel, where the bits per pixel of H.264 at
 * an ordinary street scene (`road`) is 0.08 (1920 x 1080 at 25 fps: 4.1 Mbit/s, what manufacturers
 * quote for a 2 MP H.264 stream), scaled by the codec (H.265 about 0.55 of H.264; the "smart" codecs,
 * H.264+/H.265+ and the like, a further 0.6 on average as they lower the frame rate of still
 * backgrounds), by scene activity (quiet street 0.6, road 1, busy square 1.4) and at night by a factor
 * (infrared pictures carry more sensor noise: 1.2 by default). All of it is a parameter.
 * Storage: the day's mean bitrate (day and night hours weighted) x the share of time recorded
 * (continuous 1; event recording: the profile's share) x retention, then the RAID overhead
 * (raw = net x (1 + overhead)). Decimal units, as disks are sold: 1 TB = 10^12 bytes, 1 Mbit = 10^6 bits.
 * Links: each camera's stream flows up its fiber path (core/network connectivity): its own optical link
 * to the first switch, each switch's uplink carries what terminates there and below, and each control
 * centre ingests what reaches it; a fiber run carries every link that passes through it.
 */
import type { ConnectivityReport } from '../network/connectivity';
import type { RecordingMode, SceneActivity, VideoCodec } from '../domain';
import type { DayPeriod } from '../night/night-coverage';

/** Bits per pixel per frame of H.264 at an ordinary scene (`road`). */
export const H264_BITS_PER_PIXEL = 0.08;
export const CODEC_FACTOR: Record<VideoCodec, number> = { h264: 1, h264_smart: 0.6, h265: 0.55, h265_smart: 0.33 };
export const ACTIVITY_FACTOR: Record<SceneActivity, number> = { quiet_street: 0.6, road: 1, busy_square: 1.4 };

export interface StreamSpecification {
  horizontalPixels: number;
  verticalPixels: number;
  codec: VideoCodec;
  framesPerSecond: number;
  activity: SceneActivity;
  /** Multiplies the night's bitrate (infrared noise). Default 1.2. */
  nightFactor?: number;
}

/** One stream's bitrate by day and by night, Mbit/s. */
export function streamBitrateMbps(stream: StreamSpecification): { dayMbps: number; nightMbps: number } {
  const dayMbps =
    (stream.horizontalPixels * stream.verticalPixels * stream.framesPerSecond * H264_BITS_PER_PIXEL * CODEC_FACTOR[stream.codec] * ACTIVITY_FACTOR[stream.activity]) / 1e6;
  return { dayMbps, nightMbps: dayMbps * (stream.nightFactor ?? 1.2) };
}

/** The recording profile: how streams are recorded and kept, and the link speeds of the design. */
export interface RecordingSettings {
  framesPerSecond: number;
  recordingMode: RecordingMode;
  /** Event recording: share of the time recorded (0..1). Ignored for continuous recording. */
  eventRecordingShare: number;
  retentionDays: number;
  /** RAID overhead, percent of the net capacity (RAID 6 over 8 + 2 disks: 25). */
  raidOverheadPercent: number;
  /** Scene activity of cameras that do not say theirs. */
  defaultSceneActivity: SceneActivity;
  nightBitrateFactor: number;
  /** Live-view sub-stream each camera also sends (not recorded), Mbit/s. */
  liveViewStreamMbps: number;
  cameraLinkCapacityMbps: number;
  uplinkCapacityMbps: number;
  controlCentreIngestCapacityMbps: number;
}

export interface BandwidthCamera {
  id: string;
  horizontalPixels: number;
  verticalPixels: number;
  codec: VideoCodec;
  sceneActivity?: SceneActivity | null;
}

export interface CameraStream {
  cameraId: string;
  activity: SceneActivity;
  /** Recorded stream. */
  dayMbps: number;
  nightMbps: number;
  /** Mean over the day (day and night hours weighted). */
  meanMbps: number;
  /** What the camera sends at the busiest hour: the larger of day and night, plus the live-view stream. */
  peakLinkMbps: number;
  /** Stored per day, decimal gigabytes (after the recording share, before RAID). */
  storedGigabytesPerDay: number;
}

const BYTES_PER_TERABYTE = 1e12;

export function cameraStreams(cameras: readonly BandwidthCamera[], settings: RecordingSettings, night: DayPeriod): CameraStream[] {
  const nightMinutes = (night.endMinuteOfDay - night.startMinuteOfDay + 1440) % 1440;
  const share = recordedShare(settings);
  return cameras.map((camera) => {
    const activity = camera.sceneActivity ?? settings.defaultSceneActivity;
    const { dayMbps, nightMbps } = streamBitrateMbps({
      horizontalPixels: camera.horizontalPixels,
      verticalPixels: camera.verticalPixels,
      codec: camera.codec,
      framesPerSecond: settings.framesPerSecond,
      activity,
      nightFactor: settings.nightBitrateFactor,
    });
    const meanMbps = (dayMbps * (1440 - nightMinutes) + nightMbps * nightMinutes) / 1440;
    return {
      cameraId: camera.id,
      activity,
      dayMbps,
      nightMbps,
      meanMbps,
      peakLinkMbps: Math.max(dayMbps, nightMbps) + settings.liveViewStreamMbps,
      storedGigabytesPerDay: (meanMbps * 1e6 * 86_400 * share) / 8 / 1e9,
    };
  });
}

export function recordedShare(settings: Pick<RecordingSettings, 'recordingMode' | 'eventRecordingShare'>): number {
  return settings.recordingMode === 'continuous' ? 1 : Math.min(1, Math.max(0, settings.eventRecordingShare));
}

export interface StorageEstimate {
  cameraCount: number;
  /** Sum of the recorded streams' daily means, Mbit/s. */
  meanRecordedMbps: number;
  recordedShare: number;
  retentionDays: number;
  /** Before RAID, decimal terabytes. */
  netTerabytes: number;
  raidOverheadPercent: number;
  /** Disk to install: net plus RAID overhead. */
  rawTerabytes: number;
}

/** Storage for a retention period from the cameras' mean recorded bitrates (Mbit/s). */
export function storageEstimate(meanMbpsPerCamera: readonly number[], settings: Pick<RecordingSettings, 'recordingMode' | 'eventRecordingShare' | 'retentionDays' | 'raidOverheadPercent'>): StorageEstimate {
  const meanRecordedMbps = meanMbpsPerCamera.reduce((sum, value) => sum + value, 0);
  const share = recordedShare(settings);
  const netTerabytes = (meanRecordedMbps * 1e6 * share * 86_400 * settings.retentionDays) / 8 / BYTES_PER_TERABYTE;
  return {
    cameraCount: meanMbpsPerCamera.length,
    meanRecordedMbps,
    recordedShare: share,
    retentionDays: settings.retentionDays,
    netTerabytes,
    raidOverheadPercent: settings.raidOverheadPercent,
    rawTerabytes: netTerabytes * (1 + settings.raidOverheadPercent / 100),
  };
}

export type LinkKind = 'camera_link' | 'uplink' | 'fiber_run' | 'control_centre_ingest';

export interface LinkLoad {
  kind: LinkKind;
  /** Camera (camera link), switch (uplink), fiber run or control centre. */
  id: string;
  /** For links: the node where it ends. */
  terminatesAtId: string | null;
  cameraCount: number;
  loadMbps: number;
  capacityMbps: number;
  utilization: number;
  overSubscribed: boolean;
}

/**
 * Every link's load at the busiest hour (each camera's peakLinkMbps) against its capacity: camera links,
 * switch uplinks (what terminates at the switch, and the uplinks of the switches below it), fiber runs
 * (the links through them: their capacity is the sum of those links' speeds) and control-centre ingest.
 * Cameras without a fiber path carry nothing anywhere.
 */
export function linkLoads(report: ConnectivityReport, streams: readonly CameraStream[], settings: Pick<RecordingSettings, 'cameraLinkCapacityMbps' | 'uplinkCapacityMbps' | 'controlCentreIngestCapacityMbps'>): LinkLoad[] {
  const streamOf = new Map(streams.map((stream) => [stream.cameraId, stream.peakLinkMbps]));
  const loads: LinkLoad[] = [];
  const runs = new Map<string, { loadMbps: number; capacityMbps: number; cameras: number }>();
  const bookRuns = (runIds: readonly string[], mbps: number, capacity: number, cameras: number) => {
    for (const id of runIds) {
      const run = runs.get(id) ?? { loadMbps: 0, capacityMbps: 0, cameras: 0 };
      run.loadMbps += mbps;
      run.capacityMbps += capacity;
      run.cameras += cameras;
      runs.set(id, run);
    }
  };
  // What terminates at each node (a switch or a control centre): cameras' links, then uplinks below.
  const direct = new Map<string, { mbps: number; cameras: number }>();
  const add = (nodeId: string, mbps: number, cameras: number) => {
    const entry = direct.get(nodeId) ?? { mbps: 0, cameras: 0 };
    entry.mbps += mbps;
    entry.cameras += cameras;
    direct.set(nodeId, entry);
  };
  for (const camera of report.cameras) {
    if (!camera.fiber) continue;
    const mbps = streamOf.get(camera.cameraId) ?? 0;
    const link = camera.fiber.link;
    loads.push(entry('camera_link', camera.cameraId, link.terminatesAt.id, 1, mbps, settings.cameraLinkCapacityMbps));
    bookRuns(link.fiberRunIds, mbps, settings.cameraLinkCapacityMbps, 1);
    add(link.terminatesAt.id, mbps, 1);
  }
  const uplinkOf = new Map(report.uplinks.map((link) => [link.from.id, link]));
  const below = new Map<string, string[]>();
  for (const link of report.uplinks) {
    const list = below.get(link.terminatesAt.id) ?? [];
    list.push(link.from.id);
    below.set(link.terminatesAt.id, list);
  }
  // Total through a node: its own plus the uplinks of the switches below (a tree: the loss tree's uplinks).
  const totals = new Map<string, { mbps: number; cameras: number }>();
  const totalOf = (nodeId: string): { mbps: number; cameras: number } => {
    let total = totals.get(nodeId);
    if (total) return total;
    total = { mbps: direct.get(nodeId)?.mbps ?? 0, cameras: direct.get(nodeId)?.cameras ?? 0 };
    totals.set(nodeId, total);
    for (const child of below.get(nodeId) ?? []) {
      const sub = totalOf(child);
      total.mbps += sub.mbps;
      total.cameras += sub.cameras;
    }
    return total;
  };
  for (const [switchId, link] of uplinkOf) {
    const total = totalOf(switchId);
    loads.push(entry('uplink', switchId, link.terminatesAt.id, total.cameras, total.mbps, settings.uplinkCapacityMbps));
    bookRuns(link.fiberRunIds, total.mbps, settings.uplinkCapacityMbps, total.cameras);
  }
  for (const [id, run] of runs) loads.push(entry('fiber_run', id, null, run.cameras, run.loadMbps, run.capacityMbps));
  const centres = new Set<string>();
  for (const camera of report.cameras) {
    if (camera.fiber) centres.add(camera.fiber.networkNodeIds[camera.fiber.networkNodeIds.length - 1]);
  }
  for (const centre of centres) {
    const total = totalOf(centre);
    loads.push(entry('control_centre_ingest', centre, null, total.cameras, total.mbps, settings.controlCentreIngestCapacityMbps));
  }
  return loads;
}

function entry(kind: LinkKind, id: string, terminatesAtId: string | null, cameraCount: number, loadMbps: number, capacityMbps: number): LinkLoad {
  const utilization = capacityMbps > 0 ? loadMbps / capacityMbps : Infinity;
  return { kind, id, terminatesAtId, cameraCount, loadMbps, capacityMbps, utilization, overSubscribed: loadMbps > capacityMbps };
}
