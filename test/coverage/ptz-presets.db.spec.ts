import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { databaseFingerprint, newBuilding, newCamera, newCameraModel, point, rectangle } from '../support/factories';

/**
 * PTZ presets: named pan/tilt/zoom positions stored on the camera, validated against its model, and
 * each preset's view computed past the buildings.
 *
 *              north
 *                ^        [tower, 30 m high, 40-60 m north]
 *                |
 *     PTZ (8 m) (o)----> "Gate" looks east, 1x     "Square" looks north, 10x: into the tower
 *
 * The tower hides what lies behind it from the "Square" preset; "Gate" sees open ground.
 */
let app: TestApp;
let ptzModelId: string;
let fixedModelId: string;

beforeAll(async () => {
  app = await startTestApp();
  ptzModelId = (await newCameraModel(app, {
    kind: 'ptz', name: '2 MP 25x PTZ', horizontalPixels: 1920, verticalPixels: 1080, focalLengthMinMm: 4.8, focalLengthMaxMm: 120,
    panRangeDegrees: 360, opticalZoom: 25,
  })).id;
  fixedModelId = (await newCameraModel(app)).id;
  await newBuilding(app, { footprint: rectangle(-10, 40, 10, 60), heightMeters: 30 });
});
afterAll(async () => {
  await app?.close();
});

const PRESETS = [
  { name: 'Gate', headingDegrees: 90, tiltDegrees: 5, zoomFactor: 1 },
  { name: 'Square', headingDegrees: 0, tiltDegrees: 2, zoomFactor: 10 },
];
const PRESET_COVERAGE = 'query($id: ID!) { ptzPresetCoverage(cameraId: $id) { presetName coverage { level areaSquareMeters farMeters } } }';

interface PresetCoverage {
  presetName: string;
  coverage: { level: string; areaSquareMeters: number; farMeters: number | null }[];
}

describe('PTZ presets', () => {
  it('are stored on a PTZ camera and each preset view is computed past the buildings', async () => {
    const camera = await newCamera(app, { modelId: ptzModelId, location: point(0, 0), mountHeightMeters: 8, headingDegrees: 90, ptzPresets: PRESETS });
    const stored = await app.ok<{ camera: { ptzPresets: typeof PRESETS } }>('query($id: ID!) { camera(id: $id) { ptzPresets { name headingDegrees tiltDegrees zoomFactor } } }', { id: camera.id });
    expect(stored.camera.ptzPresets).toEqual(PRESETS);

    const views = (await app.ok<{ ptzPresetCoverage: PresetCoverage[] }>(PRESET_COVERAGE, { id: camera.id })).ptzPresetCoverage;
    expect(views.map((view) => view.presetName)).toEqual(['Gate', 'Square']);
    const detection = (view: PresetCoverage) => view.coverage.find((level) => level.level === 'detection')!;
    const [gate, square] = views;
    expect(gate.coverage).toHaveLength(4);
    // 10x zoom reaches ten times as deep on the axis, but the tower stops the view north of it.
    expect(detection(square).farMeters!).toBeGreaterThan(5 * detection(gate).farMeters!);
    expect(detection(square).areaSquareMeters).toBeLessThan(detection(gate).areaSquareMeters);
  });

  it('replaces the list on update, and an empty list removes them', async () => {
    const camera = await newCamera(app, { modelId: ptzModelId, location: point(500, 0), mountHeightMeters: 8, ptzPresets: PRESETS });
    await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', {
      input: { id: camera.id, version: camera.version, ptzPresets: [{ name: 'Only', headingDegrees: 180, tiltDegrees: 0, zoomFactor: 2 }] },
    });
    expect((await app.ok<{ ptzPresetCoverage: PresetCoverage[] }>(PRESET_COVERAGE, { id: camera.id })).ptzPresetCoverage.map((view) => view.presetName)).toEqual(['Only']);
    await app.ok('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', {
      input: { id: camera.id, version: camera.version + 1, ptzPresets: [] },
    });
    expect((await app.ok<{ ptzPresetCoverage: PresetCoverage[] }>(PRESET_COVERAGE, { id: camera.id })).ptzPresetCoverage).toEqual([]);
  });

  it('refuses presets a camera cannot have, with a reason and nothing written', async () => {
    const ptz = await newCamera(app, { modelId: ptzModelId, location: point(1000, 0), mountHeightMeters: 8, ptzPresets: PRESETS });
    const before = await databaseFingerprint(app);
    const create = (fields: Record<string, unknown>) =>
      app.graphql('mutation($input: CreateCameraInput!) { createCamera(input: $input) { id } }', {
        input: { code: `C-${Math.random().toString(36).slice(2, 7)}`, location: point(1500, 0), mountHeightMeters: 6, headingDegrees: 0, ...fields },
      });
    const cases: [string, Promise<{ errors?: { message: string; extensions?: Record<string, unknown> }[] }>, RegExp][] = [
      ['on a fixed camera', create({ modelId: fixedModelId, ptzPresets: PRESETS }), /not a PTZ/],
      ['a zoom beyond the model', create({ modelId: ptzModelId, ptzPresets: [{ name: 'Far', headingDegrees: 0, tiltDegrees: 0, zoomFactor: 40 }] }), /beyond .* 25x/],
      ['two presets of one name', create({ modelId: ptzModelId, ptzPresets: [PRESETS[0], { ...PRESETS[1], name: ' gate ' }] }), /unique/],
      ['a heading of 360', create({ modelId: ptzModelId, ptzPresets: [{ ...PRESETS[0], headingDegrees: 360 }] }), /headingDegrees/],
      ['an unnamed preset', create({ modelId: ptzModelId, ptzPresets: [{ ...PRESETS[0], name: '' }] }), /name/],
      ['a PTZ switched to a fixed model while keeping its presets',
        app.graphql('mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id } }', { input: { id: ptz.id, version: ptz.version, modelId: fixedModelId } }),
        /not a PTZ/],
    ];
    for (const [what, request, message] of cases) {
      const result = await request;
      expect([what, result.errors?.[0]?.extensions?.code]).toEqual([what, 'BAD_USER_INPUT']);
      expect([what, result.errors?.[0]?.message]).toEqual([what, expect.stringMatching(message)]);
    }
    expect(await databaseFingerprint(app)).toBe(before);
    const fixed = await newCamera(app, { modelId: fixedModelId, location: point(2000, 0) });
    expect((await app.graphql(PRESET_COVERAGE, { id: fixed.id })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
