import { describe, expect, it, vi } from 'vitest';
import { UndoStack } from './undoStack';

describe('UndoStack', () => {
  it('undoes the newest edit first', async () => {
    const stack = new UndoStack();
    const done: string[] = [];
    stack.push({ label: 'a', undo: async () => void done.push('a') });
    stack.push({ label: 'b', undo: async () => void done.push('b') });
    expect(stack.peek()?.label).toBe('b');
    expect((await stack.undoLast())?.label).toBe('b');
    expect((await stack.undoLast())?.label).toBe('a');
    expect(await stack.undoLast()).toBeUndefined();
    expect(done).toEqual(['b', 'a']);
  });

  it('keeps at most `limit` entries', () => {
    const stack = new UndoStack(2);
    for (const label of ['a', 'b', 'c']) stack.push({ label, undo: vi.fn(async () => undefined) });
    expect(stack.size).toBe(2);
    expect(stack.peek()?.label).toBe('c');
  });

  it('drops an entry whose undo fails, and passes the failure on', async () => {
    const stack = new UndoStack();
    stack.push({ label: 'ok', undo: async () => undefined });
    stack.push({ label: 'broken', undo: async () => { throw new Error('STALE'); } });
    await expect(stack.undoLast()).rejects.toThrow('STALE');
    expect(stack.peek()?.label).toBe('ok');
  });
});
