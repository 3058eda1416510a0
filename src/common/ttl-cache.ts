import { LRUCache } from 'lru-cache';
import type { Clock } from './clock';

/** What a cache of database reads is given: how long an entry is trusted, how many are kept, how one is read. */
export interface TtlCacheOptions<V extends object> {
  ttlMs: number;
  max: number;
  /** Reads the value of a key (undefined: nothing to cache, the key is unknown). */
  read: (key: string) => Promise<V | undefined>;
}

/**
 * The server's one cache mechanism (tokens, round state): plain TTL counted
 * on the injected clock (an entry older than the TTL is read again), at most `max` entries (least recently used go
 * first), and callers that miss the same key together share one read. An
 * entry deleted while its read is in flight is not stored from that read.
 */
export function ttlCache<V extends object>(clock: Clock, options: TtlCacheOptions<V>): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max: options.max,
    ttl: options.ttlMs,
    // every staleness check reads the injected clock (no cached time)
    ttlResolution: 0,
    perf: { now: () => clock.now().getTime() },
    fetchMethod: (key) => options.read(key),
  });
}
