import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { newBlackSpot, newCamera, newCameraModel, point, rectangle } from '../support/factories';
import { NightCoverageService } from '../../backend/src/night/night-coverage.service';

/**
 * The night coverage report is kept per data revision: a repeated question is answered from memory,
 * and an edit of what it reads (a model's infrared range: the 'network' revision; a black spot: the
 * 'coverage' revision; either by SQL, as another process would) is seen by the very next read.
 *
 * Camera N at the origin looks east (planned, infrared 20 m); black spot S spans 15..40 m in front of it.
 */
let app: TestApp;
let analyses: jest.SpyInstance;
let model: { id: string; version: number };
let spot: { id: string; version: number };

beforeAll(async () => {
  app = await startTestApp();
  model = await newCameraModel(app, { code: 'NIGHT-CACHE', irRangeMeters: 20 });
  await newCamera(app, { code: 'N', modelId: model.id, location: point(0, 0), headingDegrees: 90, status: 'planned' });
  spot = await newBlackSpot(app, { code: 'S', boundary: rectangle(15, -5, 40, 5), requiredLevel: 'detection' });
  // The service's one analysis step: counting its calls tells a cached answer from a computed one.
  analyses = jest.spyOn(app.app.get(NightCoverageService) as unknown as { analyse: () => unknown }, 'analyse');
});
afterAll(async () => {
  analyses?.mockRestore();
  await app?.close();
});

const NIGHT = `query($from: String) { nightCoverage(nightFrom: $from) { night { from } blackSpots { blackSpot { code } dayCoveredFraction nightCoveredFraction } } }`;
type Report = { night: { from: string }; blackSpots: { blackSpot: { code: string }; dayCoveredFraction: number; nightCoveredFraction: number }[] };
const night = async (from?: string) => (await app.as('viewer').ok<{ nightCoverage: Report }>(NIGHT, { from })).nightCoverage;
const atNight = async () => (await night()).blackSpots[0].nightCoveredFraction;

describe('night coverage kept per data revision', () => {
  it('answers a repeated question from memory; another night is another question', async () => {
    const first = await night();
    // By hand: 20 m of infrared leaves the part of 15..20 m inside the disc: 47.9 of 250 m2.
    expect(first.blackSpots).toEqual([{ blackSpot: { code: 'S' }, dayCoveredFraction: expect.closeTo(1, 2), nightCoveredFraction: expect.closeTo(0.19, 1) }]);
    analyses.mockClear();
    expect(await night()).toEqual(first);
    expect(analyses).not.toHaveBeenCalled();
    expect((await night('19:00')).night.from).toBe('19:00');
    expect(analyses).toHaveBeenCalledTimes(1);
  });

  it("sees a model's infrared range changed through the API at the next read (the 'network' revision)", async () => {
    expect(await atNight()).toBeCloseTo(0.19, 1);
    const updated = await app.ok<{ updateCameraModel: { version: number } }>(
      'mutation($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { version } }',
      { input: { id: model.id, version: model.version, irRangeMeters: 50 } },
    );
    model.version = updated.updateCameraModel.version;
    analyses.mockClear();
    // 50 m of infrared reaches the whole spot.
    expect(await atNight()).toBeCloseTo(1, 2);
    expect(analyses).toHaveBeenCalledTimes(1);
    expect(await atNight()).toBeCloseTo(1, 2);
    expect(analyses).toHaveBeenCalledTimes(1);
  });

  it("sees a black spot moved by SQL, as another process would, at the next read (the 'coverage' revision)", async () => {
    expect(await atNight()).toBeCloseTo(1, 2);
    await app.dataSource.query(`UPDATE black_spot SET boundary = ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) WHERE id = $2`, [
      JSON.stringify(rectangle(300, -5, 320, 5)),
      spot.id,
    ]);
    expect(await night()).toMatchObject({ blackSpots: [{ blackSpot: { code: 'S' }, dayCoveredFraction: 0, nightCoveredFraction: 0 }] });
  });

  it('sees a model changed by SQL at the next read: no infrared, nothing seen at night', async () => {
    await app.dataSource.query(`UPDATE black_spot SET boundary = ST_SetSRID(ST_GeomFromGeoJSON($1), 4326) WHERE id = $2`, [
      JSON.stringify(rectangle(15, -5, 40, 5)),
      spot.id,
    ]);
    expect(await atNight()).toBeCloseTo(1, 2);
    await app.dataSource.query(`UPDATE camera_model SET ir_range_meters = NULL WHERE id = $1`, [model.id]);
    expect(await atNight()).toBe(0);
  });
});
