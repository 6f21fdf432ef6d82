import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { GraphQLRequestError } from './graphqlClient';
import { userMessage } from './errors';

const refusal = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLRequestError(message, 'graphql', { errors: [{ message, extensions: { code, ...extensions } }] });

describe('userMessage', () => {
  it('explains STALE_VERSION and offers a reload, in each language', async () => {
    const error = refusal('STALE_VERSION', 'This Camera was changed by someone else', { typeName: 'Camera' });
    expect(userMessage(error)).toEqual({
      message: 'Someone changed this camera while you were editing it; reload and retry.',
      code: 'STALE_VERSION',
      reload: true,
    });
    await i18n.changeLanguage('fr');
    expect(userMessage(error).message).toBe('Quelqu’un a modifié cet élément (caméra) pendant votre saisie ; rechargez et réessayez.');
    await i18n.changeLanguage('ar');
    expect(userMessage(error).message).toContain('كاميرا');
  });

  it('keeps the server detail for validation refusals', () => {
    const error = refusal('IN_USE', 'This Pole cannot be deleted while it is referenced by 2 cameras.');
    expect(userMessage(error).message).toBe(
      'This item cannot be deleted while other assets use it: This Pole cannot be deleted while it is referenced by 2 cameras.',
    );
    expect(userMessage(error).reload).toBe(false);
  });

  it('says the server cannot be reached for network failures', () => {
    const error = new GraphQLRequestError('Failed to fetch', 'network');
    expect(userMessage(error)).toMatchObject({ code: 'network', message: expect.stringContaining('cannot be reached') });
  });

  it('handles FORBIDDEN and unknown failures', () => {
    expect(userMessage(refusal('FORBIDDEN', 'no')).message).toBe('Your role does not allow this change.');
    expect(userMessage(new Error('boom')).message).toBe('Something went wrong: boom');
  });
});
