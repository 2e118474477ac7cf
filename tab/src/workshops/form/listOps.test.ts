import { appendToDraft, insertAt, moveInDraft, moveItem, removeFromDraft, removeManyFromDraft, undoRemoval } from './listOps';

describe('list operations', () => {
  it('moves an item up and down, clamped to the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 9)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a'], 4, 0)).toEqual(['a']);
  });

  it('inserts at a clamped index', () => {
    expect(insertAt(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
    expect(insertAt(['a'], 5, 'z')).toEqual(['a', 'z']);
  });

  it('removes an item and puts it back where it was', () => {
    const draft = { problems: [{ s: 'p1' }, { s: 'p2' }, { s: 'p3' }], name: 'x' };
    const { draft: removed, removal } = removeFromDraft(draft, 'problems', 1, { id: 1, label: 'Problems' });
    expect(removed.problems).toEqual([{ s: 'p1' }, { s: 'p3' }]);
    expect(removal).toMatchObject({ path: 'problems', label: 'Problems', items: [{ path: 'problems', index: 1, item: { s: 'p2' } }] });
    expect(undoRemoval(removed, removal!)).toEqual(draft);
  });

  it('undo keeps the edits made after the removal', () => {
    const draft = { values: ['a', 'b', 'c'], name: 'x' };
    const { draft: removed, removal } = removeFromDraft(draft, 'values', 0, { id: 1, label: 'Values' });
    const edited = { ...appendToDraft(removed, 'values', 'd'), name: 'y' };
    expect(undoRemoval(edited, removal!)).toEqual({ values: ['a', 'b', 'c', 'd'], name: 'y' });
  });

  it('works on nested lists and ignores a bad index', () => {
    const draft = { pulse: { itemIds: ['P1', 'P2'], frequency: 'quarter' } };
    expect(moveInDraft(draft, 'pulse.itemIds', 1, 0)).toEqual({ pulse: { itemIds: ['P2', 'P1'], frequency: 'quarter' } });
    expect(removeFromDraft(draft, 'pulse.itemIds', 7, { id: 2, label: '' })).toEqual({ draft, removal: undefined });
    expect(appendToDraft({}, 'objectives', '')).toEqual({ objectives: [''] });
  });
});

describe('removing several items at once', () => {
  it('takes a stakeholder and the relationships that name it, and undo puts all of them back in place', () => {
    const draft = {
      stakeholders: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      relationships: [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'c' },
        { from: 'c', to: 'b' },
      ],
    };
    const { draft: removed, removal } = removeManyFromDraft(
      draft,
      [
        { path: 'stakeholders', index: 1 },
        { path: 'relationships', index: 2 },
        { path: 'relationships', index: 0 },
        { path: 'relationships', index: 9 },
      ],
      { id: 3, label: 'Stakeholders', path: 'stakeholders' },
    );
    expect(removed).toEqual({ stakeholders: [{ id: 'a' }, { id: 'c' }], relationships: [{ from: 'a', to: 'c' }] });
    expect(removal!.items.map((i) => `${i.path}.${i.index}`)).toEqual(['stakeholders.1', 'relationships.0', 'relationships.2']);
    expect(undoRemoval(removed, removal!)).toEqual(draft);
  });

  it('gives no removal when nothing matched', () => {
    const draft = { a: [1] };
    expect(removeManyFromDraft(draft, [{ path: 'a', index: 4 }], { id: 1, label: '', path: 'a' })).toEqual({ draft, removal: undefined });
  });
});
