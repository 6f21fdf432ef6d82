import { useEffect, useMemo, useState } from 'react';
import { parseReportRoute, type ReportRoute } from './reportRoute';

/** The design report's route while the hash names it (`#report&...`), else null: the map. */
export function useReportRoute(): ReportRoute | null {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return useMemo(() => parseReportRoute(hash), [hash]);
}
