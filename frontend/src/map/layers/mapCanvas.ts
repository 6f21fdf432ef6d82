import L, { type PathOptions } from 'leaflet';

/** Path options the map's canvas reads beyond Leaflet's own. */
export interface ManyShapesOptions extends PathOptions {
  /**
   * The layer is many small shapes (all camera sectors of a status, as one multi-polygon): drawn
   * as one path, filled as the union of its shapes (nonzero), without closePath() (see tracePath).
   */
  manyShapes?: boolean;
  /**
   * A circle marker stamped from a bitmap drawn once per style and radius (drawImage) rather than
   * traced, filled and stroked: rasterising 10,000 anti-aliased circles was most of a full redraw
   * (about 0.2 s in software). Same pixels, same order.
   */
  circleSprite?: boolean;
}

/** Leaflet internals the renderer reads (Leaflet 1.9; private, hence typed here). */
type DrawnOptions = ManyShapesOptions & { _dashArray?: number[] };
interface DrawnPath {
  options: DrawnOptions;
  _parts: L.Point[][];
}
interface DrawnCircle extends DrawnPath {
  _point: L.Point;
  _radius: number;
  _radiusY?: number;
  _empty(): boolean;
  /** The sprite last stamped for this circle, kept until its style changes (see _updateStyle). */
  _sprite?: { radius: number; pixelRatio: number; image: HTMLCanvasElement; offset: number };
}
interface CanvasInternals {
  _ctx: CanvasRenderingContext2D;
  _drawing: boolean;
  _map: L.Map;
  _bounds?: L.Bounds;
  _drawnView?: DrawnView;
  _redrawBounds: L.Bounds | null;
  _redrawRequest?: number | null;
  /** Paths changed since the last redraw; beyond MANY_CHANGES the next redraw is a full one. */
  _changes?: number;
  _redrawAll?: boolean;
  /** While set (see holdRedraws), changed paths wait for a redraw until released, or until the interval ticks. */
  _held?: { timer: ReturnType<typeof setInterval>; pending: boolean };
  _redraw(): void;
}

/**
 * More changes than this before the next frame (a page of cameras arriving) and the canvas is simply
 * redrawn whole: Leaflet would otherwise grow the area to redraw path by path, about half of the
 * cost of adding 10,000 markers.
 */
const MANY_CHANGES = 200;

/**
 * Adds the parts (rings) of a projected path to the open canvas path. Each ring goes back to its
 * start with lineTo(): Chromium's closePath() costs time in proportion to the whole path, which
 * made a path of 10,000 sectors take seconds to draw.
 */
export function tracePath(ctx: Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo'>, parts: readonly (readonly { x: number; y: number }[])[], closed: boolean): void {
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      if (index) ctx.lineTo(part[index].x, part[index].y);
      else ctx.moveTo(part[index].x, part[index].y);
    }
    if (closed && part.length > 1) ctx.lineTo(part[0].x, part[0].y);
  }
}

/** Fills (nonzero: the union of overlapping shapes) and strokes the open path with a layer's style. */
function fillAndStroke(ctx: CanvasRenderingContext2D, options: DrawnOptions): void {
  if (options.fill) {
    ctx.globalAlpha = options.fillOpacity ?? 0.2;
    ctx.fillStyle = options.fillColor || options.color || '#3388ff';
    // The union of the shapes whatever their windings ('evenodd' would cut holes where they overlap).
    ctx.fill('nonzero');
  }
  if (options.stroke !== false && options.weight !== 0) {
    ctx.setLineDash(options._dashArray ?? []);
    ctx.globalAlpha = options.opacity ?? 1;
    ctx.lineWidth = options.weight ?? 3;
    ctx.strokeStyle = options.color ?? '#3388ff';
    ctx.lineCap = (options.lineCap ?? 'round') as CanvasLineCap;
    ctx.lineJoin = (options.lineJoin ?? 'round') as CanvasLineJoin;
    ctx.stroke();
  }
}

/** What decides how a circle looks besides its radius: circles with the same key share a sprite. */
export function circleStyleKey(options: DrawnOptions): string {
  return [options.fill, options.fillColor ?? options.color, options.fillOpacity, options.stroke, options.weight, options.color, options.opacity].join('|');
}

/**
 * Where a circle sprite's centre is, in CSS pixels from its corner: the radius, half the stroke and
 * a pixel of anti-aliasing, rounded up so that an integer point stamps the circle where Leaflet
 * would have traced it.
 */
export function spriteOffset(radius: number, options: DrawnOptions): number {
  const stroke = options.stroke !== false && options.weight !== 0 ? (options.weight ?? 3) : 0;
  return Math.ceil(radius + stroke / 2) + 1;
}

const sprites = new Map<string, { image: HTMLCanvasElement; offset: number }>();

/** The bitmap of a circle of this style and radius (made once), at the canvas's pixel ratio. */
function circleSprite(options: DrawnOptions, radius: number, pixelRatio: number) {
  const key = `${circleStyleKey(options)}|${radius}|${pixelRatio}`;
  let sprite = sprites.get(key);
  if (!sprite) {
    const offset = spriteOffset(radius, options);
    const image = document.createElement('canvas');
    image.width = image.height = 2 * offset * pixelRatio;
    const ctx = image.getContext('2d')!;
    ctx.scale(pixelRatio, pixelRatio);
    ctx.beginPath();
    ctx.arc(offset, offset, radius, 0, Math.PI * 2, false);
    fillAndStroke(ctx, options);
    sprite = { image, offset };
    sprites.set(key, sprite);
  }
  return sprite;
}

/** What the canvas was drawn for: layer-pixel coordinates hold while these do not change. */
export interface DrawnView {
  zoom: number;
  origin: L.Point;
  size: L.Point;
}

function viewOf(map: L.Map): DrawnView {
  return { zoom: map.getZoom(), origin: map.getPixelOrigin(), size: map.getSize() };
}

export function sameView(first: DrawnView, second: DrawnView): boolean {
  return first.zoom === second.zoom && first.origin.equals(second.origin) && first.size.equals(second.size);
}

const leafletCanvas = L.Canvas.prototype as unknown as {
  _update(): void;
  _updateStyle(layer: unknown): void;
  _updatePoly(layer: DrawnPath, closed: boolean): void;
  _updateCircle(layer: DrawnCircle): void;
  _extendRedrawBounds(layer: unknown): void;
  _redraw(): void;
};

const MapCanvasClass = L.Canvas.extend({
  /**
   * Leaflet redraws the whole canvas after every move. The canvas extends `padding` beyond the view
   * on each side and moves with the map: while the view stays inside what is drawn (same zoom,
   * origin and size) there is nothing to redraw. Features that change still redraw their own area.
   */
  _update(this: CanvasInternals) {
    const map = this._map;
    const drawn = this._drawnView;
    if (drawn && this._bounds && !(map as L.Map & { _animatingZoom?: boolean })._animatingZoom && sameView(drawn, viewOf(map))) {
      const view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(map.getSize()));
      if (this._bounds.contains(view)) return;
    }
    const before = this._bounds;
    leafletCanvas._update.call(this);
    // Leaflet skips the update during a zoom animation: remember only views actually drawn.
    if (this._bounds !== before) this._drawnView = viewOf(map);
  },

  _requestRedraw(this: CanvasInternals, layer: unknown) {
    if (!this._map) return;
    this._changes = (this._changes ?? 0) + 1;
    if (this._changes > MANY_CHANGES) this._redrawAll = true;
    if (this._redrawAll) this._redrawBounds = null;
    else leafletCanvas._extendRedrawBounds.call(this, layer);
    if (this._held) this._held.pending = true;
    else this._redrawRequest ??= L.Util.requestAnimFrame(this._redraw, this);
  },

  _extendRedrawBounds(this: CanvasInternals, layer: unknown) {
    if (!this._redrawAll) leafletCanvas._extendRedrawBounds.call(this, layer);
  },

  _redraw(this: CanvasInternals) {
    this._changes = 0;
    this._redrawAll = false;
    if (this._held) this._held.pending = false;
    leafletCanvas._redraw.call(this);
  },

  /**
   * Holds the redraws that changed paths ask for (not those of a move or zoom) while many arrive in
   * bursts, the first load of a large network: each redraw of all cameras so far cost as much as the
   * final one. Redraws once per `intervalMs` meanwhile, and at once when released.
   */
  holdRedraws(this: CanvasInternals, hold: boolean, intervalMs = 1000) {
    const redrawSoon = () => {
      if (this._map) this._redrawRequest ??= L.Util.requestAnimFrame(this._redraw, this);
    };
    if (hold && !this._held) {
      const held = { pending: false, timer: setInterval(() => held.pending && redrawSoon(), intervalMs) };
      this._held = held;
    } else if (!hold && this._held) {
      clearInterval(this._held.timer);
      const pending = this._held.pending;
      this._held = undefined;
      if (pending) redrawSoon();
    }
  },

  _updateCircle(this: CanvasInternals, layer: DrawnCircle) {
    const options = layer.options;
    const round = !layer._radiusY || Math.round(layer._radiusY) === Math.round(layer._radius);
    if (!options.circleSprite || !round || options._dashArray?.length) {
      leafletCanvas._updateCircle.call(this, layer);
      return;
    }
    if (!this._drawing || layer._empty()) return;
    // The sprite found once per circle: its style key for 10,000 circles was a tenth of a redraw.
    const radius = Math.max(Math.round(layer._radius), 1);
    const pixelRatio = L.Browser.retina ? 2 : 1;
    let sprite = layer._sprite;
    if (!sprite || sprite.radius !== radius || sprite.pixelRatio !== pixelRatio) sprite = layer._sprite = { radius, pixelRatio, ...circleSprite(options, radius, pixelRatio) };
    const { image, offset } = sprite;
    const ctx = this._ctx;
    ctx.globalAlpha = 1;
    ctx.drawImage(image, layer._point.x - offset, layer._point.y - offset, 2 * offset, 2 * offset);
  },

  _updateStyle(this: CanvasInternals, layer: DrawnCircle) {
    delete layer._sprite;
    leafletCanvas._updateStyle.call(this, layer);
  },

  _updatePoly(this: CanvasInternals, layer: DrawnPath, closed: boolean) {
    if (!layer.options.manyShapes) {
      leafletCanvas._updatePoly.call(this, layer, closed);
      return;
    }
    if (!this._drawing || !layer._parts.length) return;
    const ctx = this._ctx;
    ctx.beginPath();
    tracePath(ctx, layer._parts, closed);
    fillAndStroke(ctx, layer.options);
  },
}) as unknown as new (options?: L.RendererOptions) => MapCanvas;

/** The map's canvas renderer (see mapCanvas). */
export interface MapCanvas extends L.Canvas {
  holdRedraws(hold: boolean, intervalMs?: number): void;
}

/**
 * The map's canvas renderer (`renderer` map option): Leaflet's, drawing `manyShapes` layers as one
 * path, and not redrawn after a move within its margin: half a view on each side (Leaflet's default
 * is a tenth), so a pan of a few hundred pixels costs no redraw.
 */
export function mapCanvas(options: L.RendererOptions = {}): MapCanvas {
  return new MapCanvasClass({ padding: 0.5, ...options });
}
