import { describe, expect, it } from 'vitest';
import { planFeatureUpdate, type FeatureSource } from './featureGroup';

type Node = { id: string; version: number };
const source = (node: Node): FeatureSource<Node> => ({ id: node.id, revision: node.version, node });

describe('planFeatureUpdate', () => {
  it('builds everything the first time', () => {
    const nodes = [{ id: 'a', version: 1 }, { id: 'b', version: 1 }];
    expect(planFeatureUpdate(new Map(), nodes.map(source))).toEqual({ build: nodes.map(source), remove: [], retarget: [] });
  });

  it('rebuilds only what changed, drops what is gone, and points reloaded nodes at the new objects', () => {
    const a = { id: 'a', version: 1 };
    const b = { id: 'b', version: 1 };
    const c = { id: 'c', version: 1 };
    const drawn = new Map([[a.id, { revision: 1, node: a }], [b.id, { revision: 1, node: b }], [c.id, { revision: 1, node: c }]]);
    const aReloaded = { id: 'a', version: 1 };
    const bEdited = { id: 'b', version: 2 };
    const d = { id: 'd', version: 1 };
    const plan = planFeatureUpdate(drawn, [aReloaded, bEdited, d].map(source));
    expect(plan.build.map((item) => item.node)).toEqual([bEdited, d]);
    expect(plan.remove.sort()).toEqual(['b', 'c']);
    expect(plan.retarget.map((item) => item.node)).toEqual([aReloaded]);
  });

  it('does nothing when the same nodes come again, and ignores a repeated id', () => {
    const a = { id: 'a', version: 3 };
    const drawn = new Map([[a.id, { revision: 3, node: a }]]);
    expect(planFeatureUpdate(drawn, [a, a].map(source))).toEqual({ build: [], remove: [], retarget: [] });
  });
});
