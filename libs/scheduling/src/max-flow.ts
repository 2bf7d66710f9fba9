// Maximum flow by Dinic's algorithm (blocking flows on BFS level graphs; E. A. Dinic, 1970),
// with integer capacities. Used for the upper bound: bipartite matchings and b-matchings are
// flows in the usual networks.
export class MaxFlow {
  private readonly head: Int32Array;
  private next: number[] = [];
  private to: number[] = [];
  private cap: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.level = new Int32Array(nodeCount);
    this.cursor = new Int32Array(nodeCount);
  }

  /** An arc from → to with the given capacity (and its residual twin); returns its id. */
  addArc(from: number, to: number, capacity: number): number {
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.next.push(this.head[from], this.head[to]);
    this.head[from] = this.to.length - 2;
    this.head[to] = this.to.length - 1;
    return this.to.length - 2;
  }

  /** Flow on an arc after run() (its residual twin's capacity). */
  flowOn(arc: number): number {
    return this.cap[arc ^ 1];
  }

  run(source: number, sink: number): number {
    let total = 0;
    const queue = new Int32Array(this.nodeCount);
    for (;;) {
      this.level.fill(-1);
      this.level[source] = 0;
      let read = 0;
      let write = 0;
      queue[write++] = source;
      while (read < write) {
        const node = queue[read++];
        for (let e = this.head[node]; e !== -1; e = this.next[e]) {
          if (this.cap[e] > 0 && this.level[this.to[e]] < 0) {
            this.level[this.to[e]] = this.level[node] + 1;
            queue[write++] = this.to[e];
          }
        }
      }
      if (this.level[sink] < 0) return total;
      this.cursor.set(this.head);
      for (let pushed = this.push(source, sink, Infinity); pushed > 0; pushed = this.push(source, sink, Infinity)) total += pushed;
    }
  }

  /** One augmenting path in the level graph (iterative DFS with per-node cursors). */
  private push(source: number, sink: number, limit: number): number {
    const path: number[] = [];
    let node = source;
    for (;;) {
      if (node === sink) {
        let amount = limit;
        for (const e of path) amount = Math.min(amount, this.cap[e]);
        for (const e of path) {
          this.cap[e] -= amount;
          this.cap[e ^ 1] += amount;
        }
        return amount;
      }
      let e = this.cursor[node];
      while (e !== -1 && !(this.cap[e] > 0 && this.level[this.to[e]] === this.level[node] + 1)) e = this.next[e];
      this.cursor[node] = e;
      if (e === -1) {
        if (node === source) return 0;
        this.level[node] = -1; // dead end: never visit again in this phase
        const back = path.pop()!;
        node = this.to[back ^ 1];
        this.cursor[node] = this.next[this.cursor[node]];
        continue;
      }
      path.push(e);
      node = this.to[e];
    }
  }
}
