import { startTestApp, type TestApp } from '../../../test/support/test-app';
import { newCamera, newCameraModel, newPole, point } from '../../../test/support/factories';

/**
 * A camera's derived fields (model, field of view, detection range) are answered the same whichever
 * way the camera was read: in a list (model attached by the page) or elsewhere (a single camera, a
 * pole's cameras, a mutation's result: model read when asked, see camera-fields.ts).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const DERIVED = 'horizontalFieldOfViewDegrees detectionRangeMeters model { id code }';

describe('derived camera fields', () => {
  it('are the same in a list, for one camera, on its pole and in a mutation result', async () => {
    const wide = await newCameraModel(app, { code: 'DERIVED-WIDE', focalLengthMinMm: 2.8, focalLengthMaxMm: 12 });
    const tele = await newCameraModel(app, { code: 'DERIVED-TELE', fixedHorizontalFieldOfViewDegrees: 30, focalLengthMinMm: null, focalLengthMaxMm: null });
    const pole = await newPole(app, { location: point(4000, 4000) });
    const onPole = await newCamera(app, { modelId: wide.id, poleId: pole.id, focalLengthMm: 6 });
    await newCamera(app, { modelId: tele.id, poleId: pole.id });

    type Derived = { id: string; horizontalFieldOfViewDegrees: number; detectionRangeMeters: number; model: { id: string; code: string } };
    const listed = await app.ok<{ cameras: { nodes: Derived[] } }>(`{ cameras(first: 1000) { nodes { id ${DERIVED} } } }`);
    const single = await app.ok<{ camera: Derived }>(`query($id: ID!) { camera(id: $id) { id ${DERIVED} } }`, { id: onPole.id });
    const viaPole = await app.ok<{ pole: { cameras: Derived[] } }>(`query($id: ID!) { pole(id: $id) { cameras { id ${DERIVED} } } }`, { id: pole.id });
    const updated = await app.ok<{ updateCamera: Derived }>(
      `mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id ${DERIVED} } }`,
      { input: { id: onPole.id, version: onPole.version, headingDegrees: 45 } },
    );

    const inList = listed.cameras.nodes.find((camera) => camera.id === onPole.id)!;
    expect(inList.model.code).toBe('DERIVED-WIDE');
    expect(inList.horizontalFieldOfViewDegrees).toBeGreaterThan(0);
    expect(inList.detectionRangeMeters).toBeGreaterThan(0);
    expect(single.camera).toEqual(inList);
    expect(updated.updateCamera).toEqual(inList);
    expect(viaPole.pole.cameras.find((camera) => camera.id === onPole.id)).toEqual(inList);
    const teleOnPole = viaPole.pole.cameras.find((camera) => camera.model.code === 'DERIVED-TELE')!;
    expect(teleOnPole.horizontalFieldOfViewDegrees).toBeCloseTo(30, 6);
    expect(listed.cameras.nodes.find((camera) => camera.id === teleOnPole.id)).toEqual(teleOnPole);
  });
});
