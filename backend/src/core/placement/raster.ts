/**
 * Scanline rasterisation of a flat region (non-zero winding rule) onto a window of a square lattice:
 * a cell counts as inside when its CENTRE is inside the region. Used both to cut the targets into
 * weighted cells and to find which cells a coverage region (from the coverage engine) contains, so
 * the two agree cell for cell.
 *
 * Cost: O(edges crossing the window's rows + crossings x log + cells inside), with no allocation per
 * call once the shared buffers have grown.
 */
import type { FlatRegion } from '../geometry/flat-region';

/** A window of the lattice: cell (column, row) has its centre at (originX + (column + 0.5) size, originY + (row + 0.5) size). */
export interface LatticeWindow {
  originX: number;
  originY: number;
  cellSize: number;
  /** First column and row of the window, and its size in cells. */
  column0: number;
  row0: number;
  columns: number;
  rows: number;
}

let crossingRow = new Int32Array(1024);
let crossingX = new Float64Array(1024);
let crossingDirection = new Int8Array(1024);
let sortedX = new Float64Array(1024);
let sortedDirection = new Int8Array(1024);
let rowStart = new Int32Array(256);

function grow(count: number): void {
  if (count <= crossingRow.length) return;
  const size = Math.max(count, 2 * crossingRow.length);
  const row = new Int32Array(size);
  row.set(crossingRow);
  crossingRow = row;
  const x = new Float64Array(size);
  x.set(crossingX);
  crossingX = x;
  const direction = new Int8Array(size);
  direction.set(crossingDirection);
  crossingDirection = direction;
  sortedX = new Float64Array(size);
  sortedDirection = new Int8Array(size);
}

/**
 * Calls `visit(column, row)` (window-relative) once for each cell of the window whose centre is inside
 * the rings [firstRing, firstRing + ringCount) of `region` (rings implicitly closed; non-zero rule).
 */
export function rasterizeRegion(region: FlatRegion, window: LatticeWindow, visit: (column: number, row: number) => void): void {
  const { coordinates, ringStarts } = region;
  const { originX, originY, cellSize, column0, row0, columns, rows } = window;
  if (columns <= 0 || rows <= 0) return;
  const inverse = 1 / cellSize;
  let count = 0;
  for (let ring = 0; ring < ringStarts.length - 1; ring++) {
    const first = ringStarts[ring];
    const last = ringStarts[ring + 1] - 1;
    if (last - first < 2) continue;
    for (let point = first; point <= last; point++) {
      const next = point === last ? first : point + 1;
      const x1 = coordinates[2 * point];
      const y1 = coordinates[2 * point + 1];
      const x2 = coordinates[2 * next];
      const y2 = coordinates[2 * next + 1];
      if (y1 === y2) continue;
      const direction = y2 > y1 ? 1 : -1;
      const low = y1 < y2 ? y1 : y2;
      const high = y1 < y2 ? y2 : y1;
      // Rows whose centre y lies in [low, high): a vertex shared by two edges is counted once.
      let firstRow = Math.ceil((low - originY) * inverse - 0.5) - row0;
      let endRow = Math.ceil((high - originY) * inverse - 0.5) - row0;
      if (firstRow < 0) firstRow = 0;
      if (endRow > rows) endRow = rows;
      if (firstRow >= endRow) continue;
      grow(count + endRow - firstRow);
      const slope = (x2 - x1) / (y2 - y1);
      for (let row = firstRow; row < endRow; row++) {
        const centreY = originY + (row0 + row + 0.5) * cellSize;
        crossingRow[count] = row;
        crossingX[count] = x1 + (centreY - y1) * slope;
        crossingDirection[count] = direction;
        count++;
      }
    }
  }
  if (count === 0) return;
  // Counting sort by row, then insertion sort by x within each row (few crossings per row).
  if (rowStart.length < rows + 1) rowStart = new Int32Array(Math.max(rows + 1, 2 * rowStart.length));
  rowStart.fill(0, 0, rows + 1);
  for (let index = 0; index < count; index++) rowStart[crossingRow[index] + 1]++;
  for (let row = 0; row < rows; row++) rowStart[row + 1] += rowStart[row];
  for (let index = 0; index < count; index++) {
    const slot = rowStart[crossingRow[index]]++;
    sortedX[slot] = crossingX[index];
    sortedDirection[slot] = crossingDirection[index];
  }
  // rowStart[row] now holds the end of row `row`; its start is the previous row's end.
  let start = 0;
  for (let row = 0; row < rows; row++) {
    const end = rowStart[row];
    for (let index = start + 1; index < end; index++) {
      const x = sortedX[index];
      const direction = sortedDirection[index];
      let slot = index - 1;
      while (slot >= start && sortedX[slot] > x) {
        sortedX[slot + 1] = sortedX[slot];
        sortedDirection[slot + 1] = sortedDirection[slot];
        slot--;
      }
      sortedX[slot + 1] = x;
      sortedDirection[slot + 1] = direction;
    }
    let winding = 0;
    for (let index = start; index < end - 1; index++) {
      winding += sortedDirection[index];
      if (winding === 0) continue;
      // Columns whose centre x lies in [x_index, x_index+1).
      let column = Math.ceil((sortedX[index] - originX) * inverse - 0.5) - column0;
      let stop = Math.ceil((sortedX[index + 1] - originX) * inverse - 0.5) - column0;
      if (column < 0) column = 0;
      if (stop > columns) stop = columns;
      for (; column < stop; column++) visit(column, row);
    }
    start = end;
  }
}
