import { i18n, recordMissingTranslation } from '../i18n/i18n';

/** The label of a vocabulary value (status, kind, category, DORI level, role) in the current language. */
export function labelOf(value: string | null | undefined): string {
  if (!value) return '—';
  const key = `vocab.${value}`;
  if (i18n.exists(key)) return i18n.t(key) as string;
  recordMissingTranslation(key);
  return value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ');
}
