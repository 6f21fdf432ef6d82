import { i18n } from '../i18n/i18n';

/** The label of a vocabulary value (status, kind, category, DORI level, role) in the current language. */
export function labelOf(value: string | null | undefined): string {
  if (!value) return '—';
  const key = `vocab.${value}`;
  return i18n.exists(key) ? (i18n.t(key) as string) : value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ');
}
