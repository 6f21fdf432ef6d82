import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { AdminOrganisationsQuery, AdminUsersQuery, OrganisationKind, Role } from '../gql/graphql';

/** Organisations and accounts as the admin screens use them (admins only; types generated from schema.gql). */
export type AdminOrganisation = AdminOrganisationsQuery['organisations']['nodes'][number];
export type AdminUser = AdminUsersQuery['users']['nodes'][number];
export type { OrganisationKind, Role };

const ORGANISATIONS = graphql(`
  query AdminOrganisations { organisations(first: 500) { nodes { id version name kind } } }
`);
const USERS = graphql(`
  query AdminUsers($organisationId: ID) { users(filter: { organisationId: $organisationId }, first: 1000) { nodes { id version email name role disabled organisation { id } } } }
`);
const CREATE_ORGANISATION = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name kind } }
`);
const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) { createUser(input: $input) { id version email name role disabled organisation { id } } }
`);
const UPDATE_USER = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { id version email name role disabled organisation { id } } }
`);

export async function fetchOrganisations(signal?: AbortSignal): Promise<AdminOrganisation[]> {
  return (await graphqlRequest(ORGANISATIONS, {}, { signal })).organisations.nodes;
}

export async function fetchUsers(organisationId: string, signal?: AbortSignal): Promise<AdminUser[]> {
  return (await graphqlRequest(USERS, { organisationId }, { signal })).users.nodes;
}

export async function createOrganisation(input: { name: string; kind: OrganisationKind }) {
  return (await graphqlRequest(CREATE_ORGANISATION, { input })).createOrganisation;
}

export async function createUser(input: { email: string; name: string; role: Role; organisationId: string; password: string }) {
  return (await graphqlRequest(CREATE_USER, { input })).createUser;
}

export async function updateUser(input: { id: string; version: number; role?: Role; disabled?: boolean }) {
  return (await graphqlRequest(UPDATE_USER, { input })).updateUser;
}

/**
 * A first password to give the new user (18 characters from a 56-letter alphabet without look-alikes,
 * about 104 bits: passes the server's strength rule); the user changes it later.
 */
export function generatePassword(random: (count: number) => ArrayLike<number> = (count) => crypto.getRandomValues(new Uint32Array(count))): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const values = random(18);
  let password = '';
  for (let index = 0; index < values.length; index++) {
    password += alphabet[values[index] % alphabet.length];
    if (index % 6 === 5 && index < values.length - 1) password += '-';
  }
  return password;
}
