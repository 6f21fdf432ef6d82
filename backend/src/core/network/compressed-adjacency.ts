/** Compressed sparse row adjacency (CSR): the neighbours of v are targets[offsets[v] .. offsets[v + 1]). */
export interface CompressedAdjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

/** Collects directed edges in growable typed arrays, then packs them into CSR (out and in). */
export class DirectedEdgeCollector {
  private sources = new Int32Array(1024);
  private destinations = new Int32Array(1024);
  private count = 0;

  get edgeCount(): number {
    return this.count;
  }

  add(from: number, to: number): void {
    if (this.count === this.sources.length) {
      const grownSources = new Int32Array(this.count * 2);
      grownSources.set(this.sources);
      this.sources = grownSources;
      const grownDestinations = new Int32Array(this.count * 2);
      grownDestinations.set(this.destinations);
      this.destinations = grownDestinations;
    }
    this.sources[this.count] = from;
    this.destinations[this.count] = to;
    this.count++;
  }

  addBothWays(a: number, b: number): void {
    this.add(a, b);
    this.add(b, a);
  }

  build(vertexCount: number): { out: CompressedAdjacency; in: CompressedAdjacency } {
    return {
      out: pack(vertexCount, this.sources, this.destinations, this.count),
      in: pack(vertexCount, this.destinations, this.sources, this.count),
    };
  }
}

function pack(vertexCount: number, from: Int32Array, to: Int32Array, count: number): CompressedAdjacency {
  const offsets = new Int32Array(vertexCount + 1);
  for (let i = 0; i < count; i++) offsets[from[i] + 1]++;
  for (let v = 0; v < vertexCount; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, vertexCount);
  const targets = new Int32Array(count);
  for (let i = 0; i < count; i++) targets[cursor[from[i]]++] = to[i];
  return { offsets, targets };
}

/** A binary min-heap of (vertex, priority) pairs on typed arrays, with lazy deletion by the caller. */
export class BinaryMinHeap {
  private vertices: Int32Array;
  private priorities: Float64Array;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.vertices = new Int32Array(initialCapacity);
    this.priorities = new Float64Array(initialCapacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(vertex: number, priority: number): void {
    if (this.size === this.vertices.length) {
      const grownVertices = new Int32Array(this.size * 2);
      grownVertices.set(this.vertices);
      this.vertices = grownVertices;
      const grownPriorities = new Float64Array(this.size * 2);
      grownPriorities.set(this.priorities);
      this.priorities = grownPriorities;
    }
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.priorities[parent] <= priority) break;
      this.vertices[index] = this.vertices[parent];
      this.priorities[index] = this.priorities[parent];
      index = parent;
    }
    this.vertices[index] = vertex;
    this.priorities[index] = priority;
  }

  peekPriority(): number {
    return this.priorities[0];
  }

  /** Removes the minimum; read its priority with peekPriority() before. */
  pop(): number {
    const top = this.vertices[0];
    const lastVertex = this.vertices[--this.size];
    const lastPriority = this.priorities[this.size];
    let index = 0;
    const half = this.size >> 1;
    while (index < half) {
      let child = 2 * index + 1;
      if (child + 1 < this.size && this.priorities[child + 1] < this.priorities[child]) child++;
      if (this.priorities[child] >= lastPriority) break;
      this.vertices[index] = this.vertices[child];
      this.priorities[index] = this.priorities[child];
      index = child;
    }
    this.vertices[index] = lastVertex;
    this.priorities[index] = lastPriority;
    return top;
  }
}
