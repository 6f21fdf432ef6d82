import { analyseConnectivity } from '../network/connectivity';
import { buildNetworkGraphs } from '../network/network-graph';
import { NetworkSketch, TEST_METRIC } from '../../../../test/support/core/network/network-sketch';
import { cameraStreams, linkLoads, storageEstimate, streamBitrateMbps, type CameraStream, type RecordingSettings } from './bandwidth';

const SETTINGS: RecordingSettings = {
  framesPerSecond: 25,
  recordingMode: 'continuous',
  eventRecordingShare: 0.3,
  retentionDays: 30,
  raidOverheadPercent: 25,
  defaultSceneActivity: 'road',
  nightBitrateFactor: 1.2,
  liveViewStreamMbps: 0,
  cameraLinkCapacityMbps: 100,
  uplinkCapacityMbps: 1000,
  controlCentreIngestCapacityMbps: 10_000,
};

describe('storage, worked by hand', () => {
  const hundredAtFour = Array.from({ length: 100 }, () => 4);

  it('100 cameras at 4 Mbit/s for 30 days: 129.6 TB before overhead', () => {
    // 400 Mbit/s = 50 MB/s; x 86,400 s = 4.32 TB a day; x 30 = 129.6 TB.
    const estimate = storageEstimate(hundredAtFour, SETTINGS);
    expect(estimate.meanRecordedMbps).toBe(400);
    expect(estimate.netTerabytes).toBeCloseTo(129.6, 9);
    // RAID 6 over 8 + 2 disks: 25 % more raw disk, 162 TB.
    expect(estimate.rawTerabytes).toBeCloseTo(162, 9);
  });

  it('event recording stores its share; a longer retention stores more', () => {
    expect(storageEstimate(hundredAtFour, { ...SETTINGS, recordingMode: 'event', eventRecordingShare: 0.25 }).netTerabytes).toBeCloseTo(32.4, 9);
    expect(storageEstimate(hundredAtFour, { ...SETTINGS, retentionDays: 90, raidOverheadPercent: 0 }).rawTerabytes).toBeCloseTo(388.8, 9);
  });
});

describe('bitrate', () => {
  it('a 2 MP H.264 stream of a road at 25 fps: 1920 x 1080 x 25 x 0.08 = 4.147 Mbit/s; H.265 and activity scale it', () => {
    const stream = { horizontalPixels: 1920, verticalPixels: 1080, framesPerSecond: 25, activity: 'road' as const };
    expect(streamBitrateMbps({ ...stream, codec: 'h264' }).dayMbps).toBeCloseTo(4.1472, 6);
    expect(streamBitrateMbps({ ...stream, codec: 'h265' }).dayMbps).toBeCloseTo(4.1472 * 0.55, 6);
    expect(streamBitrateMbps({ ...stream, codec: 'h264', activity: 'quiet_street' }).dayMbps).toBeCloseTo(4.1472 * 0.6, 6);
    expect(streamBitrateMbps({ ...stream, codec: 'h264', nightFactor: 1.5 }).nightMbps).toBeCloseTo(4.1472 * 1.5, 6);
  });

  it('the daily mean weights day and night hours; storage per day follows', () => {
    // Night 18:00-06:00 (12 h): mean of 4.1472 and 4.1472 x 1.2.
    const [stream] = cameraStreams([{ id: 'c', horizontalPixels: 1920, verticalPixels: 1080, codec: 'h264' }], SETTINGS, { startMinuteOfDay: 1080, endMinuteOfDay: 360 });
    expect(stream.meanMbps).toBeCloseTo(4.1472 * 1.1, 6);
    expect(stream.storedGigabytesPerDay).toBeCloseTo((4.1472 * 1.1 * 86_400) / 8 / 1000, 6);
    expect(stream.peakLinkMbps).toBeCloseTo(4.1472 * 1.2, 6);
  });
});

/*
 *   cc(0,0) ──r1── sw(1000,0) ──r2── p1(1500,0) [cam1, cam2]
 *                      └──r3── p2(1000,500) [cam3]
 *   each camera sends 4 Mbit/s; the switch's uplink is given 10 Mbit/s: 12 > 10, over-subscribed.
 */
describe('link loads on a hand-built network', () => {
  const sketch = new NetworkSketch();
  sketch.newNode('cc', 'control_centre', [0, 0]);
  sketch.newNode('sw', 'switch', [1000, 0]);
  sketch.newPole('p1', [1500, 0]);
  sketch.newPole('p2', [1000, 500]);
  sketch.newCamera('cam1', 'p1');
  sketch.newCamera('cam2', 'p1');
  sketch.newCamera('cam3', 'p2');
  sketch.newCamera('lost', [5000, 5000]);
  sketch.newRun('r1', 'cc', 'sw');
  sketch.newRun('r2', 'sw', 'p1');
  sketch.newRun('r3', 'sw', 'p2');
  const report = analyseConnectivity(buildNetworkGraphs(sketch.network, { metric: TEST_METRIC }));
  const streams = ['cam1', 'cam2', 'cam3', 'lost'].map((cameraId) => ({ cameraId, peakLinkMbps: 4 }) as CameraStream);
  const loads = linkLoads(report, streams, { cameraLinkCapacityMbps: 100, uplinkCapacityMbps: 10, controlCentreIngestCapacityMbps: 1000 });
  const find = (kind: string, id: string) => loads.find((load) => load.kind === kind && load.id === id)!;

  it('aggregates the streams along each camera path and flags the over-subscribed uplink', () => {
    expect(find('camera_link', 'cam1')).toMatchObject({ loadMbps: 4, capacityMbps: 100, overSubscribed: false, terminatesAtId: 'sw' });
    expect(find('uplink', 'sw')).toMatchObject({ cameraCount: 3, loadMbps: 12, capacityMbps: 10, utilization: 1.2, overSubscribed: true, terminatesAtId: 'cc' });
    // r2 carries two camera links (2 x 100 capacity), r1 the uplink only.
    expect(find('fiber_run', 'r2')).toMatchObject({ cameraCount: 2, loadMbps: 8, capacityMbps: 200, overSubscribed: false });
    expect(find('fiber_run', 'r1')).toMatchObject({ cameraCount: 3, loadMbps: 12, capacityMbps: 10, overSubscribed: true });
    expect(find('fiber_run', 'r3')).toMatchObject({ loadMbps: 4 });
    expect(find('control_centre_ingest', 'cc')).toMatchObject({ cameraCount: 3, loadMbps: 12, capacityMbps: 1000, overSubscribed: false });
  });

  it('a camera with no fiber path loads nothing', () => {
    expect(loads.some((load) => load.id === 'lost')).toBe(false);
    expect(loads.filter((load) => load.overSubscribed).map((load) => `${load.kind}:${load.id}`).sort()).toEqual(['fiber_run:r1', 'uplink:sw']);
  });
});
