import { NUMBER_LOCALES } from '../i18n/format';
import type { Language } from '../i18n/i18n';
import type { BillLine, BillOfQuantities, BillSection } from './analysisApi';

/**
 * The pure part of the Cost tab: lines grouped by part with subtotals, zones in the API's order, the
 * comparison with a budget, and reading a budget typed in the user's language.
 */

export type BillPart = BillLine['part'];
/** Supply (equipment and materials) before installation (labour and works), as on a bordereau. */
export const BILL_PARTS: readonly BillPart[] = ['supply', 'installation'];

export interface PartGroup {
  part: BillPart;
  lines: BillLine[];
  subtotalMad: number;
}

/** The lines of a section by part, supply first, each with its subtotal (parts without lines left out). */
export function groupByPart(lines: readonly BillLine[]): PartGroup[] {
  return BILL_PARTS.map((part) => {
    const ofPart = lines.filter((line) => line.part === part);
    return { part, lines: ofPart, subtotalMad: roundMad(ofPart.reduce((sum, line) => sum + line.totalMad, 0)) };
  }).filter((group) => group.lines.length > 0);
}

export interface ZoneGroup {
  /** Stable key: the zone id, or `unzoned`. */
  key: string;
  zoneId: string | null;
  zoneCode: string | null;
  zoneName: string | null;
  section: BillSection;
  parts: PartGroup[];
  /** The zone's share of the overall total before tax (0 when the overall total is 0). */
  shareOfTotal: number;
}

export const UNZONED_KEY = 'unzoned';

/** One group per zone of the bill (elements in no zone last, as the API gives them), with its lines by part. */
export function zoneGroups(bill: Pick<BillOfQuantities, 'zones' | 'overall'>): ZoneGroup[] {
  const overall = bill.overall.totalBeforeTaxMad;
  return bill.zones.map((section) => ({
    key: section.zoneId ?? UNZONED_KEY,
    zoneId: section.zoneId,
    zoneCode: section.zoneCode,
    zoneName: section.zoneName,
    section,
    parts: groupByPart(section.lines),
    shareOfTotal: overall > 0 ? section.totalBeforeTaxMad / overall : 0,
  }));
}

export interface BudgetComparison {
  budgetMad: number;
  totalMad: number;
  /** Total over budget (1 = all of it); Infinity for a zero budget with a cost. */
  usedFraction: number;
  /** Budget minus total: negative when over. */
  remainingMad: number;
  over: boolean;
  /** How far the bar fills, 0..1. */
  barFraction: number;
}

/** The new works' total before tax against a budget before tax, as the API compares them. */
export function compareWithBudget(totalMad: number, budgetMad: number): BudgetComparison {
  const usedFraction = budgetMad > 0 ? totalMad / budgetMad : totalMad > 0 ? Infinity : 0;
  return {
    budgetMad,
    totalMad,
    usedFraction,
    remainingMad: roundMad(budgetMad - totalMad),
    over: totalMad > budgetMad,
    barFraction: Math.min(1, Math.max(0, usedFraction)),
  };
}

/** Decimals shown for a quantity: metres to 0.1 (as the API rounds them), counts whole. */
export function quantityDigits(unit: string): number {
  return unit === 'm' ? 1 : 0;
}

/**
 * An amount typed by the user in the interface's language ("9 983 280", "9,983,280.50", "9.983.280,5"),
 * or null when it is not a positive number. Spaces and the language's group separator are ignored; the
 * language's decimal separator is the decimal point. A plain "9983280.5" is read in every language.
 */
export function parseAmount(text: string, language: Language): number | null {
  const parts = new Intl.NumberFormat(NUMBER_LOCALES[language]).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  let cleaned = text.replace(/[\s\u00a0\u202f\u200e\u200f]/g, '').replace(/(MAD|د\.م\.?)/giu, '');
  if (cleaned === '') return null;
  // "9983280.5" in French or Arabic: a point followed by one or two digits cannot group thousands.
  const pointIsDecimal = decimal !== '.' && !cleaned.includes(decimal) && /^\d+\.\d{1,2}$/.test(cleaned);
  if (!pointIsDecimal) cleaned = cleaned.split(group.trim() === '' ? ' ' : group).join('').replace(decimal, '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function roundMad(value: number): number {
  return Math.round(value * 100) / 100;
}
