import type { EntityManager } from 'typeorm';
import { badInput, notFound, staleVersion, VigieError } from '../common/errors/vigie-errors';
import { recordAudit } from '../common/audit/audit-writer';
import { Organisation } from '../organisations/organisation.entity';
import { hashPassword } from './passwords';
import type { Role } from '../core/domain';
import { User } from './user.entity';
import { isUuid } from '../common/uuid';

/**
 * Account writes as plain functions on an EntityManager (inside the caller's transaction), shared by
 * the GraphQL API, the first-admin start-up step, the create-admin command line and the demo seed.
 * Every write is audited (without the password hash; a password change shows as `password`).
 */
export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  organisationId?: string | null;
  password: string;
}

export interface AccountChanges {
  id: string;
  version: number;
  name?: string;
  role?: Role;
  organisationId?: string | null;
  disabled?: boolean;
  password?: string;
}


export async function createAccount(manager: EntityManager, input: NewAccount): Promise<User> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput('email must be an email address', { fields: ['email'] });
  if (await manager.findOne(User, { where: { email } })) {
    throw new VigieError('CONFLICT', `A user with the email "${email}" already exists.`, { fields: ['email'] });
  }
  await requireOrganisation(manager, input.organisationId);
  const passwordHash = await hashPassword(input.password, { email, name: input.name });
  const saved = await manager.save(
    manager.create(User, { email, name: input.name, role: input.role, organisationId: input.organisationId ?? null, disabled: false, passwordHash }),
  );
  const after = await requireUser(manager, saved.id);
  await recordAudit(manager, { action: 'create', entityType: 'User', entityId: after.id, before: null, after, extraChangedFields: ['password'] });
  return after;
}

export async function updateAccount(manager: EntityManager, changes: AccountChanges): Promise<User> {
  const current = isUuid(changes.id)
    ? await manager.findOne(User, { where: { id: changes.id }, lock: { mode: 'pessimistic_write' }, loadEagerRelations: false })
    : null;
  if (!current) throw notFound('User', changes.id);
  if (current.version !== changes.version) throw staleVersion('User', changes.id, current.version, changes.version);
  const before = await requireUser(manager, current.id);
  const values: Partial<User> = {};
  if (changes.name !== undefined) values.name = changes.name;
  if (changes.role !== undefined) values.role = changes.role;
  if (changes.disabled !== undefined) values.disabled = changes.disabled;
  if (changes.organisationId !== undefined) {
    await requireOrganisation(manager, changes.organisationId);
    values.organisationId = changes.organisationId;
  }
  if (changes.password !== undefined) values.passwordHash = await hashPassword(changes.password, { email: current.email, name: values.name ?? current.name });
  const losesAdmin = current.role === 'admin' && !current.disabled && ((values.role ?? 'admin') !== 'admin' || values.disabled === true);
  if (losesAdmin) {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM app_user WHERE role = 'admin' AND NOT disabled AND id <> $1`,
      [current.id],
    );
    if (count === 0) throw new VigieError('CONFLICT', 'This is the last active administrator: make another one first.', { id: current.id });
  }
  await manager.update(User, { id: current.id }, { ...values, version: current.version + 1 });
  if (values.disabled === true || values.passwordHash) {
    // Ends every session; access tokens already stop at the next request (the guard reads the row).
    await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [current.id]);
  }
  const after = await requireUser(manager, current.id);
  await recordAudit(manager, {
    action: 'update',
    entityType: 'User',
    entityId: current.id,
    before,
    after,
    extraChangedFields: values.passwordHash ? ['password'] : [],
  });
  return after;
}

async function requireUser(manager: EntityManager, id: string): Promise<User> {
  const user = await manager.findOne(User, { where: { id } });
  if (!user) throw notFound('User', id);
  return user;
}

async function requireOrganisation(manager: EntityManager, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const found = isUuid(id) ? await manager.findOne(Organisation, { where: { id } }) : null;
  if (!found) throw notFound('Organisation', id);
}

/** Email addresses compare trimmed and in lower case (sign-in and accounts alike). */
export function normaliseEmail(email: string): string {
  return String(email ?? '').trim().toLowerCase();
}
