/**
 * Dominators (Lengauer-Tarjan, the "simple" variant with path compression, O(m log n)) on a CSR graph.
 * A vertex d dominates v when every path from the root to v passes through d: with fiber runs and
 * power feeds modelled as vertices, the dominators of a camera are exactly the elements whose failure
 * alone cuts it off. Iterative throughout (no recursion), typed arrays only.
 */
import type { CompressedAdjacency } from './compressed-adjacency';

export interface DominatorTree {
  rootVertex: number;
  /** Immediate dominator of each vertex; the root's is itself; -1 when unreachable from the root. */
  immediateDominator: Int32Array;
  /** Position of each vertex in a preorder walk of the dominator tree (-1 when unreachable). */
  preorderIndex: Int32Array;
  /** One past the last preorder position of the vertex's dominator subtree. */
  subtreeEnd: Int32Array;
  /** Reachable vertices in dominator-tree preorder: the subtree of v is order[preorderIndex[v] .. subtreeEnd[v]). */
  order: Int32Array;
  reachableCount: number;
}

export function computeDominatorTree(
  vertexCount: number,
  out: CompressedAdjacency,
  incoming: CompressedAdjacency,
  rootVertex: number,
): DominatorTree {
  // 1. Depth-first numbering from the root.
  const dfsNumber = new Int32Array(vertexCount).fill(-1);
  const vertexAt = new Int32Array(vertexCount);
  const parentNumber = new Int32Array(vertexCount);
  const stackVertex = new Int32Array(vertexCount);
  const stackEdge = new Int32Array(vertexCount);
  let count = 0;
  let top = 0;
  dfsNumber[rootVertex] = count;
  vertexAt[count++] = rootVertex;
  parentNumber[0] = -1;
  stackVertex[0] = rootVertex;
  stackEdge[0] = out.offsets[rootVertex];
  while (top >= 0) {
    const vertex = stackVertex[top];
    const edge = stackEdge[top];
    if (edge < out.offsets[vertex + 1]) {
      stackEdge[top] = edge + 1;
      const next = out.targets[edge];
      if (dfsNumber[next] === -1) {
        dfsNumber[next] = count;
        vertexAt[count] = next;
        parentNumber[count] = dfsNumber[vertex];
        count++;
        top++;
        stackVertex[top] = next;
        stackEdge[top] = out.offsets[next];
      }
    } else {
      top--;
    }
  }

  // 2. Semidominators and implicit immediate dominators, in DFS-number space.
  const semi = new Int32Array(count);
  const label = new Int32Array(count);
  const ancestor = new Int32Array(count).fill(-1);
  const idom = new Int32Array(count);
  const bucketHead = new Int32Array(count).fill(-1);
  const bucketNext = new Int32Array(count).fill(-1);
  const path = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    semi[i] = i;
    label[i] = i;
  }
  const evaluate = (v: number): number => {
    if (ancestor[v] === -1) return v;
    // compress, iteratively: collect the chain whose grand-ancestor exists, fix it top-down.
    let length = 0;
    let x = v;
    while (ancestor[ancestor[x]] !== -1) {
      path[length++] = x;
      x = ancestor[x];
    }
    while (length > 0) {
      const y = path[--length];
      const a = ancestor[y];
      if (semi[label[a]] < semi[label[y]]) label[y] = label[a];
      ancestor[y] = ancestor[a];
    }
    return label[v];
  };
  for (let w = count - 1; w >= 1; w--) {
    const vertex = vertexAt[w];
    for (let edge = incoming.offsets[vertex]; edge < incoming.offsets[vertex + 1]; edge++) {
      const v = dfsNumber[incoming.targets[edge]];
      if (v === -1) continue;
      const u = evaluate(v);
      if (semi[u] < semi[w]) semi[w] = semi[u];
    }
    bucketNext[w] = bucketHead[semi[w]];
    bucketHead[semi[w]] = w;
    const p = parentNumber[w];
    ancestor[w] = p;
    for (let v = bucketHead[p]; v !== -1; v = bucketNext[v]) {
      const u = evaluate(v);
      idom[v] = semi[u] < semi[v] ? u : p;
    }
    bucketHead[p] = -1;
  }
  for (let w = 1; w < count; w++) {
    if (idom[w] !== semi[w]) idom[w] = idom[idom[w]];
  }

  // 3. Back to vertex space, and a preorder of the dominator tree for O(1) "d dominates v" tests.
  const immediateDominator = new Int32Array(vertexCount).fill(-1);
  immediateDominator[rootVertex] = rootVertex;
  for (let w = 1; w < count; w++) immediateDominator[vertexAt[w]] = vertexAt[idom[w]];
  const childOffsets = new Int32Array(vertexCount + 1);
  for (let w = 1; w < count; w++) childOffsets[vertexAt[idom[w]] + 1]++;
  for (let v = 0; v < vertexCount; v++) childOffsets[v + 1] += childOffsets[v];
  const cursor = childOffsets.slice(0, vertexCount);
  const children = new Int32Array(Math.max(0, count - 1));
  for (let w = 1; w < count; w++) children[cursor[vertexAt[idom[w]]]++] = vertexAt[w];
  const { preorderIndex, subtreeEnd, order } = preorderOfTree(vertexCount, rootVertex, childOffsets, children, count);
  return { rootVertex, immediateDominator, preorderIndex, subtreeEnd, order, reachableCount: count };
}

/** Preorder positions and subtree ends of a rooted tree given as children CSR. */
export function preorderOfTree(
  vertexCount: number,
  rootVertex: number,
  childOffsets: Int32Array,
  children: Int32Array,
  reachableCount: number,
): { preorderIndex: Int32Array; subtreeEnd: Int32Array; order: Int32Array } {
  const preorderIndex = new Int32Array(vertexCount).fill(-1);
  const subtreeEnd = new Int32Array(vertexCount).fill(-1);
  const order = new Int32Array(reachableCount);
  const stackVertex = new Int32Array(reachableCount);
  const stackChild = new Int32Array(reachableCount);
  let position = 0;
  let top = 0;
  stackVertex[0] = rootVertex;
  stackChild[0] = childOffsets[rootVertex];
  preorderIndex[rootVertex] = position;
  order[position++] = rootVertex;
  while (top >= 0) {
    const vertex = stackVertex[top];
    const child = stackChild[top];
    if (child < childOffsets[vertex + 1]) {
      stackChild[top] = child + 1;
      const next = children[child];
      preorderIndex[next] = position;
      order[position++] = next;
      top++;
      stackVertex[top] = next;
      stackChild[top] = childOffsets[next];
    } else {
      subtreeEnd[vertex] = position;
      top--;
    }
  }
  return { preorderIndex, subtreeEnd, order };
}

/** True when d dominates v (every vertex dominates itself). */
export function dominates(tree: DominatorTree, dominator: number, vertex: number): boolean {
  const position = tree.preorderIndex[vertex];
  const start = tree.preorderIndex[dominator];
  return position !== -1 && start !== -1 && position >= start && position < tree.subtreeEnd[dominator];
}
