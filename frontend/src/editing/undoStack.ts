/**
 * The last edits, newest on top, each with the action that reverses it. Pure bookkeeping: the entries'
 * `undo` functions do the API calls. Undoing pops the entry first, so a failed undo is not retried
 * forever; the caller reports the failure.
 */
export interface UndoEntry {
  /** Shown as "Undo: <label>". */
  label: string;
  undo: () => Promise<void>;
}

export class UndoStack<TEntry extends UndoEntry = UndoEntry> {
  private entries: TEntry[] = [];
  constructor(private readonly limit = 50) {}

  push(entry: TEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  peek(): TEntry | undefined {
    return this.entries[this.entries.length - 1];
  }

  get size(): number {
    return this.entries.length;
  }

  /** Pops the newest entry and runs its undo; resolves to the entry undone, or undefined when empty. */
  async undoLast(): Promise<TEntry | undefined> {
    const entry = this.entries.pop();
    if (!entry) return undefined;
    await entry.undo();
    return entry;
  }

  clear(): void {
    this.entries = [];
  }
}
