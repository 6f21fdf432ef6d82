import type { Polygon } from 'geojson';
import type { TestApp } from '../support/test-app';
import { storeRecognitionCoverage } from './stored-coverage';
import { startTestApp } from '../support/test-app';
import {
  line, newBlackSpot, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole, newPowerFeed, newPowerSource, point, rectangle,
} from '../support/factories';

/**
 * A small commissioned network with known answers (metres east, north of the test origin), as in
 * test/network/network-api.db.spec.ts:
 *
 *   CC (0,0) ==== R1 trunk ==== SW (400,0) --R2-- P1 (500,0) [camA, camA2]
 *     |                           |
 *    R4                          R3 -- P2 (400,100) [camB]
 *     |
 *   P3 (0,200) [camC]                       PS (0,-50) feeds F1 -> P1, F2 -> P2, F3 -> P3, F4 -> SW
 *
 *   BS1 (10,000 m2, recognition, priority 4): camA covers the west half, camC the east half.
 *   BS2 (1,600 m2, recognition, priority 3): camA2 and camB each cover all of it.
 */
let app: TestApp;
const ids: Record<string, string> = {};
const H = 3_600_000;

const insertCoverage = (cameraId: string, polygon: Polygon) => storeRecognitionCoverage(app, cameraId, polygon);

beforeAll(async () => {
  app = await startTestApp();
  const live = { status: 'commissioned' };
  const model = await newCameraModel(app);
  ids.CC = (await newNetworkNode(app, { ...live, code: 'CC', kind: 'control_centre', location: point(0, 0), portCount: 96 })).id;
  ids.SW = (await newNetworkNode(app, { ...live, code: 'SW', kind: 'switch', location: point(400, 0), portCount: 8 })).id;
  ids.P1 = (await newPole(app, { ...live, code: 'P1', location: point(500, 0) })).id;
  ids.P2 = (await newPole(app, { ...live, code: 'P2', location: point(400, 100) })).id;
  ids.P3 = (await newPole(app, { ...live, code: 'P3', location: point(0, 200) })).id;
  for (const [name, pole, at] of [['A', 'P1', [500, 0]], ['A2', 'P1', [500, 0]], ['B', 'P2', [400, 100]], ['C', 'P3', [0, 200]]] as const) {
    ids[`cam${name}`] = (await newCamera(app, { ...live, code: `CAM-${name}`, modelId: model.id, poleId: ids[pole], location: point(at[0], at[1]) })).id;
  }
  const run = (code: string, from: [string, string, number, number], to: [string, string, number, number]) =>
    newFiberRun(app, {
      ...live, code, path: line([from[2], from[3]], [to[2], to[3]]), from: { kind: from[0], id: ids[from[1]] }, to: { kind: to[0], id: ids[to[1]] },
    });
  ids.R1 = (await run('R1', ['network_node', 'CC', 0, 0], ['network_node', 'SW', 400, 0])).id;
  ids.R2 = (await run('R2', ['network_node', 'SW', 400, 0], ['pole', 'P1', 500, 0])).id;
  ids.R3 = (await run('R3', ['network_node', 'SW', 400, 0], ['pole', 'P2', 400, 100])).id;
  ids.R4 = (await run('R4', ['network_node', 'CC', 0, 0], ['pole', 'P3', 0, 200])).id;
  ids.PS = (await newPowerSource(app, { ...live, code: 'PS', location: point(0, -50), capacityWatts: 5000 })).id;
  const feed = (code: string, to: [string, string, number, number]) =>
    newPowerFeed(app, { ...live, code, path: line([0, -50], [to[2], to[3]]), fromPowerSourceId: ids.PS, to: { kind: to[0], id: ids[to[1]] } });
  ids.F1 = (await feed('F1', ['pole', 'P1', 500, 0])).id;
  await feed('F2', ['pole', 'P2', 400, 100]);
  await feed('F3', ['pole', 'P3', 0, 200]);
  await feed('F4', ['network_node', 'SW', 400, 0]);
  ids.BS1 = (await newBlackSpot(app, { code: 'BS1', name: 'Bab Boujloud', boundary: rectangle(450, -50, 550, 50), priority: 4 })).id;
  ids.BS2 = (await newBlackSpot(app, { code: 'BS2', name: 'Batha', boundary: rectangle(380, 80, 420, 120), priority: 3 })).id;
  await insertCoverage(ids.camA, rectangle(450, -50, 500, 50));
  await insertCoverage(ids.camC, rectangle(500, -50, 550, 50));
  await insertCoverage(ids.camA2, rectangle(370, 70, 430, 130));
  await insertCoverage(ids.camB, rectangle(380, 80, 420, 120));
});
afterAll(async () => {
  await app?.close();
});

const FAULT = `id version state priority suggestedPriority impactScore assetCode
  darkCameras { code } blackSpotLosses { code coveredBeforePercent coveredAfterPercent }
  sla { responseHoursUsed repairHoursUsed responseDueAt repairDueAt responseOverdue repairOverdue overdue }`;
const LOG = `mutation($input: LogFaultInput!) { fault: logFault(input: $input) { ${FAULT} } }`;
const CHANGE = `mutation($input: ChangeFaultStateInput!) { fault: changeFaultState(input: $input) { ${FAULT} } }`;
const UPDATE = `mutation($input: UpdateFaultInput!) { fault: updateFault(input: $input) { ${FAULT} } }`;
type Fault = { id: string; version: number; state: string; priority: number; [key: string]: any };

const log = async (input: Record<string, unknown>, role: 'maintenance' | 'contractor' | 'engineer' = 'maintenance') =>
  (await app.as(role).ok<{ fault: Fault }>(LOG, { input: { category: 'fiber_cut', description: 'No link', channel: 'control_centre', ...input } })).fault;
const change = async (fault: Fault, state: string, extra: Record<string, unknown> = {}, role: 'maintenance' | 'contractor' = 'maintenance') =>
  (await app.as(role).ok<{ fault: Fault }>(CHANGE, { input: { id: fault.id, version: fault.version, state, ...extra } })).fault;
const resolve = (fault: Fault) => change(fault, 'resolved', { resolution: 'repaired' });

async function statuses(): Promise<Record<string, string>> {
  const rows: { code: string; status: string }[] = await app.dataSource.query(`SELECT code, status FROM camera ORDER BY code`);
  return Object.fromEntries(rows.map((row) => [row.code, row.status]));
}

describe('priority from the outage analysis', () => {
  it('a trunk cut darkens A, A2 and B: Bab Boujloud 100 % -> 50 %, Batha 100 % -> 0 %: P1', async () => {
    const fault = await log({ assetType: 'fiber_run', assetId: ids.R1 });
    expect(fault.darkCameras.map((c: { code: string }) => c.code)).toEqual(['CAM-A', 'CAM-A2', 'CAM-B']);
    expect(fault.blackSpotLosses).toEqual([
      { code: 'BS1', coveredBeforePercent: 100, coveredAfterPercent: 50 },
      { code: 'BS2', coveredBeforePercent: 100, coveredAfterPercent: 0 },
    ]);
    // 0.5 x 4 + 1 x 3 = 5.
    expect(fault.impactScore).toBeCloseTo(5, 2);
    expect(fault).toMatchObject({ suggestedPriority: 1, priority: 1, assetCode: 'R1' });
    expect(await statuses()).toEqual({ 'CAM-A': 'out_of_service', 'CAM-A2': 'out_of_service', 'CAM-B': 'out_of_service', 'CAM-C': 'commissioned' });
    await resolve(fault);
    expect(Object.values(await statuses())).toEqual(['commissioned', 'commissioned', 'commissioned', 'commissioned']);
  });

  it('a power feed to P1 costs half of Bab Boujloud (B still covers Batha): P2', async () => {
    const fault = await log({ assetType: 'power_feed', assetId: ids.F1, category: 'power' });
    expect(fault.darkCameras.map((c: { code: string }) => c.code)).toEqual(['CAM-A', 'CAM-A2']);
    expect(fault.impactScore).toBeCloseTo(2, 2);
    expect(fault.priority).toBe(2);
    await resolve(fault);
  });

  it("a camera fault counts that camera's contribution alone: what its neighbours cover is not lost", async () => {
    const fault = await log({ assetType: 'camera', assetId: ids.camB, category: 'no_image' });
    expect(fault.blackSpotLosses).toEqual([{ code: 'BS2', coveredBeforePercent: 100, coveredAfterPercent: 100 }]);
    expect(fault.priority).toBe(4);
    await resolve(fault);
    // A degraded image does not darken anything.
    const degraded = await log({ assetType: 'camera', assetId: ids.camC, category: 'image_degraded' });
    expect(degraded.darkCameras).toEqual([]);
    expect((await statuses())['CAM-C']).toBe('commissioned');
    await resolve(degraded);
  });
});

describe('cameras follow open faults', () => {
  it('two faults on one camera: it comes back only when the last one is resolved, and counts dark meanwhile', async () => {
    const coverageOfBs1 = async () =>
      (await app.ok<{ spots: { blackSpotId: string; coveredFraction: number }[] }>('{ spots: blackSpotCoverages(cameras: live) { blackSpotId coveredFraction } }'))
        .spots.find((spot) => spot.blackSpotId === ids.BS1)!.coveredFraction;
    expect(await coverageOfBs1()).toBeCloseTo(1, 3);
    let onCamera = await log({ assetType: 'camera', assetId: ids.camA, category: 'vandalism' });
    let onRun = await log({ assetType: 'fiber_run', assetId: ids.R2 });
    expect(onRun.darkCameras.map((c: { code: string }) => c.code)).toEqual(['CAM-A', 'CAM-A2']);
    expect(await statuses()).toMatchObject({ 'CAM-A': 'out_of_service', 'CAM-A2': 'out_of_service' });
    // The live analyses count it dark: Bab Boujloud keeps camera C's half.
    expect(await coverageOfBs1()).toBeCloseTo(0.5, 3);

    onCamera = await resolve(onCamera);
    expect(await statuses()).toMatchObject({ 'CAM-A': 'out_of_service', 'CAM-A2': 'out_of_service' });
    onRun = await change(onRun, 'acknowledged');
    onRun = await resolve(onRun);
    expect(await statuses()).toMatchObject({ 'CAM-A': 'commissioned', 'CAM-A2': 'commissioned' });
    expect(await coverageOfBs1()).toBeCloseTo(1, 3);

    // Reopened: held again; closed after resolution: stays in service.
    onCamera = await change(onCamera, 'open', { note: 'Still no image' });
    expect((await statuses())['CAM-A']).toBe('out_of_service');
    onCamera = await change(onCamera, 'resolved', { resolution: 'replaced_asset', newSerial: 'SN-778899' });
    onCamera = await change(onCamera, 'closed');
    expect((await statuses())['CAM-A']).toBe('commissioned');

    // Every change went through the audit trail: the fault's and the camera's.
    const audit: { entity_type: string; n: number }[] = await app.dataSource.query(
      `SELECT entity_type, count(*)::int AS n FROM audit_entry WHERE entity_id IN ($1, $2) GROUP BY entity_type ORDER BY entity_type`,
      [onCamera.id, ids.camA],
    );
    // Camera A: out and back three times in this file before here, and twice in this test (plus its creation).
    expect(audit).toEqual([{ entity_type: 'Camera', n: expect.any(Number) }, { entity_type: 'Fault', n: 5 }]);
    const cameraTrail: { after: { status: string } }[] = await app.dataSource.query(
      `SELECT after FROM audit_entry WHERE entity_type = 'Camera' AND entity_id = $1 AND 'status' = ANY(changed_fields) ORDER BY id DESC LIMIT 2`,
      [ids.camA],
    );
    expect(cameraTrail.map((entry) => entry.after.status)).toEqual(['commissioned', 'out_of_service']);
  });
});

describe('two faults taking one camera at the same time', () => {
  it('both hold it, and it comes back once both are resolved', async () => {
    const [first, second] = await Promise.all([
      log({ assetType: 'camera', assetId: ids.camB, category: 'no_image' }),
      log({ assetType: 'fiber_run', assetId: ids.R3 }),
    ]);
    expect((await statuses())['CAM-B']).toBe('out_of_service');
    const holds: { restore_status: string | null }[] = await app.dataSource.query(
      'SELECT restore_status FROM fault_camera WHERE camera_id = $1 AND fault_id = ANY($2::uuid[])', [ids.camB, [first.id, second.id]],
    );
    expect(holds.map((hold) => hold.restore_status)).toEqual(['commissioned', 'commissioned']);
    await resolve(first);
    expect((await statuses())['CAM-B']).toBe('out_of_service');
    await resolve(second);
    expect((await statuses())['CAM-B']).toBe('commissioned');
  });
});

describe('lifecycle rules by role', () => {
  it('viewers read, contractors log and work their own tickets, managers run the rest; refusals have codes and write nothing', async () => {
    const refusal = async (role: 'viewer' | 'contractor' | 'maintenance', query: string, variables: Record<string, unknown>) => {
      const before = await app.dataSource.query(`SELECT md5(string_agg(f::text, '|' ORDER BY f.id)) AS f, (SELECT count(*) FROM fault_event) AS e FROM fault f`);
      const result = await app.as(role).graphql(query, variables);
      const after = await app.dataSource.query(`SELECT md5(string_agg(f::text, '|' ORDER BY f.id)) AS f, (SELECT count(*) FROM fault_event) AS e FROM fault f`);
      expect(after).toEqual(before);
      return { code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message };
    };
    const input = { category: 'other', description: 'Pole leaning', channel: 'field_team', location: point(100, 100) };
    expect((await refusal('viewer', LOG, { input })).code).toBe('FORBIDDEN');
    let fault = await log(input, 'contractor');
    // A point fault with nothing measurable gets the default priority.
    expect(fault.priority).toBe(3);
    expect((await refusal('contractor', CHANGE, { input: { id: fault.id, version: fault.version, state: 'acknowledged' } })).message).toMatch(/not assigned to your organisation/);
    expect((await refusal('contractor', UPDATE, { input: { id: fault.id, version: fault.version, priority: 1 } })).code).toBe('FORBIDDEN');
    fault = (await app.as('maintenance').ok<{ fault: Fault }>(UPDATE, {
      input: { id: fault.id, version: fault.version, assignedOrganisationId: app.organisations.contractor, priority: 2 },
    })).fault;
    expect(fault.priority).toBe(2);
    fault = await change(fault, 'acknowledged', {}, 'contractor');
    expect((await refusal('contractor', CHANGE, { input: { id: fault.id, version: fault.version, state: 'resolved' } })).code).toBe('BAD_USER_INPUT');
    expect((await refusal('contractor', CHANGE, { input: { id: fault.id, version: fault.version, state: 'resolved', resolution: 'replaced_asset' } })).message).toMatch(/serial/);
    expect((await refusal('maintenance', CHANGE, { input: { id: fault.id, version: fault.version - 1, state: 'in_progress' } })).code).toBe('STALE_VERSION');
    fault = await change(fault, 'resolved', { resolution: 'no_fault_found' }, 'contractor');
    expect((await refusal('contractor', CHANGE, { input: { id: fault.id, version: fault.version, state: 'closed' } })).code).toBe('FORBIDDEN');
    expect((await refusal('maintenance', CHANGE, { input: { id: fault.id, version: fault.version, state: 'in_progress' } })).code).toBe('BAD_USER_INPUT');
    fault = await change(fault, 'closed');
    const comment = await app.as('contractor').ok('mutation($id: ID!) { commentOnFault(faultId: $id, text: "Checked on site") { kind comment actorEmail } }', { id: fault.id });
    expect(comment.commentOnFault).toEqual({ kind: 'commented', comment: 'Checked on site', actorEmail: 'contractor@test.vigie' });
    const { fault: read } = await app.as('viewer').ok('query($id: ID!) { fault(id: $id) { state history { kind fromState toState } } }', { id: fault.id });
    expect(read.history.map((e: { kind: string; toState: string | null }) => `${e.kind}:${e.toState ?? ''}`)).toEqual([
      'logged:open', 'assigned:', 'priority_changed:', 'state_changed:acknowledged', 'state_changed:resolved', 'state_changed:closed', 'commented:',
    ]);
  });
});

/** Rewrites a fault's state history to the given times (ms), in order: the clocks are then known. */
async function backdate(faultId: string, times: number[]) {
  const events: { id: string }[] = await app.dataSource.query(
    `SELECT id FROM fault_event WHERE fault_id = $1 AND to_state IS NOT NULL ORDER BY id`,
    [faultId],
  );
  expect(events).toHaveLength(times.length);
  for (let index = 0; index < times.length; index++) {
    await app.dataSource.query('UPDATE fault_event SET at = $2 WHERE id = $1', [events[index].id, new Date(times[index])]);
  }
  await app.dataSource.query('UPDATE fault SET reported_at = $2 WHERE id = $1', [faultId, new Date(times[0])]);
}

describe('SLA due times and overdue across state changes', () => {
  it('response counts time open, repair time until resolved, both resuming after a reopen', async () => {
    let fault = await log({ category: 'no_image', description: 'Three cameras dark', location: point(300, 300) });
    fault = (await app.ok<{ fault: Fault }>(UPDATE, { input: { id: fault.id, version: fault.version, priority: 1 } })).fault;
    fault = await change(fault, 'acknowledged');
    fault = await resolve(fault);
    fault = await change(fault, 'open');
    const now = Date.now();
    // Open 10 h ago, acknowledged 9 h ago, resolved 5 h ago, reopened 1.5 h ago (P1: 2 h response, 8 h repair).
    await backdate(fault.id, [now - 10 * H, now - 9 * H, now - 5 * H, now - 1.5 * H]);
    const read = async () => (await app.ok<{ fault: Fault }>(`query($id: ID!) { fault(id: $id) { ${FAULT} } }`, { id: fault.id })).fault;
    let current = await read();
    expect(current.sla.responseHoursUsed).toBeCloseTo(2.5, 1);
    expect(current.sla.repairHoursUsed).toBeCloseTo(6.5, 1);
    expect(current.sla.responseOverdue).toBe(true);
    expect(current.sla.repairOverdue).toBe(false);
    // Repair budget left: 8 - (5 + 1.5) = 1.5 h from now.
    expect(Math.abs(new Date(current.sla.repairDueAt).getTime() - (now + 1.5 * H))).toBeLessThan(60_000);
    const overdueIds = async (overdue: boolean) =>
      (await app.ok<{ list: { nodes: { id: string }[] } }>('query($o: Boolean) { list: faults(filter: { overdue: $o }) { nodes { id } } }', { o: overdue }))
        .list.nodes.map((node) => node.id);
    expect(await overdueIds(true)).toContain(fault.id);
    expect(await overdueIds(false)).not.toContain(fault.id);

    // Acknowledged: the response clock stops (still late), no response due time; repair keeps running.
    fault = await change(current, 'acknowledged');
    current = await read();
    expect(current.sla.responseDueAt).toBeNull();
    expect(current.sla.responseOverdue).toBe(true);
    expect(current.sla.repairDueAt).not.toBeNull();
    fault = await resolve(current);
    expect((await read()).sla.repairDueAt).toBeNull();
  });
});

describe('availability over a period', () => {
  it('equals a minute-by-minute count over the history', async () => {
    const t0 = Date.UTC(2026, 0, 10, 0, 0, 0);
    // Camera C: open +1 h, resolved +5 h, reopened +20 h, resolved +22 h. Run R2 (A, A2): open +3 h, resolved +10 h.
    let onC = await log({ assetType: 'camera', assetId: ids.camC, category: 'no_image' });
    onC = await resolve(onC);
    onC = await change(onC, 'open');
    onC = await resolve(onC);
    await backdate(onC.id, [t0 + 1 * H, t0 + 5 * H, t0 + 20 * H, t0 + 22 * H]);
    const onR2 = await resolve(await log({ assetType: 'fiber_run', assetId: ids.R2 }));
    await backdate(onR2.id, [t0 + 3 * H, t0 + 10 * H]);

    const { figures } = await app.ok(`query($from: DateTime!, $to: DateTime!) { figures: faultFigures(from: $from, to: $to) {
      resolvedCount meanTimeToRepairHours cameraAvailability { code availability }
      blackSpotAvailability { code availability meanCoveredFraction nominalCoveredFraction } } }`,
    { from: new Date(t0).toISOString(), to: new Date(t0 + 24 * H).toISOString() });

    const darkC = (m: number) => (m >= 60 && m < 300) || (m >= 1200 && m < 1320);
    const darkA = (m: number) => m >= 180 && m < 600;
    let upA = 0, upC = 0, whole = 0, coveredSum = 0;
    for (let minute = 0; minute < 24 * 60; minute++) {
      if (!darkA(minute)) upA++;
      if (!darkC(minute)) upC++;
      const covered = (darkA(minute) ? 0 : 0.5) + (darkC(minute) ? 0 : 0.5);
      coveredSum += covered;
      if (covered === 1) whole++;
    }
    const availabilityOf = (code: string) => figures.cameraAvailability.find((entry: { code: string }) => entry.code === code).availability;
    expect(availabilityOf('CAM-A')).toBeCloseTo(upA / 1440, 5);
    expect(availabilityOf('CAM-A2')).toBeCloseTo(upA / 1440, 5);
    expect(availabilityOf('CAM-C')).toBeCloseTo(upC / 1440, 5);
    expect(availabilityOf('CAM-B')).toBe(1);
    const bs1 = figures.blackSpotAvailability.find((entry: { code: string }) => entry.code === 'BS1');
    expect(bs1.nominalCoveredFraction).toBeCloseTo(1, 3);
    expect(bs1.availability).toBeCloseTo(whole / 1440, 4);
    expect(bs1.meanCoveredFraction).toBeCloseTo(coveredSum / 1440, 3);
    // Batha loses nothing: camera B covers all of it while A2 is dark.
    expect(figures.blackSpotAvailability.find((entry: { code: string }) => entry.code === 'BS2').availability).toBe(1);
    // Repairs in the period: C 4 h, C again 4 + 2 = 6 h (the clock resumes), R2 7 h.
    expect(figures.resolvedCount).toBe(3);
    expect(figures.meanTimeToRepairHours).toBeCloseTo(17 / 3, 2);
  });
});
