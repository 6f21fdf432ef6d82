import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, graphqlRequest, GraphQLRequestError } from '../api/graphqlClient';
import { LoginScreen } from '../auth/LoginScreen';
import { sessionStore, type Session } from '../auth/session';
import '../i18n/i18n';
import { Workspace } from './Workspace';

sessionStore.install();

const READ_PROBE = graphql<{ cameras: { totalCount: number } }>('query ReadProbe { cameras(first: 1) { totalCount } }');

/** Whether the server lets an anonymous visitor read the map (development servers usually do). */
function useAnonymousRead(enabled: boolean): boolean | undefined {
  const [allowed, setAllowed] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    graphqlRequest(READ_PROBE, {}, { anonymous: true }).then(
      () => setAllowed(true),
      (error: unknown) => setAllowed(!(error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN'))),
    );
  }, [enabled]);
  return allowed;
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
  const anonymousRead = useAnonymousRead(!session);
  useEffect(() => {
    if (session) setWantsLogin(false);
  }, [session]);
  if (!session && anonymousRead === undefined) return <div className="map-placeholder">{t('app.loading')}</div>;
  if (!session && (anonymousRead === false || wantsLogin)) {
    return <LoginScreen store={sessionStore} expired={hadSession} onCancel={anonymousRead ? () => setWantsLogin(false) : undefined} />;
  }
  return (
    <Workspace renderer={renderer} session={session} onSignIn={() => setWantsLogin(true)} />
  );
}
