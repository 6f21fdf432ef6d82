import { useEffect, useRef, useState } from 'react';
import { TileLayer } from 'react-leaflet';
import type { BuildingNode } from '../layers/buildingsQuery';
import type { ZoneNode } from '../layers/zonesQuery';
import { OfflineBasemap } from './OfflineBasemap';
import { recordTileEvent, startTileHealth, tilesHaveFailed } from './tileHealth';

export type BasemapMode = 'tiles' | 'offline';

interface BaseMapProps {
  tileUrlTemplate: string;
  tileAttribution: string;
  /** `?tiles=off`: never try online tiles. */
  forceOffline: boolean;
  zones: readonly ZoneNode[];
  buildings: readonly BuildingNode[];
  onModeChange: (mode: BasemapMode) => void;
}

/** Online tiles from the deployment's configuration, replaced by the offline basemap when they fail. */
export function BaseMap({ tileUrlTemplate, tileAttribution, forceOffline, zones, buildings, onModeChange }: BaseMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const mode: BasemapMode = forceOffline || tilesFailed || !tileUrlTemplate ? 'offline' : 'tiles';
  useEffect(() => onModeChange(mode), [mode, onModeChange]);
  if (mode === 'offline') return <OfflineBasemap zones={zones} buildings={buildings} />;
  return <OnlineTiles url={tileUrlTemplate} attribution={tileAttribution} onFailure={() => setTilesFailed(true)} />;
}

function OnlineTiles({ url, attribution, onFailure }: { url: string; attribution: string; onFailure: () => void }) {
  const health = useRef(startTileHealth(Date.now()));
  const failure = useRef(onFailure);
  failure.current = onFailure;
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (health.current.loads > 0) window.clearInterval(timer);
      else if (tilesHaveFailed(health.current, Date.now())) failure.current();
    }, 500);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <TileLayer
      url={url}
      attribution={attribution}
      maxZoom={19}
      eventHandlers={{
        tileload: () => {
          health.current = recordTileEvent(health.current, 'load');
        },
        tileerror: () => {
          health.current = recordTileEvent(health.current, 'error');
          if (tilesHaveFailed(health.current, Date.now())) failure.current();
        },
      }}
    />
  );
}
