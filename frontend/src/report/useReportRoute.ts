import { useEffect, useMemo, useState } from 'react';
import { parseReportRoute, type ReportRoute } from './reportRoute';

/**
 * The design report's route while the hash names it (`#report&...`), else null: the map. Only a hash of
 * the report is kept: the map's own hash changes (view, selection, tab) must not re-render the app from
 * the top while the map follows them (MapUrlSync).
 */
const reportHash = () => (parseReportRoute(window.location.hash) ? window.location.hash : '');

export function useReportRoute(): ReportRoute | null {
  const [hash, setHash] = useState(reportHash);
  useEffect(() => {
    const onChange = () => setHash(reportHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseReportRoute(hash), [hash]);
}
