import { useEffect, useState } from 'react';
import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { AppConfigQuery } from '../gql/graphql';

/** What the map needs to start (initialCenter in GeoJSON order: [lon, lat]). */
export type AppConfig = AppConfigQuery['appConfig'];

export const APP_CONFIG_QUERY = graphql(`
  query AppConfig {
    appConfig { deploymentName tileUrlTemplate tileAttribution initialCenter initialZoom }
  }
`);

/** Used when the server cannot be asked: OpenStreetMap over Fes. */
export const FALLBACK_APP_CONFIG: AppConfig = {
  deploymentName: '',
  tileUrlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  tileAttribution: '© OpenStreetMap contributors',
  initialCenter: [-4.99, 34.04],
  initialZoom: 13,
};

export type AppConfigState =
  | { status: 'loading' }
  | { status: 'loaded'; config: AppConfig }
  | { status: 'error'; config: AppConfig; message: string };

export function useAppConfig(): AppConfigState {
  const [state, setState] = useState<AppConfigState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    graphqlRequest(APP_CONFIG_QUERY, {}, { signal: abort.signal }).then(
      ({ appConfig }) => {
        if (!abort.signal.aborted) setState({ status: 'loaded', config: appConfig });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', config: FALLBACK_APP_CONFIG, message });
      },
    );
    return () => abort.abort();
  }, []);
  return state;
}
