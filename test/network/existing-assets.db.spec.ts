import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  databaseFingerprint, line, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource, point,
} from '../support/factories';
import type { Role } from '../../backend/src/auth/permissions';
import { VIGIE_UNIT_COSTS } from '../../backend/src/network/unit-costs';

/**
 * The `existing` flag through the API (metres east, north of the test origin):
 *
 *   CC (0,0) control centre (new) ──R1 100 m, existing duct── LIGHT (100,0) street light, existing [CAM new]
 *   RADEEF (0,-40) transformer, existing ──F1 (new, underground)──> LIGHT          SPARE (200,0) street light, existing, no camera
 */
let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const model = await newCameraModel(app, { code: 'BUL-4MP', unitPriceMad: 4200 });
  ids.CC = (await newNetworkNode(app, { code: 'CC', kind: 'control_centre', location: point(0, 0), portCount: 48 })).id;
  ids.LIGHT = (await newPole(app, { code: 'LIGHT', kind: 'street_light', location: point(100, 0), existing: true })).id;
  ids.SPARE = (await newPole(app, { code: 'SPARE', kind: 'street_light', location: point(200, 0), existing: true })).id;
  ids.CAM = (await newCamera(app, { code: 'CAM', modelId: model.id, poleId: ids.LIGHT, location: point(100, 0) })).id;
  ids.R1 = (await newFiberRun(app, {
    code: 'R1', path: line([0, 0], [100, 0]), existing: true,
    from: { kind: 'network_node', id: ids.CC }, to: { kind: 'pole', id: ids.LIGHT },
  })).id;
  ids.RADEEF = (await newPowerSource(app, { code: 'RADEEF', kind: 'transformer', location: point(0, -40), existing: true })).id;
  ids.F1 = (await newPowerFeed(app, { code: 'F1', path: line([0, -40], [100, 0]), fromPowerSourceId: ids.RADEEF, to: { kind: 'pole', id: ids.LIGHT } })).id;
});
afterAll(async () => {
  await app?.close();
});

const POLE = `query($id: ID!) { pole(id: $id) { existing version } }`;
const UPDATE_POLE = `mutation($input: UpdatePoleInput!) { updatePole(input: $input) { existing version } }`;
const BILL = `{ bill: billOfQuantities { overall { lines { category item quantity totalMad } existing { category item unit quantity }
  totalBeforeTaxMad } usedFraction } }`;

type Line = { category: string; item: string; quantity: number; unit?: string; totalMad?: number };
const keyed = (lines: Line[]) => Object.fromEntries(lines.map((entry) => [`${entry.category}: ${entry.item}`, Math.round(entry.quantity * 10) / 10]));

describe('the bill of quantities with existing assets', () => {
  it('prices the new works and the camera mount on the existing street light, and lists the existing assets apart', async () => {
    const { bill } = await app.ok(BILL);
    const c = VIGIE_UNIT_COSTS;
    const priced = keyed(bill.overall.lines);
    expect(priced).toEqual({
      'camera: BUL-4MP': 1,
      'camera_installation: fixed_bullet': 1,
      'camera_mount: street_light': 1,
      'camera_mount_installation: street_light': 1,
      'network_node: control_centre': 1,
      'network_node_installation: control_centre': 1,
      'power_cable: low-voltage cable': expect.closeTo(107.7, 0),
      'power_laying: underground_duct': expect.closeTo(107.7, 0),
    });
    const feedMetres = priced['power_cable: low-voltage cable'];
    expect(bill.overall.totalBeforeTaxMad).toBeCloseTo(
      4200 + c.cameraInstallationByKindMad.fixed_bullet + c.existingPoleMountByKindMad.street_light + c.existingPoleMountInstallationByKindMad.street_light +
        c.networkNodeByKindMad.control_centre + c.networkNodeInstallationByKindMad.control_centre +
        feedMetres * (c.powerCableMadPerMeter + c.powerInstallMadPerMeterByMethod.underground_duct),
      1,
    );
    expect(keyed(bill.overall.existing)).toEqual({
      'fiber: sm_g652d': expect.closeTo(100, 0),
      'pole: street_light': 2,
      'power_source: transformer': 1,
    });
  });

  it('prices a run once it is no longer flagged existing: cable, trench and both ends spliced', async () => {
    const before = (await app.ok(BILL)).bill.overall.totalBeforeTaxMad;
    const { fiberRun } = await app.ok(`query($id: ID!) { fiberRun(id: $id) { version lengthMeters } }`, { id: ids.R1 });
    await app.ok(`mutation($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { id } }`, {
      input: { id: ids.R1, version: fiberRun.version, existing: false },
    });
    const { bill } = await app.ok(BILL);
    const c = VIGIE_UNIT_COSTS;
    const metres = Math.round(fiberRun.lengthMeters * 10) / 10;
    expect(bill.overall.totalBeforeTaxMad - before).toBeCloseTo(
      metres * (c.fiberCableMadPerMeterByType.sm_g652d + c.fiberInstallMadPerMeterByMethod.underground_duct) + 2 * c.fiberSplicingMadPerRunEnd,
      1,
    );
    expect(keyed(bill.overall.existing)['fiber: sm_g652d']).toBeUndefined();
  });

  it('prices a new cable pulled through an existing duct without the trench', async () => {
    const trenched = (await app.ok(BILL)).bill.overall.totalBeforeTaxMad;
    const { fiberRun } = await app.ok(`query($id: ID!) { fiberRun(id: $id) { version lengthMeters } }`, { id: ids.R1 });
    await app.ok(`mutation($input: UpdateFiberRunInput!) { updateFiberRun(input: $input) { id } }`, {
      input: { id: ids.R1, version: fiberRun.version, installMethod: 'existing_duct' },
    });
    const { bill } = await app.ok(BILL);
    const c = VIGIE_UNIT_COSTS;
    const metres = Math.round(fiberRun.lengthMeters * 10) / 10;
    expect(keyed(bill.overall.lines)).toMatchObject({ 'fiber: sm_g652d': metres, 'fiber_laying: existing_duct': metres, 'fiber_splicing: run end': 2 });
    expect(keyed(bill.overall.lines)['fiber_laying: underground_duct']).toBeUndefined();
    expect(trenched - bill.overall.totalBeforeTaxMad).toBeCloseTo(
      metres * (c.fiberInstallMadPerMeterByMethod.underground_duct - c.fiberInstallMadPerMeterByMethod.existing_duct),
      1,
    );
  });
});

describe('the existing flag', () => {
  it('is stored, read back, and false unless given', async () => {
    expect((await app.ok(POLE, { id: ids.LIGHT })).pole).toEqual({ existing: true, version: 1 });
    const { networkNode } = await app.ok(`query($id: ID!) { networkNode(id: $id) { existing } }`, { id: ids.CC });
    expect(networkNode.existing).toBe(false);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM power_feed WHERE existing`);
    expect(count).toBe(0);
  });

  it('changes with the version it was read at, is audited, and refuses a stale version or a non-boolean without writing', async () => {
    const spare = await newPole(app, { code: 'LATER', location: point(300, 0) });
    const { updatePole } = await app.ok(UPDATE_POLE, { input: { id: spare.id, version: spare.version, existing: true } });
    expect(updatePole).toEqual({ existing: true, version: spare.version + 1 });
    const { auditLog } = await app.as('admin').ok(
      `query($id: ID!) { auditLog(entityType: "Pole", entityId: $id, first: 1) { nodes { action changedFields before after } } }`,
      { id: spare.id },
    );
    expect(auditLog.nodes[0]).toMatchObject({ action: 'update', changedFields: ['existing'] });
    expect([auditLog.nodes[0].before.existing, auditLog.nodes[0].after.existing]).toEqual([false, true]);

    const commissioned = await newPole(app, { code: 'LIT', location: point(400, 0), status: 'commissioned' });
    const before = await databaseFingerprint(app);
    const refusals: [Role, Record<string, unknown>, string][] = [
      ['engineer', { id: spare.id, version: spare.version, existing: false }, 'STALE_VERSION'],
      ['engineer', { id: spare.id, version: spare.version + 1, existing: null }, 'BAD_USER_INPUT'],
      ['engineer', { id: spare.id, version: spare.version + 1, existing: 'yes' }, 'BAD_USER_INPUT'],
      // A maintenance team may move a commissioned asset's status, not decide that it was there before.
      ['maintenance', { id: commissioned.id, version: 1, existing: true }, 'FORBIDDEN'],
    ];
    for (const [role, input, code] of refusals) {
      const result = await app.as(role).graphql(UPDATE_POLE, { input });
      expect({ input, code: result.errors?.[0]?.extensions?.code }).toEqual({ input, code });
    }
    expect(await databaseFingerprint(app)).toBe(before);
    expect((await app.ok(POLE, { id: spare.id })).pole).toEqual({ existing: true, version: spare.version + 1 });
    expect((await app.ok(POLE, { id: commissioned.id })).pole).toEqual({ existing: false, version: 1 });
  });
});

