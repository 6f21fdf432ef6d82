import * as argon2 from 'argon2';
import { badInput } from '../common/errors/vigie-errors';

/** argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes): about 20-40 ms per hash here. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function checkPasswordRules(password: string): void {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(`A password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`, { fields: ['password'] });
  }
}

export function hashPassword(password: string): Promise<string> {
  checkPasswordRules(password);
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password or an unreadable hash; never throws. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the account does not exist, so that the answer takes as long. */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= argon2.hash('not-a-real-password-for-timing', OPTIONS);
  return dummy;
}
