import { arrayScanDijkstra, heapDijkstraToNearest } from './reference-algorithms';
import { seededRandom } from './generated-city-network';

describe('the routing references agree', () => {
  // A random sparse graph (both directions, random lengths) with a few targets: the heap Dijkstra with
  // early exit must find the same nearest target distance as the full array-scan one.
  const random = seededRandom(7);
  const vertexCount = 300;
  const edges: [number, number, number][] = [];
  for (let edge = 0; edge < 900; edge++) {
    const a = Math.floor(random() * vertexCount);
    const b = Math.floor(random() * vertexCount);
    const length = 1 + random() * 99;
    edges.push([a, b, length], [b, a, length]);
  }
  edges.sort((x, y) => x[0] - y[0]);
  const offsets = new Int32Array(vertexCount + 1);
  for (const [from] of edges) offsets[from + 1]++;
  for (let vertex = 0; vertex < vertexCount; vertex++) offsets[vertex + 1] += offsets[vertex];
  const targets = Int32Array.from(edges, ([, to]) => to);
  const weights = Float64Array.from(edges, ([, , length]) => length);
  const targetCost = new Float64Array(vertexCount).fill(Infinity);
  for (let target = 0; target < 6; target++) targetCost[Math.floor(random() * vertexCount)] = random() * 20;

  it.each([0, 17, 123, 299])('from vertex %d', (start) => {
    const sources = [{ vertex: start, distance: 3 }];
    const all = arrayScanDijkstra(vertexCount, offsets, targets, weights, sources);
    let expected = Infinity;
    for (let vertex = 0; vertex < vertexCount; vertex++) expected = Math.min(expected, all[vertex] + targetCost[vertex]);
    expect(heapDijkstraToNearest(vertexCount, offsets, targets, weights, sources, targetCost)).toBeCloseTo(expected, 9);
  });
});
