import { labelOf } from '../../domain/labels';

/** Tooltip contents as small HTML snippets; every value from the API is escaped. */

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function tooltipHtml(title: string, rows: Array<[label: string, value: unknown]>): string {
  const body = rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, value]) => `<div class="vigie-tooltip-row"><span>${escapeHtml(label)}</span> ${escapeHtml(value)}</div>`)
    .join('');
  return `<div class="vigie-tooltip"><strong>${escapeHtml(title)}</strong>${body}</div>`;
}

export function formatMeters(meters: number | null | undefined): string | undefined {
  if (meters === null || meters === undefined || !Number.isFinite(meters)) return undefined;
  return meters >= 1000 ? `${(meters / 1000).toFixed(2)} km` : `${Math.round(meters)} m`;
}

export { labelOf };
