import { layoutNetwork, neighbourInDirection, nodeRadius } from './networkLayout';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutNetwork', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const rels = [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'a', to: 'c' },
    { from: 'd', to: 'e' },
    { from: 'x', to: 'a' },
  ];

  it('is deterministic', () => {
    expect(layoutNetwork(ids, rels)).toEqual(layoutNetwork(ids, rels));
  });

  it('keeps every node in the frame and ignores links to unknown nodes', () => {
    const layout = layoutNetwork(ids, rels, { width: 400, height: 300 });
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(400);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(300);
    }
    expect(layout.links.map((l) => l.index)).toEqual([0, 1, 2, 3]);
  });

  it('draws linked nodes closer than unlinked ones, and grows nodes with their links', () => {
    const { nodes } = layoutNetwork(ids, rels);
    const [a, b, , d, , f] = nodes;
    expect(dist(a!, b!)).toBeLessThan(dist(a!, f!));
    expect(dist(a!, b!)).toBeLessThan(dist(b!, d!));
    expect(nodes.map((n) => n.degree)).toEqual([2, 2, 2, 1, 1, 0]);
    expect(nodes[0]!.radius).toBeGreaterThan(nodes[5]!.radius);
    expect(nodeRadius(0)).toBe(6);
    expect(nodeRadius(1000)).toBe(22);
  });

  it('handles no node, one node and nodes on top of each other', () => {
    expect(layoutNetwork([], []).nodes).toEqual([]);
    expect(layoutNetwork(['solo'], [], { width: 100, height: 80 }).nodes[0]).toMatchObject({ x: 50, y: 40 });
    const twins = layoutNetwork(['a', 'b'], [{ from: 'a', to: 'b' }]);
    expect(dist(twins.nodes[0]!, twins.nodes[1]!)).toBeGreaterThan(10);
  });

  it('lays out 300 stakeholders and 1,000 relationships in reasonable time', () => {
    const many = Array.from({ length: 300 }, (_, i) => `s${i}`);
    const links = Array.from({ length: 1000 }, (_, i) => ({ from: `s${(i * 7) % 300}`, to: `s${(i * 13 + 1) % 300}` }));
    const started = Date.now();
    const layout = layoutNetwork(many, links);
    // Loose on purpose (shared CI machines); the real timing is in `npm run bench`.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });
});

describe('neighbourInDirection', () => {
  const nodes = [
    { x: 0, y: 0 },
    { x: 10, y: 1 },
    { x: 30, y: 0 },
    { x: 0, y: 20 },
    { x: -5, y: -20 },
  ];

  it('moves to the nearest node that way', () => {
    expect(neighbourInDirection(nodes, 0, 'right')).toBe(1);
    expect(neighbourInDirection(nodes, 1, 'right')).toBe(2);
    expect(neighbourInDirection(nodes, 0, 'down')).toBe(3);
    expect(neighbourInDirection(nodes, 0, 'up')).toBe(4);
  });

  it('stays put when nothing lies that way', () => {
    expect(neighbourInDirection(nodes, 2, 'right')).toBe(2);
    expect(neighbourInDirection(nodes, 0, 'left')).toBe(0);
  });
});
