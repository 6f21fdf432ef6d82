import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest, GraphQLRequestError } from '../api/graphqlClient';
import { LoginScreen } from '../auth/LoginScreen';
import { sessionStore, type Session } from '../auth/session';
import '../i18n/i18n';
import { CAMERA_COUNT_QUERY, type CameraCount } from '../map/layers/camerasQuery';
import { FALLBACK_APP_CONFIG, useAppConfig } from './appConfigQuery';
import { Workspace } from './Workspace';
import { isControlCentreUrl } from '../faults/controlCentreUrl';

import { useReportRoute } from '../report/useReportRoute';

const ControlCentreView = lazy(() => import('../faults/ControlCentreView').then((module) => ({ default: module.ControlCentreView })));
// The printable design report (charts) is its own page: loaded when asked for, not with the map.
const DesignReportPage = lazy(() => import('../report/DesignReportPage').then((module) => ({ default: module.DesignReportPage })));

sessionStore.install();

/**
 * Whether the server lets an anonymous visitor read the map (development servers usually do). The
 * probe is the map's first question (how many cameras, which models): its answer is handed on.
 */
function useAnonymousRead(enabled: boolean): { allowed?: boolean; cameraCount?: CameraCount } {
  const [answer, setAnswer] = useState<{ allowed?: boolean; cameraCount?: CameraCount }>({});
  useEffect(() => {
    if (!enabled) return;
    graphqlRequest(CAMERA_COUNT_QUERY, {}, { anonymous: true }).then(
      (cameraCount) => setAnswer({ allowed: true, cameraCount }),
      (error: unknown) => setAnswer({ allowed: !(error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) }),
    );
  }, [enabled]);
  return answer;
}

function useSession(): Session | null {
  const [session, setSession] = useState(sessionStore.current);
  useEffect(() => sessionStore.subscribe(setSession), []);
  return session;
}

/**
 * The page: a login first, unless the server lets visitors read (then they browse read-only and sign
 * in from the header to plan), then the map workspace. Nothing here may depend on introspection:
 * production servers turn it off.
 */
export function App({ renderer = 'canvas' }: { renderer?: 'canvas' | 'svg' }) {
  const { t } = useTranslation();
  const session = useSession();
  const [hadSession, setHadSession] = useState(!!session);
  useEffect(() => {
    if (session) setHadSession(true);
  }, [session]);
  const [wantsLogin, setWantsLogin] = useState(false);
  // Asked for at once, alongside the read probe: the map needs it first.
  const appConfig = useAppConfig();
  const { allowed: anonymousRead, cameraCount } = useAnonymousRead(!session);
  const reportRoute = useReportRoute();
  useEffect(() => {
    if (session) setWantsLogin(false);
  }, [session]);
  if (!session && anonymousRead === undefined) return <div className="map-placeholder">{t('app.loading')}</div>;
  if (!session && (anonymousRead === false || wantsLogin)) {
    return <LoginScreen store={sessionStore} expired={hadSession} onCancel={anonymousRead ? () => setWantsLogin(false) : undefined} />;
  }
  if (typeof window !== 'undefined' && isControlCentreUrl(window.location.search)) {
    // The control centre's wall screen (?view=control): its own page, live like the map.
    return (
      <Suspense fallback={<div className="map-placeholder">{t('app.loading')}</div>}>
        <ControlCentreView deploymentName={appConfig.status === 'loading' ? '' : appConfig.config.deploymentName} />
      </Suspense>
    );
  }
  if (reportRoute) {
    if (appConfig.status === 'loading') return <div className="map-placeholder">{t('app.loading')}</div>;
    return (
      <Suspense fallback={<div className="map-placeholder">{t('app.loading')}</div>}>
        <DesignReportPage route={reportRoute} config={appConfig.status === 'loaded' ? appConfig.config : FALLBACK_APP_CONFIG} />
      </Suspense>
    );
  }
  return (
    <Workspace renderer={renderer} session={session} onSignIn={() => setWantsLogin(true)} appConfig={appConfig} cameraCount={session ? undefined : cameraCount} />
  );
}
