import { describe, expect, it } from 'vitest';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr } from './locales/fr';
import { applyDocumentLanguage, directionOf, i18n, initialLanguage, LANGUAGE_STORAGE_KEY, setLanguage } from './i18n';
import { formatArea, formatDegrees, formatDistance, formatNumber, formatPercent } from './format';
import { labelOf } from '../domain/labels';
import { DORI_LEVELS, ASSET_STATUSES, CAMERA_KINDS, POLE_KINDS, BLACK_SPOT_CATEGORIES, NETWORK_NODE_KINDS } from '../domain/vocabulary';

const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, child]) => (typeof child === 'string' ? [`${prefix}${key}`] : keysOf(child, `${prefix}${key}.`)));

describe('translations', () => {
  it('French and Arabic have every English key and no empty string', () => {
    const keys = keysOf(en).sort();
    for (const messages of [fr, ar]) {
      expect(keysOf(messages).sort()).toEqual(keys);
      expect(keysOf(messages).filter((key) => key.split('.').reduce<any>((node, part) => node[part], messages).trim() === '')).toEqual([]);
    }
  });

  it('translates every domain term (statuses, kinds, DORI levels)', async () => {
    const terms = [...ASSET_STATUSES, ...CAMERA_KINDS, ...POLE_KINDS, ...BLACK_SPOT_CATEGORIES, ...NETWORK_NODE_KINDS, ...DORI_LEVELS];
    await i18n.changeLanguage('ar');
    for (const term of terms) expect(labelOf(term)).toMatch(/[\u0600-\u06FF]/);
    expect(labelOf('identification')).toBe('تحديد الهوية');
    await i18n.changeLanguage('fr');
    expect(labelOf('out_of_service')).toBe('Hors service');
    expect(labelOf('recognition')).toBe('Reconnaissance');
  });

  it('says "1 element", not "1 elements", and names every kind of asset a details panel shows', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.t('analysis.outageSelected', { count: 1 })).toBe('1 element failed');
    expect(i18n.t('analysis.outageSelected', { count: 3 })).toBe('3 elements failed');
    expect(i18n.t('analysis.darkCameras', { count: 1 })).toBe('1 camera goes dark');
    await i18n.changeLanguage('fr');
    expect(i18n.t('analysis.outageSelected', { count: 1 })).toBe('1 élément en panne');
    expect(labelOf('black_spot')).toBe('Point noir');
    await i18n.changeLanguage('ar');
    for (const kind of ['black_spot', 'zone', 'building', 'network_node', 'fiber_run', 'power_feed', 'power_source']) expect(labelOf(kind)).toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps interpolation placeholders identical across languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of keysOf(en)) {
      const get = (messages: object) => key.split('.').reduce<any>((node, part) => node[part], messages) as string;
      expect([key, placeholders(get(fr))]).toEqual([key, placeholders(get(en))]);
      expect([key, placeholders(get(ar))]).toEqual([key, placeholders(get(en))]);
    }
  });
});

describe('language choice and direction', () => {
  it('prefers the stored choice, then the browser, then French', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(initialLanguage(storage('ar'), ['en-US'])).toBe('ar');
    expect(initialLanguage(storage(null), ['de-DE', 'en-GB'])).toBe('en');
    expect(initialLanguage(storage('xx'), ['de'])).toBe('fr');
  });

  it('switches <html> to rtl for Arabic and remembers the choice', async () => {
    await setLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    await setLanguage('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
    const element = document.createElement('div');
    applyDocumentLanguage('ar', element);
    expect(element.dir).toBe('rtl');
  });
});

describe('formatting per language', () => {
  it('writes distances with the decimal separator and unit of each language', () => {
    expect(formatDistance(12.5, 'fr')).toBe('12,5\u00a0m');
    expect(formatDistance(12.5, 'en')).toBe('12.5\u00a0m');
    expect(formatDistance(12.5, 'ar')).toBe('12,5\u00a0م');
    expect(formatDistance(1520, 'fr')).toBe('1,52\u00a0km');
    expect(formatDistance(1520, 'ar')).toBe('1,52\u00a0كم');
    expect(formatDistance(null, 'fr')).toBeUndefined();
  });

  it('uses Latin digits in Arabic (Moroccan usage)', () => {
    expect(formatNumber(1234567, 0, 'ar')).toMatch(/^1.234.567$/);
    expect(formatNumber(1234567, 0, 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('formats percentages, areas and angles', () => {
    expect(formatPercent(0.825, 'en')).toBe('82.5%');
    expect(formatPercent(0.825, 'fr')).toMatch(/^82,5\s%$/);
    expect(formatArea(25_000, 'fr')).toBe('2,5\u00a0ha');
    expect(formatArea(850, 'en')).toBe('850\u00a0m²');
    expect(formatDegrees(44.6, 'en')).toBe('45°');
  });
});
