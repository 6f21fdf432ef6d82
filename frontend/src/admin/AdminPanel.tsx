import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { ROLES } from '../domain/vocabulary';
import {
  createOrganisation, createUser, fetchOrganisations, fetchUsers, generatePassword, updateUser,
  type AdminOrganisation, type AdminUser, type OrganisationKind, type Role,
} from './adminApi';
import './adminMessages';

const KINDS: OrganisationKind[] = ['contractor', 'maintenance_team', 'programme_office'];

/**
 * Organisations and their accounts (admins): create a contractor company, create its users with a role
 * and a first password to hand over, change a role, disable and enable. Refusals (duplicate name or
 * email, weak password, the last admin) are shown as the API words them.
 */
export function AdminPanel() {
  const { t } = useTranslation();
  const [organisations, setOrganisations] = useState<AdminOrganisation[] | null>(null);
  const [selectedId, setSelectedId] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    fetchOrganisations(abort.signal).then(
      (list) => {
        if (abort.signal.aborted) return;
        setOrganisations(list);
        setSelectedId((current) => current || (list.find((organisation) => organisation.kind === 'contractor')?.id ?? ''));
      },
      (caught: unknown) => !abort.signal.aborted && setError(userMessage(caught).message),
    );
    return () => abort.abort();
  }, [reload]);

  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('contractor');
  const [busy, setBusy] = useState(false);
  const submitOrganisation = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createOrganisation({ name: name.trim(), kind });
      setName('');
      setSelectedId(created.id);
      setReload((value) => value + 1);
    } catch (caught) {
      setError(userMessage(caught).message);
    } finally {
      setBusy(false);
    }
  };
  const selected = organisations?.find((organisation) => organisation.id === selectedId);

  return (
    <section className="panel-section admin-panel" aria-labelledby="admin-heading" data-testid="admin-panel">
      <h2 id="admin-heading">{t('admin.heading')}</h2>
      <form className="admin-form" onSubmit={(event) => void submitOrganisation(event)} data-testid="organisation-form">
        <h3>{t('admin.newOrganisation')}</h3>
        <label>{t('admin.organisationName')}<input required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} /></label>
        <label>{t('admin.kind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as OrganisationKind)}>
            {KINDS.map((value) => <option key={value} value={value}>{t(`admin.kinds.${value}`)}</option>)}
          </select>
        </label>
        <button type="submit" className="primary-button" disabled={busy}>{t('admin.createOrganisation')}</button>
      </form>
      {error && <p className="form-error" role="alert" data-testid="organisation-error">{error}</p>}
      {organisations && (
        <label className="admin-select">{t('admin.organisation')}
          <select value={selectedId} onChange={(event) => setSelectedId(event.target.value)} data-testid="organisation-select">
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>{organisation.name} · {t(`admin.kinds.${organisation.kind}`)}</option>
            ))}
          </select>
        </label>
      )}
      {selected && <OrganisationUsers key={selected.id} organisation={selected} />}
    </section>
  );
}

function OrganisationUsers({ organisation }: { organisation: AdminOrganisation }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const [handOver, setHandOver] = useState<{ email: string; password: string } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetchUsers(organisation.id, abort.signal).then(
      (list) => !abort.signal.aborted && setUsers(list),
      (caught: unknown) => !abort.signal.aborted && setError(userMessage(caught).message),
    );
    return () => abort.abort();
  }, [organisation.id, reload]);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setReload((value) => value + 1);
      return true;
    } catch (caught) {
      setError(userMessage(caught).message);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const defaultRole: Role = organisation.kind === 'contractor' ? 'contractor' : organisation.kind === 'maintenance_team' ? 'maintenance' : 'engineer';
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(defaultRole);
  const [password, setPassword] = useState(() => generatePassword());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = { email: email.trim(), password };
    const done = await run(() => createUser({ email: given.email, name: name.trim(), role, organisationId: organisation.id, password: given.password }));
    if (done) {
      setHandOver(given);
      setEmail('');
      setName('');
      setPassword(generatePassword());
    }
  };

  return (
    <div className="admin-users" data-testid="organisation-users">
      <h3>{t('admin.users', { organisation: organisation.name })}</h3>
      {users && users.length === 0 && <p className="muted">{t('admin.noUsers')}</p>}
      <ul className="work-list">
        {users?.map((user) => (
          <li key={user.id} className={`work-item${user.disabled ? ' disabled-user' : ''}`} data-testid={`user-${user.email}`}>
            <div className="work-item-head"><strong>{user.name}</strong> <span className="muted">{user.email}</span></div>
            <div className="work-item-facts">
              <label className="visually-hidden" htmlFor={`role-${user.id}`}>{t('admin.role')}</label>
              <select id={`role-${user.id}`} value={user.role} disabled={busy} onChange={(event) => void run(() => updateUser({ id: user.id, version: user.version, role: event.target.value as Role }))}>
                {ROLES.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
              </select>
              <span>{user.disabled ? t('admin.disabled') : t('admin.active')}</span>
              <button type="button" className="secondary-button" disabled={busy} onClick={() => void run(() => updateUser({ id: user.id, version: user.version, disabled: !user.disabled }))}>
                {user.disabled ? t('admin.enable') : t('admin.disable')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && <p className="form-error" role="alert" data-testid="user-error">{error}</p>}
      {handOver && (
        <p className="panel-note" data-testid="hand-over" role="status">
          {t('admin.handOver', { email: handOver.email })} <code dir="ltr">{handOver.password}</code>
        </p>
      )}
      <form className="admin-form" onSubmit={(event) => void submit(event)} data-testid="user-form">
        <h4>{t('admin.newUser')}</h4>
        <label>{t('admin.userName')}<input required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} /></label>
        <label>{t('admin.email')}<input type="email" required maxLength={254} dir="ltr" value={email} onChange={(event) => setEmail(event.target.value)} /></label>
        <label>{t('admin.role')}
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((value) => <option key={value} value={value}>{labelOf(value)}</option>)}
          </select>
        </label>
        <label>{t('admin.password')}<input required minLength={10} maxLength={256} dir="ltr" value={password} onChange={(event) => setPassword(event.target.value)} /></label>
        <p className="muted">{t('admin.passwordNote')} <button type="button" className="link-button" onClick={() => setPassword(generatePassword())}>{t('admin.generate')}</button></p>
        <button type="submit" className="primary-button" disabled={busy}>{t('admin.createUser')}</button>
      </form>
    </div>
  );
}
