import type { LineString, Point, Position } from 'geojson';
import { Fragment, useMemo } from 'react';
import { CircleMarker } from 'react-leaflet';
import { nodesOf } from '../api/useConnection';
import type { NetworkElementKind } from '../gql/graphql';
import type { MapData } from '../map/useMapData';

export interface RingedAsset {
  assetType: NetworkElementKind;
  assetId: string;
  code?: string;
  /** Known position (my work carries it); otherwise found in the loaded map data. */
  position?: Point | null;
  late?: boolean;
}

/** Where an asset is on the loaded map: its point, or the middle vertex of its cable. */
function positionOf(data: MapData, asset: RingedAsset): { position: Position; code: string } | null {
  if (asset.position) return { position: asset.position.coordinates, code: asset.code ?? '' };
  const byId = <T extends { id: string }>(nodes: readonly T[]) => nodes.find((node) => node.id === asset.assetId);
  const point = (node: { code: string; location: unknown } | undefined) => (node ? { position: (node.location as Point).coordinates, code: node.code } : null);
  const line = (node: { code: string; path: unknown } | undefined) => {
    if (!node) return null;
    const coordinates = (node.path as LineString).coordinates;
    return { position: coordinates[Math.floor(coordinates.length / 2)], code: node.code };
  };
  switch (asset.assetType) {
    case 'camera': return point(byId(nodesOf(data.cameras)));
    case 'pole': return point(byId(nodesOf(data.poles)));
    case 'network_node': return point(byId(nodesOf(data.networkNodes)));
    case 'power_source': return point(byId(nodesOf(data.powerSources)));
    case 'fiber_run': return line(byId(nodesOf(data.fiberRuns)));
    case 'power_feed': return line(byId(nodesOf(data.powerFeeds)));
    default: return null;
  }
}

/**
 * The Work tab's assets ringed on the map: a contractor's work (late ones in red), or the package an
 * engineer has open. Rings only (no fill, not clickable): the assets' own layers stay the ones to click.
 */
export function WorkAssetsLayer({ assets, data }: { assets: readonly RingedAsset[]; data: MapData }) {
  const placed = useMemo(
    () => assets.flatMap((asset) => {
      const found = positionOf(data, asset);
      return found ? [{ ...found, key: `${asset.assetType}:${asset.assetId}`, late: asset.late ?? false }] : [];
    }),
    [assets, data],
  );
  return (
    <>
      {placed.map((asset) => (
        <Fragment key={asset.key}>
          <CircleMarker
            center={[asset.position[1], asset.position[0]]} radius={13} interactive={false}
            pathOptions={{ color: asset.late ? '#c62828' : '#ff8f00', weight: 3, fill: false, dashArray: '5 4', className: 'work-ring' }}
          />
        </Fragment>
      ))}
    </>
  );
}
