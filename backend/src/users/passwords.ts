import * as argon2 from 'argon2';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { badInput } from '../common/errors/vigie-errors';

/** argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes): about 20-40 ms per hash here. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score from 0 (a top-100 password) to 4; 3 = "safely unguessable" for an online attacker. */
export const PASSWORD_MIN_SCORE = 3;
/**
 * zxcvbn's work grows steeply with length and with l33t substitutions (a random 256-character
 * password took 8.8 s with the defaults): only the first 64 characters are scored and at most 3
 * substitutions tried (a random 64-character password: 65-140 ms on a loaded 2-core machine; "P@ssw0rd2026"
 * is still found). A password whose first 64 characters are strong is strong.
 */
const STRENGTH_MAX_LENGTH = 64;
const STRENGTH_MAX_L33T_SUBSTITUTIONS = 3;

/** Who the password belongs to: its email, name and their parts are dictionary words for zxcvbn. */
export interface PasswordOwner {
  email?: string | null;
  name?: string | null;
}

/** Length, then strength (zxcvbn, common + English + French dictionaries): BAD_USER_INPUT saying why. */
export async function checkPasswordRules(password: string, owner: PasswordOwner = {}): Promise<void> {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(`A password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`, { fields: ['password'], reason: 'PASSWORD_LENGTH' });
  }
  const result = (await strengthChecker()).check(password, ownerWords(owner));
  if (result.score >= PASSWORD_MIN_SCORE) return;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string => Boolean(text));
  throw badInput(
    `This password is too easy to guess (strength ${result.score} of 4, at least ${PASSWORD_MIN_SCORE} needed).${why.length ? ` ${why.join(' ')}` : ''}`,
    { fields: ['password'], reason: 'WEAK_PASSWORD', score: result.score, minScore: PASSWORD_MIN_SCORE, warning: result.feedback.warning ?? null, suggestions: result.feedback.suggestions },
  );
}

export async function hashPassword(password: string, owner: PasswordOwner = {}): Promise<string> {
  await checkPasswordRules(password, owner);
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

/** "amina.admin@vigie.demo", "Amina Admin" -> the whole strings and amina, admin, vigie, demo. */
function ownerWords(owner: PasswordOwner): string[] {
  const whole = [owner.email, owner.name].filter((value): value is string => typeof value === 'string' && value.length > 0);
  const parts = whole.flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((part) => part.length >= 3);
  return [...new Set([...whole, ...parts])];
}

let checker: Promise<ZxcvbnFactory> | undefined;
/**
 * Built on first use (about 1 s, dictionaries of some MB): processes that never set a password do
 * not pay for it. Never `useLevenshteinDistance` (0.25-1.6 s per check).
 */
function strengthChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      maxLength: STRENGTH_MAX_LENGTH,
      l33tMaxSubstitutions: STRENGTH_MAX_L33T_SUBSTITUTIONS,
    });
  })();
  checker.catch(() => {
    checker = undefined;
  });
  return checker;
}
