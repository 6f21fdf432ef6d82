/**
 * Building footprints as line-of-sight obstacles, indexed by footprint bounding box. Whole footprints
 * are indexed rather than single edges because the shadow of a building is built from its whole
 * outline (front- or back-facing chains plus, for low buildings, the footprint itself); a camera's
 * query returns only the footprints its range can touch.
 *
 * The index is a uniform grid (cell lists in flat Int32Arrays) rather than an R-tree (rbush): the
 * queries are many small boxes (one per camera, ~50-200 m) over footprints of similar size, where a
 * grid answers in a few microseconds while rbush took ~50 us per query on 20,000 footprints (it was
 * the largest single cost of a camera's coverage once the polygon clipping was replaced).
 *
 * Every footprint is also kept flat (typed arrays of bounds, heights, ring offsets and vertex
 * coordinates, `FlatObstacleData`): the coverage hot path reads vertices from there with no object per
 * vertex or per hit.
 */
import type { Polygon, MultiPolygon } from 'geojson';
import { CoreInputError } from '../core-input-error';
import { BoundingBox, PolygonRings, regionBounds } from '../geometry/planar';
import { validPolygons } from '../geometry/valid-polygon';
import { Projection, projectPolygon } from '../geometry/projection';

export interface Obstacle {
  id: string;
  /** One polygon in projected metres: outer ring first, then holes (courtyards). */
  rings: PolygonRings;
  /** Null when unknown: an obstacle of unknown height hides everything behind it. */
  heightMeters: number | null;
}

export interface IndexedObstacle extends BoundingBox {
  id: string;
  /** Outer ring counter-clockwise, holes clockwise, no closing point. */
  rings: PolygonRings;
  heightMeters: number | null;
}

/** All footprints in flat arrays plus their grid. */
export interface FlatObstacleData {
  count: number;
  /** Bounds of each footprint's outer ring. */
  minX: Float64Array;
  minY: Float64Array;
  maxX: Float64Array;
  maxY: Float64Array;
  /** Height of each footprint; Infinity when unknown (it hides exactly like an infinitely tall prism). */
  height: Float64Array;
  /** Footprint i owns rings [ringStart[i], ringStart[i + 1]). */
  ringStart: Int32Array;
  /** Ring r owns vertices [vertexStart[r], vertexStart[r + 1]). Outer ring CCW, holes CW, not closed. */
  vertexStart: Int32Array;
  x: Float64Array;
  y: Float64Array;
  gridOriginX: number;
  gridOriginY: number;
  cellSize: number;
  columns: number;
  rows: number;
  /** Cell c lists footprints cellItems[cellStart[c] .. cellStart[c + 1]). */
  cellStart: Int32Array;
  cellItems: Int32Array;
}

function buildFlatData(items: readonly IndexedObstacle[]): FlatObstacleData {
  const count = items.length;
  let ringCount = 0;
  let vertexCount = 0;
  for (const item of items) {
    ringCount += item.rings.length;
    for (const ring of item.rings) vertexCount += ring.length;
  }
  const data: FlatObstacleData = {
    count,
    minX: new Float64Array(count),
    minY: new Float64Array(count),
    maxX: new Float64Array(count),
    maxY: new Float64Array(count),
    height: new Float64Array(count),
    ringStart: new Int32Array(count + 1),
    vertexStart: new Int32Array(ringCount + 1),
    x: new Float64Array(vertexCount),
    y: new Float64Array(vertexCount),
    gridOriginX: 0,
    gridOriginY: 0,
    cellSize: 1,
    columns: 1,
    rows: 1,
    cellStart: new Int32Array(2),
    cellItems: new Int32Array(0),
  };
  let ring = 0;
  let vertex = 0;
  items.forEach((item, index) => {
    data.minX[index] = item.minX;
    data.minY[index] = item.minY;
    data.maxX[index] = item.maxX;
    data.maxY[index] = item.maxY;
    data.height[index] = item.heightMeters ?? Infinity;
    data.ringStart[index] = ring;
    for (const points of item.rings) {
      data.vertexStart[ring++] = vertex;
      for (const point of points) {
        data.x[vertex] = point.x;
        data.y[vertex] = point.y;
        vertex++;
      }
    }
  });
  data.ringStart[count] = ring;
  data.vertexStart[ringCount] = vertex;
  if (count === 0) return data;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let sizeSum = 0;
  for (const item of items) {
    minX = Math.min(minX, item.minX);
    minY = Math.min(minY, item.minY);
    maxX = Math.max(maxX, item.maxX);
    maxY = Math.max(maxY, item.maxY);
    sizeSum += Math.max(item.maxX - item.minX, item.maxY - item.minY);
  }
  const width = Math.max(maxX - minX, 1e-6);
  const height = Math.max(maxY - minY, 1e-6);
  // About two footprints across a cell, and never more cells than 4 per footprint.
  let cellSize = Math.max((2 * sizeSum) / count, Math.sqrt((width * height) / count), 1e-3);
  while ((Math.floor(width / cellSize) + 1) * (Math.floor(height / cellSize) + 1) > 4 * count + 16) cellSize *= 1.5;
  data.gridOriginX = minX;
  data.gridOriginY = minY;
  data.cellSize = cellSize;
  data.columns = Math.floor(width / cellSize) + 1;
  data.rows = Math.floor(height / cellSize) + 1;
  const cellCount = data.columns * data.rows;
  const cellStart = new Int32Array(cellCount + 1);
  for (let index = 0; index < count; index++) {
    const column1 = gridColumn(data, data.maxX[index]);
    const row1 = gridRow(data, data.maxY[index]);
    for (let row = gridRow(data, data.minY[index]); row <= row1; row++) {
      for (let column = gridColumn(data, data.minX[index]); column <= column1; column++) cellStart[row * data.columns + column + 1]++;
    }
  }
  for (let cell = 0; cell < cellCount; cell++) cellStart[cell + 1] += cellStart[cell];
  const cellItems = new Int32Array(cellStart[cellCount]);
  const fill = cellStart.slice(0, cellCount);
  for (let index = 0; index < count; index++) {
    const column1 = gridColumn(data, data.maxX[index]);
    const row1 = gridRow(data, data.maxY[index]);
    for (let row = gridRow(data, data.minY[index]); row <= row1; row++) {
      for (let column = gridColumn(data, data.minX[index]); column <= column1; column++) cellItems[fill[row * data.columns + column]++] = index;
    }
  }
  data.cellStart = cellStart;
  data.cellItems = cellItems;
  return data;
}

function gridColumn(data: FlatObstacleData, x: number): number {
  const column = Math.floor((x - data.gridOriginX) / data.cellSize);
  return column < 0 ? 0 : column >= data.columns ? data.columns - 1 : column;
}

function gridRow(data: FlatObstacleData, y: number): number {
  const row = Math.floor((y - data.gridOriginY) / data.cellSize);
  return row < 0 ? 0 : row >= data.rows ? data.rows - 1 : row;
}

/**
 * Grid queries over flat footprints, answering with footprint numbers (no array or object per query).
 * It carries the arrays of its FlatObstacleData as its own fields (and is what the hot paths read), so
 * every index has the same object shape and V8 keeps one optimized version of the hot paths.
 */
export class FlatObstacleIndex implements FlatObstacleData {
  readonly count: number;
  readonly minX: Float64Array;
  readonly minY: Float64Array;
  readonly maxX: Float64Array;
  readonly maxY: Float64Array;
  readonly height: Float64Array;
  readonly ringStart: Int32Array;
  readonly vertexStart: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly gridOriginX: number;
  readonly gridOriginY: number;
  readonly cellSize: number;
  readonly columns: number;
  readonly rows: number;
  readonly cellStart: Int32Array;
  readonly cellItems: Int32Array;
  /** Numbers of the footprints found by the last `searchIndices`, in [0, hitCount). */
  hits = new Int32Array(64);
  hitCount = 0;
  /** Per footprint, the number of the last query that returned it (dedupes footprints spanning several cells). */
  private readonly stamps: Int32Array;
  private query = 0;

  constructor(readonly data: FlatObstacleData) {
    this.count = data.count;
    this.minX = data.minX;
    this.minY = data.minY;
    this.maxX = data.maxX;
    this.maxY = data.maxY;
    this.height = data.height;
    this.ringStart = data.ringStart;
    this.vertexStart = data.vertexStart;
    this.x = data.x;
    this.y = data.y;
    this.gridOriginX = data.gridOriginX;
    this.gridOriginY = data.gridOriginY;
    this.cellSize = data.cellSize;
    this.columns = data.columns;
    this.rows = data.rows;
    this.cellStart = data.cellStart;
    this.cellItems = data.cellItems;
    this.stamps = new Int32Array(data.count);
  }

  /** Footprints whose bounding box intersects the box (boundaries touching count); returns how many. */
  searchIndices(minX: number, minY: number, maxX: number, maxY: number): number {
    this.hitCount = 0;
    if (this.count === 0) return 0;
    if (this.query === 0x7fffffff) {
      this.stamps.fill(0);
      this.query = 0;
    }
    const query = ++this.query;
    const stamps = this.stamps;
    const { cellStart, cellItems, columns } = this;
    const itemMinX = this.minX;
    const itemMinY = this.minY;
    const itemMaxX = this.maxX;
    const itemMaxY = this.maxY;
    const column0 = gridColumn(this, minX);
    const column1 = gridColumn(this, maxX);
    const row0 = gridRow(this, minY);
    const row1 = gridRow(this, maxY);
    let hits = this.hits;
    let count = 0;
    for (let row = row0; row <= row1; row++) {
      const base = row * columns;
      for (let cell = base + column0; cell <= base + column1; cell++) {
        const end = cellStart[cell + 1];
        for (let slot = cellStart[cell]; slot < end; slot++) {
          const index = cellItems[slot];
          if (stamps[index] === query) continue;
          stamps[index] = query;
          if (itemMinX[index] <= maxX && minX <= itemMaxX[index] && itemMinY[index] <= maxY && minY <= itemMaxY[index]) {
            if (count === hits.length) {
              const grown = new Int32Array(2 * count);
              grown.set(hits);
              this.hits = hits = grown;
            }
            hits[count++] = index;
          }
        }
      }
    }
    this.hitCount = count;
    return count;
  }
}

/** NaN or infinite vertices or height (unknown height is null, not Infinity) are refused. */
function requireFiniteObstacle(obstacle: Obstacle): void {
  if (obstacle.heightMeters !== null && !Number.isFinite(obstacle.heightMeters)) throw new CoreInputError(`building ${obstacle.id} heightMeters`, obstacle.heightMeters);
  for (const ring of obstacle.rings) {
    for (const point of ring) {
      if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) throw new CoreInputError(`building ${obstacle.id} footprint vertex`, `${point.x}, ${point.y}`);
    }
  }
}

export class ObstacleIndex {
  readonly size: number;
  /** The flat form and its grid; what the coverage engine uses. */
  readonly flat: FlatObstacleIndex;
  private readonly items: IndexedObstacle[];

  constructor(obstacles: readonly Obstacle[]) {
    const items: IndexedObstacle[] = [];
    for (const obstacle of obstacles) {
      requireFiniteObstacle(obstacle);
      // Degenerate rings ignored, crossing rings repaired (valid-polygon.ts): never a wall on the wrong side.
      for (const rings of validPolygons(obstacle.rings)) {
        items.push({ ...regionBounds(rings.slice(0, 1)), id: obstacle.id, rings, heightMeters: obstacle.heightMeters });
      }
    }
    this.items = items;
    this.size = items.length;
    this.flat = new FlatObstacleIndex(buildFlatData(items));
  }

  /** The footprint with this number (as in `flat`). */
  item(index: number): IndexedObstacle {
    return this.items[index];
  }

  /** Footprints whose bounding box intersects `bounds` (boundaries touching count). */
  search(bounds: BoundingBox): IndexedObstacle[] {
    const count = this.flat.searchIndices(bounds.minX, bounds.minY, bounds.maxX, bounds.maxY);
    const found: IndexedObstacle[] = new Array(count);
    for (let slot = 0; slot < count; slot++) found[slot] = this.items[this.flat.hits[slot]];
    return found;
  }
}

/** One obstacle per polygon of a GeoJSON (Multi)Polygon footprint in EPSG:4326. */
export function obstaclesFromGeoJson(
  id: string,
  geometry: Polygon | MultiPolygon,
  heightMeters: number | null,
  projection: Projection,
): Obstacle[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon, index) => ({
    id: polygons.length === 1 ? id : `${id}#${index}`,
    rings: projectPolygon(polygon, projection),
    heightMeters,
  }));
}
