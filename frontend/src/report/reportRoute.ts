/**
 * The design report's address: `#report&scope=city|zone:<id>|work_package:<id>&paper=a4|a3[&lang=ar|fr|en]`.
 * A hash of its own, so the report opens in a new tab from the map and a link to it can be shared.
 */
export type ReportScopeKind = 'city' | 'zone' | 'work_package';
export type Paper = 'a4' | 'a3';

export interface ReportRoute {
  scope: { kind: ReportScopeKind; id: string | null };
  paper: Paper;
  language?: 'ar' | 'fr' | 'en';
}

/** The report route of a hash, or null when the hash is the map's. */
export function parseReportRoute(hash: string): ReportRoute | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('report')) return null;
  const paper: Paper = params.get('paper') === 'a3' ? 'a3' : 'a4';
  const route: ReportRoute = { scope: parseScope(params.get('scope')), paper };
  const language = params.get('lang');
  if (language === 'ar' || language === 'fr' || language === 'en') route.language = language;
  return route;
}

function parseScope(value: string | null): ReportRoute['scope'] {
  const [kind, id] = (value ?? 'city').split(':');
  if ((kind === 'zone' || kind === 'work_package') && id && /^[0-9a-f-]{36}$/i.test(id)) return { kind, id };
  return { kind: 'city', id: null };
}

/** The hash of a report route (without `#`). */
export function reportHash(route: ReportRoute): string {
  const scope = route.scope.kind === 'city' ? 'city' : `${route.scope.kind}:${route.scope.id}`;
  return `report&scope=${scope}&paper=${route.paper}${route.language ? `&lang=${route.language}` : ''}`;
}
