import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType,
} from 'graphql';
import { ASSET_UPDATE_RULES, PERMISSIONS, ROLES, permissionFor, type Role } from '../../backend/src/auth/permissions';
import type { TestApp, TestClient } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import {
  databaseFingerprint, line, newBlackSpot, newBuilding, newCamera, newCameraModel, newFiberRun, newNetworkNode, newPole,
  newPowerFeed, newPowerSource, newZone, point, rectangle, uniqueCode,
} from '../support/factories';

/**
 * The permission matrix, walked: every root field of the built schema has an entry; every mutation
 * and query with every role (and with nobody) is allowed or refused as declared, and a refusal
 * writes nothing. Then the planning CRUD for real, and the contractor / maintenance field rules.
 */
let app: TestApp;
let schemaQuery: GraphQLObjectType;
let schemaMutation: GraphQLObjectType;
let schemaSubscription: GraphQLObjectType;
beforeAll(async () => {
  app = await startTestApp();
  const { schema } = app.app.get(GraphQLSchemaHost);
  schemaQuery = schema.getQueryType()!;
  schemaMutation = schema.getMutationType()!;
  schemaSubscription = schema.getSubscriptionType()!;
});
afterAll(async () => {
  await app?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;
const allowed = (parent: string, field: string, role: Role) => {
  const permission = permissionFor(parent, field);
  return permission === 'public' || !!permission?.includes(role);
};

describe('the matrix covers the schema', () => {
  it('has an entry for every Query, Mutation and Subscription field', () => {
    const missing = [
      ...Object.keys(schemaQuery.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schemaMutation.getFields()).map((name) => `Mutation.${name}`),
      ...Object.keys(schemaSubscription.getFields()).map((name) => `Subscription.${name}`),
    ].filter((key) => !(key in PERMISSIONS));
    expect(missing).toEqual([]);
  });

  it('has no entry for a field the schema does not have', () => {
    const fields = new Set([
      ...Object.keys(schemaQuery.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schemaMutation.getFields()).map((name) => `Mutation.${name}`),
      ...Object.keys(schemaSubscription.getFields()).map((name) => `Subscription.${name}`),
    ]);
    expect(Object.keys(PERMISSIONS).filter((key) => !fields.has(key))).toEqual([]);
  });

  it('names only real roles', () => {
    for (const permission of Object.values(PERMISSIONS)) {
      if (permission !== 'public') for (const role of permission) expect(ROLES).toContain(role);
    }
  });
});

/** A syntactically valid value for an argument type: enough to get past GraphQL to the guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sample(field.type);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID': return '00000000-0000-4000-8000-000000000000';
    case 'String': return 'x';
    case 'Int': return 1;
    case 'Float': return 1;
    case 'Boolean': return false;
    case 'DateTime': return new Date().toISOString();
    case 'GeoJSONPoint': return point(9000, 9000);
    case 'GeoJSONLineString': return line([9000, 9000], [9010, 9000]);
    case 'GeoJSONPolygon': return rectangle(9000, 9000, 9010, 9010);
    case 'GeoJSONPolygonal': return rectangle(9000, 9000, 9010, 9010);
    default: throw new Error(`No sample value for the scalar ${getNamedType(type).name}: add one to the matrix test.`);
  }
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    text: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${call}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

const callers = (): [string, TestClient, Role | null][] => [
  ...ROLES.map((role): [string, TestClient, Role] => [role, app.as(role), role]),
  ['anonymous', app.anonymous(), null],
];

describe('every mutation with every role', () => {
  it('is allowed or refused as declared; a refusal writes nothing', async () => {
    const report: string[] = [];
    for (const field of Object.values(schemaMutation.getFields())) {
      const operation = operationFor('mutation', field);
      for (const [label, client, role] of callers()) {
        const permission = permissionFor('Mutation', field.name);
        const before = await databaseFingerprint(app);
        const result = await client.graphql(operation.text, operation.variables);
        if (permission === 'public') {
          if (code(result) === 'FORBIDDEN') report.push(`${field.name} as ${label}: public but FORBIDDEN`);
        } else if (role && allowed('Mutation', field.name, role)) {
          if (code(result) === 'FORBIDDEN' || code(result) === 'UNAUTHENTICATED') report.push(`${field.name} as ${label}: allowed but ${code(result)}`);
        } else {
          const expected = role ? 'FORBIDDEN' : 'UNAUTHENTICATED';
          if (code(result) !== expected) report.push(`${field.name} as ${label}: expected ${expected}, got ${code(result) ?? 'success'}`);
          if ((await databaseFingerprint(app)) !== before) report.push(`${field.name} as ${label}: refused but the database changed`);
        }
      }
    }
    expect(report).toEqual([]);
  });
});

describe('every query with every role', () => {
  it('is allowed or refused as declared', async () => {
    const report: string[] = [];
    for (const field of Object.values(schemaQuery.getFields())) {
      const operation = operationFor('query', field);
      for (const [label, client, role] of callers()) {
        const result = await client.graphql(operation.text, operation.variables);
        const permission = permissionFor('Query', field.name);
        const expectAllowed = permission === 'public' || (role !== null && allowed('Query', field.name, role));
        if (expectAllowed && ['FORBIDDEN', 'UNAUTHENTICATED'].includes(code(result) ?? '')) {
          report.push(`${field.name} as ${label}: allowed but ${code(result)}`);
        }
        if (!expectAllowed && code(result) !== (role ? 'FORBIDDEN' : 'UNAUTHENTICATED')) {
          report.push(`${field.name} as ${label}: expected a refusal, got ${code(result) ?? 'success'}`);
        }
      }
    }
    expect(report).toEqual([]);
  });
});

interface CrudCase {
  typeName: string;
  physical: boolean;
  make: () => Promise<{ id: string; version: number }>;
  createInput: () => Promise<Record<string, unknown>>;
  change: Record<string, unknown>;
}

const cases = (): CrudCase[] => [
  { typeName: 'Zone', physical: false, make: () => newZone(app), createInput: async () => ({ code: uniqueCode('Z'), name: 'Z', boundary: rectangle(0, 0, 10, 10) }), change: { name: 'Renamed' } },
  { typeName: 'Pole', physical: true, make: () => newPole(app), createInput: async () => ({ code: uniqueCode('P'), kind: 'street_light', heightMeters: 8, location: point(1, 1) }), change: { heightMeters: 10 } },
  { typeName: 'CameraModel', physical: false, make: () => newCameraModel(app), createInput: async () => ({ code: uniqueCode('M'), manufacturer: 'T', name: 'T', kind: 'fixed_dome', horizontalPixels: 1920, verticalPixels: 1080, sensorWidthMm: 5, focalLengthMinMm: 4, irRangeMeters: 30, powerDrawWatts: 6, typicalBitrateMbps: 4, unitPriceMad: 1000 }), change: { name: 'Renamed' } },
  { typeName: 'Camera', physical: true, make: () => newCamera(app), createInput: async () => ({ code: uniqueCode('C'), modelId: (await newCameraModel(app)).id, location: point(2, 2), mountHeightMeters: 5, headingDegrees: 10 }), change: { headingDegrees: 45 } },
  { typeName: 'NetworkNode', physical: true, make: () => newNetworkNode(app), createInput: async () => ({ code: uniqueCode('N'), name: 'N', kind: 'cabinet', location: point(3, 3), portCount: 8 }), change: { portCount: 16 } },
  { typeName: 'FiberRun', physical: true, make: () => newFiberRun(app), createInput: async () => ({ code: uniqueCode('F'), path: line([0, 0], [10, 0]), strandCount: 12, cableType: 'sm_g652d', installMethod: 'aerial' }), change: { strandCount: 24 } },
  { typeName: 'PowerSource', physical: true, make: () => newPowerSource(app), createInput: async () => ({ code: uniqueCode('S'), name: 'S', kind: 'utility_supply', location: point(4, 4), capacityWatts: 1000, voltage: 230 }), change: { capacityWatts: 2000 } },
  { typeName: 'PowerFeed', physical: true, make: () => newPowerFeed(app), createInput: async () => ({ code: uniqueCode('PF'), path: line([0, 0], [0, 10]), capacityWatts: 500, voltage: 230 }), change: { switched: true } },
  { typeName: 'BlackSpot', physical: false, make: () => newBlackSpot(app), createInput: async () => ({ code: uniqueCode('B'), name: 'B', boundary: rectangle(0, 0, 20, 20), category: 'crime', priority: 3, requiredLevel: 'detection' }), change: { priority: 5 } },
  { typeName: 'Building', physical: false, make: () => newBuilding(app), createInput: async () => ({ footprint: rectangle(50, 50, 60, 60), heightMeters: 9 }), change: { heightMeters: 12 } },
];

describe('planning CRUD for real, every type with every role', () => {
  it('creates, updates and deletes as declared; refusals write nothing', async () => {
    const report: string[] = [];
    for (const crud of cases()) {
      for (const role of ROLES) {
        const client = app.as(role);
        const expect = async (operation: string, result: Awaited<ReturnType<TestClient['graphql']>>, before: string, shouldPass: boolean) => {
          if (shouldPass && result.errors) report.push(`${operation} ${crud.typeName} as ${role}: ${code(result)} ${result.errors[0].message}`);
          if (!shouldPass) {
            if (code(result) !== 'FORBIDDEN') report.push(`${operation} ${crud.typeName} as ${role}: expected FORBIDDEN, got ${code(result) ?? 'success'}`);
            if ((await databaseFingerprint(app)) !== before) report.push(`${operation} ${crud.typeName} as ${role}: refused but written`);
          }
        };
        const planner = role === 'admin' || role === 'engineer';

        const input = await crud.createInput();
        let before = await databaseFingerprint(app);
        const created = await client.graphql(`mutation($input: Create${crud.typeName}Input!) { r: create${crud.typeName}(input: $input) { id } }`, { input });
        await expect('create', created, before, planner);

        const target = await crud.make();
        before = await databaseFingerprint(app);
        const updated = await client.graphql(`mutation($input: Update${crud.typeName}Input!) { r: update${crud.typeName}(input: $input) { id version } }`, {
          input: { id: target.id, version: target.version, ...crud.change },
        });
        // Contractors and maintenance reach the update of physical assets, and are refused there
        // (a planning field, and an asset not assigned to them).
        await expect('update', updated, before, planner);

        before = await databaseFingerprint(app);
        const deleted = await client.graphql(`mutation($id: ID!, $v: Int!) { r: delete${crud.typeName}(id: $id, version: $v) { id } }`, {
          id: target.id, v: (updated.data?.r as { version?: number } | undefined)?.version ?? target.version,
        });
        await expect('delete', deleted, before, planner);
      }
    }
    expect(report).toEqual([]);
  });
});

describe('contractors', () => {
  const UPDATE_POLE = 'mutation($input: UpdatePoleInput!) { updatePole(input: $input) { id version status heightMeters } }';

  async function assignedPole(status: string, organisationId: string | null = app.organisations.contractor) {
    return newPole(app, { status, assignedOrganisationId: organisationId });
  }

  it('advance the installation status of assets assigned to their organisation', async () => {
    const pole = await assignedPole('approved');
    const started = await app.as('contractor').ok(UPDATE_POLE, { input: { id: pole.id, version: 1, status: 'in_progress' } });
    expect(started.updatePole).toMatchObject({ status: 'in_progress', version: 2 });
    const done = await app.as('contractor').ok(UPDATE_POLE, { input: { id: pole.id, version: 2, status: 'installed' } });
    expect(done.updatePole.status).toBe('installed');
    const [entry] = await app.dataSource.query(
      `SELECT actor_user_id, actor_role, changed_fields FROM audit_entry WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [pole.id],
    );
    expect(entry).toMatchObject({ actor_user_id: app.users.contractor.id, actor_role: 'contractor', changed_fields: ['status'] });
  });

  it.each([
    ['another organisation\'s asset', async () => assignedPole('approved', app.organisations.maintenance), { status: 'in_progress' }],
    ['an unassigned asset', async () => assignedPole('approved', null), { status: 'in_progress' }],
    ['a non-installation field', async () => assignedPole('approved'), { heightMeters: 12 }],
    ['status with another field', async () => assignedPole('approved'), { status: 'in_progress', owner: 'Me' }],
    ['the assignment itself', async () => assignedPole('approved'), { assignedOrganisationId: null }],
    ['commissioning (acceptance is the office\'s)', async () => assignedPole('installed'), { status: 'commissioned' }],
    ['starting work not yet approved', async () => assignedPole('planned'), { status: 'in_progress' }],
  ])('cannot change %s: FORBIDDEN, nothing written', async (_what, make, change) => {
    const pole = await make();
    const before = await databaseFingerprint(app);
    const result = await app.as('contractor').graphql(UPDATE_POLE, { input: { id: pole.id, version: pole.version, ...change } });
    expect(code(result)).toBe('FORBIDDEN');
    expect(await databaseFingerprint(app)).toBe(before);
  });

  it('cannot touch non-physical planning data or create and delete assets', async () => {
    const zone = await newZone(app);
    expect(code(await app.as('contractor').graphql('mutation($i: UpdateZoneInput!) { updateZone(input: $i) { id } }', { i: { id: zone.id, version: 1, name: 'X' } }))).toBe('FORBIDDEN');
    const pole = await assignedPole('approved');
    expect(code(await app.as('contractor').graphql('mutation($id: ID!) { deletePole(id: $id, version: 1) { id } }', { id: pole.id }))).toBe('FORBIDDEN');
  });

  it('the rules are the declared ones', () => {
    expect(ASSET_UPDATE_RULES.contractor?.fields).toEqual(['status']);
    expect(ASSET_UPDATE_RULES.contractor?.ownOrganisationOnly).toBe(true);
  });
});

describe('maintenance teams', () => {
  const UPDATE_CAMERA = 'mutation($input: UpdateCameraInput!) { updateCamera(input: $input) { id version status } }';

  it('take a commissioned asset out of service and back, on any organisation\'s asset', async () => {
    const camera = await newCamera(app, { status: 'commissioned', assignedOrganisationId: app.organisations.contractor });
    const out = await app.as('maintenance').ok(UPDATE_CAMERA, { input: { id: camera.id, version: 1, status: 'out_of_service' } });
    expect(out.updateCamera.status).toBe('out_of_service');
    const back = await app.as('maintenance').ok(UPDATE_CAMERA, { input: { id: camera.id, version: 2, status: 'commissioned' } });
    expect(back.updateCamera.status).toBe('commissioned');
  });

  it('cannot change other statuses or other fields', async () => {
    const planned = await newCamera(app, { status: 'planned' });
    const commissioned = await newCamera(app, { status: 'commissioned' });
    for (const [camera, change] of [
      [planned, { status: 'out_of_service' }],
      [commissioned, { status: 'decommissioned' }],
      [commissioned, { headingDegrees: 12 }],
    ] as const) {
      const before = await databaseFingerprint(app);
      const result = await app.as('maintenance').graphql(UPDATE_CAMERA, { input: { id: camera.id, version: camera.version, ...change } });
      expect(code(result)).toBe('FORBIDDEN');
      expect(await databaseFingerprint(app)).toBe(before);
    }
  });
});

describe('assignment', () => {
  it('engineers assign assets to an organisation that exists', async () => {
    const pole = await newPole(app, { assignedOrganisationId: app.organisations.contractor });
    const read = await app.ok('query($id: ID!) { pole(id: $id) { assignedOrganisationId } }', { id: pole.id });
    expect(read.pole.assignedOrganisationId).toBe(app.organisations.contractor);
    const missing = await app.graphql('mutation($input: UpdatePoleInput!) { updatePole(input: $input) { id } }', {
      input: { id: pole.id, version: 1, assignedOrganisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(code(missing)).toBe('NOT_FOUND');
  });

  it('an organisation with assigned assets cannot be deleted (IN_USE)', async () => {
    const [{ version }] = await app.dataSource.query('SELECT version FROM organisation WHERE id = $1', [app.organisations.contractor]);
    const result = await app.as('admin').graphql('mutation($id: ID!, $v: Int!) { deleteOrganisation(id: $id, version: $v) { id } }', {
      id: app.organisations.contractor, v: version,
    });
    expect(code(result)).toBe('IN_USE');
  });
});
