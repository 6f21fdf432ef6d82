import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Polygon } from 'geojson';
import { AuthTokens } from '../../backend/src/auth/auth-tokens';
import type { Role } from '../../backend/src/core/domain';
import { slaClock, type FaultPriority, type FaultState, type StateChange } from '../../backend/src/core/maintenance';
import { DEFAULT_SLA } from '../../backend/src/faults/fault-policy';
import { FaultFiguresService } from '../../backend/src/faults/fault-figures.service';
import { FaultsService } from '../../backend/src/faults/faults.service';
import { storeRecognitionCoverage } from './stored-coverage';
import { startTestApp, type TestApp } from '../support/test-app';
import { newBlackSpot, newCamera, newCameraModel, newZone, point, rectangle } from '../support/factories';
import { testPhoto } from '../evidence/test-photos';

/**
 * The faults list paged in SQL (overdue counted from the histories in the statement), the fault
 * figures and the control centre kept per 'maintenance' data revision, photos on faults, and the
 * people a fault can be assigned to.
 *
 * Scene (metres east, north of the test origin): zone West (x < 500) and East (x >= 500); camera CAM-L
 * (commissioned) covers all of black spot BS-L at recognition, its neighbour CAM-N half of it.
 * Thirty faults are written by SQL with known histories (hours before now): every state, priority and
 * team, some past their SLA, some reopened.
 */
let app: TestApp;
let tokens: AuthTokens;
let directory: string;
const ids: Record<string, string> = {};
const H = 3_600_000;
const NOW = Date.now();

interface Made {
  id: string;
  priority: FaultPriority;
  state: FaultState;
  east: number;
  organisationId: string | null;
  reportedAtMs: number;
  history: StateChange[];
}
const made: Made[] = [];

/** A deterministic scene: histories of up to four state changes, hours apart, some longer than their SLA. */
function histories(): Omit<Made, 'id' | 'organisationId'>[] {
  const paths: FaultState[][] = [
    ['open'], ['open', 'acknowledged'], ['open', 'acknowledged', 'in_progress'], ['open', 'in_progress', 'resolved'],
    ['open', 'resolved', 'closed'], ['open', 'resolved', 'open'], ['open', 'acknowledged', 'resolved', 'open', 'in_progress'],
  ];
  const out: Omit<Made, 'id' | 'organisationId'>[] = [];
  for (let index = 0; index < 30; index++) {
    const path = paths[index % paths.length];
    const priority = ((index % 4) + 1) as FaultPriority;
    // Steps of 0.5 h to 40 h: short ones stay within P4's budgets, long ones overrun P1's.
    const step = [0.5, 1.5, 3, 7, 20, 40][index % 6] * H;
    const start = NOW - step * path.length - (index + 1) * 60_000;
    out.push({ priority, state: path[path.length - 1], east: (index * 37) % 1000, reportedAtMs: start, history: path.map((state, k) => ({ state, atMs: start + k * step })) });
  }
  return out;
}

const insertCoverage = (cameraId: string, polygon: Polygon) => storeRecognitionCoverage(app, cameraId, polygon);

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'vigie-fault-photos-'));
  app = await startTestApp({ evidence: { storage: { kind: 'directory', directory }, maxPhotoBytes: 2_000_000, maxDistanceMeters: 50 } });
  tokens = app.app.get(AuthTokens, { strict: false });
  ids.west = (await newZone(app, { name: 'West', boundary: rectangle(-10, -100, 499, 100) })).id;
  ids.east = (await newZone(app, { name: 'East', boundary: rectangle(500, -100, 1010, 100) })).id;
  const model = await newCameraModel(app);
  ids.camL = (await newCamera(app, { status: 'commissioned', code: 'CAM-L', modelId: model.id, location: point(2000, 0) })).id;
  ids.camN = (await newCamera(app, { status: 'commissioned', code: 'CAM-N', modelId: model.id, location: point(2000, 20) })).id;
  ids.spot = (await newBlackSpot(app, { code: 'BS-L', name: 'Bab Ftouh', boundary: rectangle(2000, 0, 2040, 40), priority: 5 })).id;
  await insertCoverage(ids.camL, rectangle(2000, 0, 2040, 40));
  await insertCoverage(ids.camN, rectangle(2000, 0, 2020, 40));

  const teams = [null, app.organisations.contractor, app.organisations.maintenance];
  for (const [index, fault] of histories().entries()) {
    const organisationId = teams[index % 3];
    const resolved = fault.state === 'resolved' || fault.state === 'closed';
    const [row] = await app.dataSource.query(
      `INSERT INTO fault (version, location, category, description, channel, reported_at, state, darkens, priority, suggested_priority, impact, assigned_organisation_id, resolution)
       VALUES (1, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 'other', $2, 'control_centre', $3, $4, false, $5, $5, '{"score":0,"blackSpots":[]}', $6, $7) RETURNING id`,
      [JSON.stringify(point(fault.east, 0)), `fault ${index}`, new Date(fault.reportedAtMs), fault.state, fault.priority, organisationId, resolved ? 'repaired' : null],
    );
    for (const [k, change] of fault.history.entries()) {
      await app.dataSource.query(
        `INSERT INTO fault_event (fault_id, at, kind, from_state, to_state) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, new Date(change.atMs), k === 0 ? 'logged' : 'state_changed', k === 0 ? null : fault.history[k - 1].state, change.state],
      );
    }
    made.push({ ...fault, id: row.id, organisationId });
  }
});
afterAll(async () => {
  await app?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const LIST = `query($filter: FaultFilter, $first: Int, $after: String) {
  faults(filter: $filter, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id sla { overdue } } } }`;

async function allPages(filter: Record<string, unknown>, first: number): Promise<{ ids: string[]; totalCount: number; overdue: boolean[] }> {
  const seen: string[] = [];
  const overdue: boolean[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let guard = 0; guard < 50; guard++) {
    const answer: { faults: any } = await app.as('viewer').ok<{ faults: any }>(LIST, { filter, first, after });
    const faults = answer.faults;
    totalCount = faults.totalCount;
    seen.push(...faults.nodes.map((node: { id: string }) => node.id));
    overdue.push(...faults.nodes.map((node: { sla: { overdue: boolean } }) => node.sla.overdue));
    if (!faults.pageInfo.hasNextPage) break;
    after = faults.pageInfo.endCursor;
  }
  return { ids: seen, totalCount, overdue };
}

/** The reference: overdue from the core's SLA clock over each history. */
const isOverdue = (fault: Made) => {
  const clock = slaClock(fault.history, DEFAULT_SLA[fault.priority], Date.now());
  return clock.responseOverdue || clock.repairOverdue;
};
const newestFirst = (a: Made, b: Made) => b.reportedAtMs - a.reportedAtMs || (a.id < b.id ? -1 : 1);

describe('the faults list, filtered and paged in SQL', () => {
  it('pages of 7 add up to the whole filtered list, in order, with its count; overdue agrees with the SLA clock', async () => {
    const scenarios: { filter: Record<string, unknown>; keep: (fault: Made) => boolean }[] = [
      { filter: {}, keep: () => true },
      { filter: { overdue: true }, keep: isOverdue },
      { filter: { overdue: false }, keep: (fault) => !isOverdue(fault) },
      { filter: { states: ['open', 'in_progress'], priorities: [1, 2] }, keep: (fault) => ['open', 'in_progress'].includes(fault.state) && fault.priority <= 2 },
      { filter: { zoneId: ids.east, overdue: true }, keep: (fault) => fault.east >= 500 && isOverdue(fault) },
      {
        filter: { assignedOrganisationId: app.organisations.contractor, states: ['open', 'acknowledged', 'in_progress'] },
        keep: (fault) => fault.organisationId === app.organisations.contractor && ['open', 'acknowledged', 'in_progress'].includes(fault.state),
      },
    ];
    const overdueCount = made.filter(isOverdue).length;
    // The scene has both kinds, so the overdue filter is really tested.
    expect(overdueCount).toBeGreaterThan(5);
    expect(overdueCount).toBeLessThan(25);
    for (const { filter, keep } of scenarios) {
      const expected = made.filter(keep).sort(newestFirst).map((fault) => fault.id);
      const paged = await allPages(filter, 7);
      expect({ filter, ids: paged.ids, totalCount: paged.totalCount }).toEqual({ filter, ids: expected, totalCount: expected.length });
      if (filter.overdue !== undefined) expect(paged.overdue.every((value) => value === filter.overdue)).toBe(true);
    }
  });

  it('loads only the page: histories are read for its rows, never for the whole table', async () => {
    const service = app.app.get(FaultsService);
    const spy = jest.spyOn(service, 'withHistory');
    try {
      const { faults } = await app.ok<{ faults: any }>(LIST, { filter: { overdue: true }, first: 3 });
      expect(faults.nodes).toHaveLength(3);
      expect(faults.totalCount).toBe(made.filter(isOverdue).length);
      expect(spy.mock.calls.map(([rows]) => rows.length)).toEqual([3]);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a page size out of range and a cursor it did not give, with codes', async () => {
    const big = await app.graphql(LIST, { first: 501 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await app.graphql(LIST, { first: 5, after: Buffer.from('offset:-1').toString('base64url') });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const FIGURES = `query($from: DateTime!, $to: DateTime!) { faultFigures(from: $from, to: $to) { openByPriority overdueCount loggedCount resolvedCount meanTimeToRepairHours } }`;

describe('fault figures kept per maintenance data revision', () => {
  it('answers again from memory until a write (API or SQL) or the next minute, and equals a fresh computation', async () => {
    const service = app.app.get(FaultFiguresService);
    const compute = jest.spyOn(service, 'compute');
    try {
      const period = { from: new Date(NOW - 30 * 24 * H).toISOString(), to: new Date(NOW + H).toISOString() };
      const first = (await app.ok<{ faultFigures: any }>(FIGURES, period)).faultFigures;
      expect(compute).toHaveBeenCalledTimes(1);
      expect((await app.ok<{ faultFigures: any }>(FIGURES, period)).faultFigures).toEqual(first);
      expect(compute).toHaveBeenCalledTimes(1);
      // The figures as computed from scratch (no cache) agree.
      const fresh = await service.compute(new Date(period.from), new Date(period.to));
      expect({ ...first }).toEqual({
        openByPriority: fresh.openByPriority, overdueCount: fresh.overdueCount, loggedCount: fresh.loggedCount,
        resolvedCount: fresh.resolvedCount, meanTimeToRepairHours: fresh.meanTimeToRepairHours,
      });
      compute.mockClear();

      // A write by plain SQL (another process, a person) moves the revision: the next read computes again.
      await app.dataSource.query(`UPDATE fault SET priority = 1 WHERE id = $1`, [made.find((fault) => fault.state === 'open' && fault.priority === 4)!.id]);
      const after = (await app.ok<{ faultFigures: any }>(FIGURES, period)).faultFigures;
      expect(compute).toHaveBeenCalledTimes(1);
      expect(after.openByPriority[0]).toBe(first.openByPriority[0] + 1);
      expect(after.openByPriority[3]).toBe(first.openByPriority[3] - 1);

      // The clock alone: a minute later the figures are computed again (overdue moves with time).
      compute.mockClear();
      await service.figures(new Date(period.from), new Date(period.to), Date.now() + 61_000);
      expect(compute).toHaveBeenCalledTimes(1);
    } finally {
      compute.mockRestore();
    }
  });
});

const CONTROL = `{ controlCentre { installedCameraCount darkCameras { code faults { id priority state } darkSince }
  blackSpotsLosing { code name requiredLevel coveredBeforePercent coveredNowPercent lostSquareMeters } activeByPriority } }`;

describe('the control centre', () => {
  it('shows the camera a fault darkens and what Bab Ftouh loses (100 % -> 50 % at recognition), then nothing once resolved', async () => {
    const calm = (await app.as('viewer').ok<{ controlCentre: any }>(CONTROL)).controlCentre;
    expect(calm).toMatchObject({ installedCameraCount: 2, darkCameras: [], blackSpotsLosing: [] });
    const { fault } = await app.as('maintenance').ok<{ fault: { id: string; version: number } }>(
      `mutation($input: LogFaultInput!) { fault: logFault(input: $input) { id version } }`,
      { input: { assetType: 'camera', assetId: ids.camL, category: 'no_image', description: 'Black screen', channel: 'control_centre' } },
    );
    const dark = (await app.as('viewer').ok<{ controlCentre: any }>(CONTROL)).controlCentre;
    expect(dark.darkCameras).toEqual([{ code: 'CAM-L', faults: [{ id: fault.id, priority: expect.any(Number), state: 'open' }], darkSince: expect.any(String) }]);
    expect(dark.blackSpotsLosing).toEqual([
      { code: 'BS-L', name: 'Bab Ftouh', requiredLevel: 'recognition', coveredBeforePercent: 100, coveredNowPercent: 50, lostSquareMeters: expect.closeTo(800, -1) },
    ]);
    expect(dark.activeByPriority.reduce((a: number, b: number) => a + b, 0)).toBe(calm.activeByPriority.reduce((a: number, b: number) => a + b, 0) + 1);
    await app.as('maintenance').ok(`mutation($input: ChangeFaultStateInput!) { changeFaultState(input: $input) { id } }`, {
      input: { id: fault.id, version: fault.version, state: 'resolved', resolution: 'repaired' },
    });
    expect((await app.as('viewer').ok<{ controlCentre: any }>(CONTROL)).controlCentre).toMatchObject({ darkCameras: [], blackSpotsLosing: [] });
    ids.loggedFault = fault.id;
  });

  it('lists the teams and people faults can be assigned to, for those who assign only', async () => {
    const { faultAssignees } = await app.as('maintenance').ok<{ faultAssignees: { organisationId: string; users: { id: string }[] }[] }>(
      '{ faultAssignees { organisationId name users { id name role } } }',
    );
    const team = faultAssignees.find((entry) => entry.organisationId === app.organisations.maintenance);
    expect(team?.users.map((user) => user.id)).toContain(app.users.maintenance.id);
    expect(faultAssignees.flatMap((entry) => entry.users).map((user) => user.id)).not.toContain(app.users.viewer.id);
    const refused = await app.as('viewer').graphql('{ faultAssignees { organisationId } }');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('photos on a fault', () => {
  async function upload(body: Buffer, query: Record<string, string>, role: Role) {
    const response = await request(app.app.getHttpServer())
      .post('/api/evidence')
      .query(query)
      .set('content-type', 'image/jpeg')
      .set('authorization', `Bearer ${(await tokens.signAccessToken(app.users[role])).token}`)
      .send(body);
    return { status: response.status, body: response.body };
  }
  const photoCount = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM evidence_photo'))[0].n as number;

  it('attaches to the fault and to an entry of its history; shown on the ticket; refusals write nothing', async () => {
    const faultId = made[0].id;
    const [event] = await app.dataSource.query('SELECT id::text AS id FROM fault_event WHERE fault_id = $1 ORDER BY id LIMIT 1', [faultId]);
    const [otherEvent] = await app.dataSource.query('SELECT id::text AS id FROM fault_event WHERE fault_id = $1 ORDER BY id LIMIT 1', [made[1].id]);
    const bytes = await testPhoto({ width: 640, height: 480 });

    const plain = await upload(bytes, { assetType: 'fault', assetId: faultId }, 'maintenance');
    expect(plain.status).toBe(201);
    expect(plain.body.photo).toMatchObject({ assetType: 'fault', assetId: faultId, faultEventId: null, stepId: null });
    const stepPhoto = await upload(await testPhoto({ width: 320, height: 240 }), { assetType: 'fault', assetId: faultId, stepId: event.id }, 'maintenance');
    expect(stepPhoto.status).toBe(201);
    expect(stepPhoto.body.photo).toMatchObject({ faultEventId: event.id });

    const before = await photoCount();
    const refusals: [Record<string, string>, Role, number, string][] = [
      [{ assetType: 'fault', assetId: faultId }, 'viewer', 403, 'FORBIDDEN'],
      // Not assigned to the contractor's organisation, nor logged by it.
      [{ assetType: 'fault', assetId: faultId }, 'contractor', 403, 'FORBIDDEN'],
      [{ assetType: 'fault', assetId: faultId, stepId: otherEvent.id }, 'maintenance', 400, 'BAD_USER_INPUT'],
      [{ assetType: 'fault', assetId: faultId, stepId: 'not-a-step' }, 'maintenance', 400, 'BAD_USER_INPUT'],
      [{ assetType: 'fault', assetId: '00000000-0000-4000-8000-000000000000' }, 'maintenance', 404, 'NOT_FOUND'],
    ];
    for (const [query, role, status, code] of refusals) {
      const answer = await upload(await testPhoto({ width: 200, height: 150 }), query, role);
      expect({ query, role, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ query, role, status, code });
    }
    expect(await photoCount()).toBe(before);

    // A contractor's field team documents the fault it logged itself.
    const { fault } = await app.as('contractor').ok<{ fault: { id: string } }>(
      `mutation($input: LogFaultInput!) { fault: logFault(input: $input) { id } }`,
      { input: { location: point(100, 0), category: 'vandalism', description: 'Box forced open', channel: 'field_team' } },
    );
    expect((await upload(bytes, { assetType: 'fault', assetId: fault.id }, 'contractor')).status).toBe(201);

    const { evidencePhotos } = await app.as('maintenance').ok<{ evidencePhotos: { id: string; faultEventId: string | null; thumbnailUrl: string }[] }>(
      'query($id: ID!) { evidencePhotos(assetType: fault, assetId: $id) { id faultEventId thumbnailUrl } }',
      { id: faultId },
    );
    expect(evidencePhotos.map((photo) => photo.faultEventId).sort()).toEqual([event.id, null].sort());
    const thumbnail = await request(app.app.getHttpServer())
      .get(evidencePhotos[0].thumbnailUrl)
      .set('authorization', `Bearer ${(await tokens.signAccessToken(app.users.maintenance)).token}`);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers['content-type']).toBe('image/webp');
  });
});
