import { act, renderHook } from '@testing-library/react';
import type { Client, Sink } from 'graphql-ws';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveEndpoint, retryDelayMs } from './liveClient';
import { LIVE_BATCH_MS, useLiveUpdates, type LiveUpdateHandlers } from './useLiveUpdates';

/** A graphql-ws client stand-in: the test pushes results to whichever subscription asked for a field. */
function fakeClient() {
  const sinks = new Map<string, Sink<unknown>>();
  const listeners = new Map<string, () => void>();
  const client = {
    on(event: string, listener: () => void) {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    subscribe(payload: { query: string }, sink: Sink<unknown>) {
      const field = /recordChanges|dataRevisions/.exec(payload.query)![0];
      sinks.set(field, sink);
      return () => sinks.delete(field);
    },
  } as unknown as Client;
  const getClient = () => client;
  return { client, getClient, push: (field: string, data: unknown) => sinks.get(field)?.next({ data: { [field]: data } }), sinks, emit: (event: string) => listeners.get(event)?.() };
}

const change = (entityType: string, actorUserId: string | null) => ({
  entityType, entityId: `${entityType}-1`, action: 'updated', version: 2, actorUserId, occurredAt: '2026-12-07T01:00:00Z', summary: {},
});

describe('useLiveUpdates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('batches changes by others, ignores the user\'s own, and counts them for the notice', () => {
    const fake = fakeClient();
    const handlers: LiveUpdateHandlers = { selfUserId: 'me', onChanges: vi.fn(), onCoverageRevision: vi.fn(), onResync: vi.fn() };
    const { result, unmount } = renderHook(() => useLiveUpdates(handlers, fake.getClient));
    act(() => {
      fake.push('recordChanges', change('Camera', 'someone'));
      fake.push('recordChanges', change('Pole', 'someone'));
      fake.push('recordChanges', change('Camera', 'me'));
      fake.push('recordChanges', change('Fault', null));
    });
    expect(handlers.onChanges).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(handlers.onChanges).toHaveBeenCalledTimes(1);
    expect([...(handlers.onChanges as ReturnType<typeof vi.fn>).mock.calls[0][0]].sort()).toEqual(['Camera', 'Fault', 'Pole']);
    expect(result.current.othersChanges).toBe(3);
    act(() => result.current.dismiss());
    expect(result.current.othersChanges).toBe(0);
    unmount();
    expect(fake.sinks.size).toBe(0);
  });

  it('refreshes analyses when the coverage revision moves, and everything on a resync', () => {
    const fake = fakeClient();
    const handlers: LiveUpdateHandlers = { selfUserId: null, onChanges: vi.fn(), onCoverageRevision: vi.fn(), onResync: vi.fn() };
    renderHook(() => useLiveUpdates(handlers, fake.getClient));
    act(() => {
      fake.push('dataRevisions', { coverage: '41', network: '7', street: '2', resync: false });
      fake.push('dataRevisions', { coverage: '41', network: '8', street: '2', resync: false });
      fake.push('dataRevisions', { coverage: '43', network: '8', street: '2', resync: false });
      fake.push('dataRevisions', { coverage: null, network: null, street: null, resync: true });
    });
    expect((handlers.onCoverageRevision as ReturnType<typeof vi.fn>).mock.calls).toEqual([['41'], ['43']]);
    expect(handlers.onResync).toHaveBeenCalledTimes(1);
  });

  it('hands a maintenance revision moved by others over with the same batch (one refetch), and ignores the user\'s own', () => {
    const fake = fakeClient();
    const handlers: LiveUpdateHandlers = { selfUserId: 'me', onChanges: vi.fn(), onCoverageRevision: vi.fn(), onResync: vi.fn() };
    const { result } = renderHook(() => useLiveUpdates(handlers, fake.getClient));
    const onChanges = handlers.onChanges as ReturnType<typeof vi.fn>;
    // A fault logged by someone else: its record change and the revision it moved, from one commit.
    act(() => {
      fake.push('recordChanges', change('Fault', 'someone'));
      fake.push('dataRevisions', { coverage: '5', maintenance: '12', installation: '3', actorUserId: 'someone', resync: false });
      vi.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onChanges).toHaveBeenCalledTimes(1);
    expect([...onChanges.mock.calls[0][0]]).toEqual(['Fault']);
    expect([...onChanges.mock.calls[0][2]].sort()).toEqual(['installation', 'maintenance']);
    // The user's own write: their panel already shows it.
    act(() => {
      fake.push('dataRevisions', { coverage: '5', maintenance: '13', installation: '3', actorUserId: 'me', resync: false });
      vi.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onChanges).toHaveBeenCalledTimes(1);
    // A bulk write (no per-row changes, no single author): the revision alone is the news, counted as one change.
    act(() => {
      fake.push('dataRevisions', { coverage: '5', maintenance: '20', installation: '3', actorUserId: null, resync: false });
      vi.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onChanges).toHaveBeenCalledTimes(2);
    expect([...onChanges.mock.calls[1][0]]).toEqual([]);
    expect([...onChanges.mock.calls[1][2]]).toEqual(['maintenance']);
    expect(result.current.othersChanges).toBe(2);
  });

  it('says when it is connected, and refreshes everything after a reconnection (changes may have been missed)', () => {
    const fake = fakeClient();
    const handlers: LiveUpdateHandlers = { selfUserId: null, onChanges: vi.fn(), onCoverageRevision: vi.fn(), onResync: vi.fn() };
    const { result } = renderHook(() => useLiveUpdates(handlers, fake.getClient));
    expect(result.current.connected).toBe(false);
    act(() => fake.emit('connected'));
    expect(result.current.connected).toBe(true);
    expect(handlers.onResync).not.toHaveBeenCalled();
    act(() => fake.emit('closed'));
    expect(result.current.connected).toBe(false);
    act(() => fake.emit('connected'));
    expect(handlers.onResync).toHaveBeenCalledTimes(1);
  });
});

describe('the live client', () => {
  it('connects to /graphql on the page\'s origin, wss behind https', () => {
    expect(liveEndpoint({ protocol: 'https:', host: 'vigie.fes.ma' })).toBe('wss://vigie.fes.ma/graphql');
    expect(liveEndpoint({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/graphql');
  });

  it('waits longer after each failed attempt, up to 30 s', () => {
    expect(retryDelayMs(0, () => 0.5)).toBe(500);
    expect(retryDelayMs(3, () => 0.5)).toBe(4_000);
    expect(retryDelayMs(20, () => 0.5)).toBe(30_000);
  });
});
