import { labelOf } from '../domain/labels';
import { t } from '../i18n/i18n';
import { GraphQLRequestError } from './graphqlClient';

export interface UserFacingError {
  /** A translated sentence for the user. */
  message: string;
  /** The API's code (STALE_VERSION…) or the failure kind (network…). */
  code: string;
  /** Offer a "Reload" button: the data on screen is out of date. */
  reload: boolean;
}

const TYPE_NAME_TO_VOCAB: Record<string, string> = {
  Camera: 'camera', Pole: 'pole', NetworkNode: 'network_node', PowerSource: 'power_source', FiberRun: 'fiber_run', PowerFeed: 'power_feed',
};

/**
 * Any failure of an edit turned into words a user understands, in the current language. The server's
 * own message (English) is kept only as the detail of validation refusals, where it names the field.
 */
export function userMessage(error: unknown, subject?: string): UserFacingError {
  if (error instanceof GraphQLRequestError) {
    if (error.kind === 'network' || error.kind === 'http') return { message: t('errors.network'), code: 'network', reload: false };
    if (error.kind === 'aborted') return { message: t('errors.aborted'), code: 'aborted', reload: false };
    const code = error.code;
    const entry = error.details.errors?.find((candidate) => candidate.extensions?.code === code);
    const detail = entry?.message ?? error.message;
    switch (code) {
      case 'STALE_VERSION': {
        const typeName = entry?.extensions?.typeName;
        const what = subject ?? (typeof typeName === 'string' ? labelOf(TYPE_NAME_TO_VOCAB[typeName] ?? typeName).toLowerCase() : '—');
        return { message: t('errors.STALE_VERSION', { what }), code, reload: true };
      }
      case 'NOT_FOUND':
        return { message: t('errors.NOT_FOUND'), code, reload: true };
      case 'INVALID_GEOMETRY':
      case 'BAD_USER_INPUT':
      case 'IN_USE':
      case 'CONFLICT':
        return { message: t(`errors.${code}`, { detail }), code, reload: false };
      case 'PAYLOAD_TOO_LARGE':
      case 'FORBIDDEN':
      case 'UNAUTHENTICATED':
        return { message: t(`errors.${code}`), code, reload: false };
      default:
        return { message: t('errors.unknown', { detail }), code: code ?? 'unknown', reload: false };
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: t('errors.unknown', { detail }), code: 'unknown', reload: false };
}
