import { currentLanguage, t, type Language } from './i18n';

/**
 * Numbers, units, percentages and dates per language, through Intl.
 * - French: decimal comma and narrow no-break space for thousands: "12,5 m", "1 234 m".
 * - English: "12.5 m", "1,234 m".
 * - Arabic: Western (Latin) digits with the Moroccan conventions (ar-MA: decimal comma), "12,5 م".
 *   Morocco writes numbers in Latin digits on signs, plans and official documents, so Arabic-Indic
 *   digits are not used; the locale is pinned with `-u-nu-latn` so every browser renders the same.
 */
export const NUMBER_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-MA-u-nu-latn' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(NUMBER_LOCALES[language], options)));
  return format;
}

const NBSP = '\u00a0';

export function formatNumber(value: number, maximumFractionDigits = 1, language: Language = currentLanguage()): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

/** Metres, switching to kilometres from 1 km: "12,5 m", "1,25 km". */
export function formatDistance(meters: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return undefined;
  if (Math.abs(meters) >= 1000) return `${formatNumber(meters / 1000, 2, language)}${NBSP}${unit('km', language)}`;
  return `${formatNumber(meters, meters < 100 ? 1 : 0, language)}${NBSP}${unit('m', language)}`;
}

/** Square metres, switching to hectares from 1 ha. */
export function formatArea(squareMeters: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (squareMeters === null || squareMeters === undefined || !Number.isFinite(squareMeters)) return undefined;
  if (squareMeters >= 10_000) return `${formatNumber(squareMeters / 10_000, 2, language)}${NBSP}${unit('ha', language)}`;
  return `${formatNumber(squareMeters, 0, language)}${NBSP}${unit('m2', language)}`;
}

/** A fraction 0..1 as a percentage: 0.825 -> "82,5 %" (fr), "82.5%" (en). */
export function formatPercent(fraction: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return undefined;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

/**
 * An amount of money in Moroccan dirhams, two decimals, as each language writes it:
 * "MAD 12,869,768.40" (en), "12 869 768,40 MAD" (fr), "12.869.768,40 د.م." (ar, Latin digits).
 */
export function formatMad(amountMad: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (amountMad === null || amountMad === undefined || !Number.isFinite(amountMad)) return undefined;
  return numberFormat(language, { style: 'currency', currency: 'MAD', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amountMad);
}

/** An amount with exactly two decimals and no currency, for table cells whose header names the currency. */
export function formatAmount(value: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return numberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatDegrees(degrees: number | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (degrees === null || degrees === undefined || !Number.isFinite(degrees)) return undefined;
  return `${formatNumber(degrees, 0, language)}°`;
}

export function formatWithUnit(value: number | null | undefined, unitKey: 'mm' | 'V' | 'W' | 'm', digits = 1, language: Language = currentLanguage()): string | undefined {
  if (value === null || value === undefined || !Number.isFinite(value)) return undefined;
  return `${formatNumber(value, digits, language)}${NBSP}${unit(unitKey, language)}`;
}

export function formatDate(value: string | Date | null | undefined, language: Language = currentLanguage()): string | undefined {
  if (!value) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(NUMBER_LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const UNIT_KEYS = { m: 'units.meters', km: 'units.kilometers', ha: 'units.hectares', m2: 'units.squareMeters', mm: 'units.millimeters', V: 'units.volts', W: 'units.watts' } as const;
const KILOMETERS: Record<Language, string> = { en: 'km', fr: 'km', ar: 'كم' };

function unit(key: keyof typeof UNIT_KEYS, language: Language): string {
  if (key === 'km') return KILOMETERS[language];
  return t(UNIT_KEYS[key], { lng: language });
}
