import type { Clock } from '@skillproof/platform';

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * A bounded in-memory map of values loaded from another service, each kept for a lifetime that
 * bounds staleness should an invalidation ever be missed; when full, the least recently read entry
 * goes first. Concurrent misses for one key share one load; a load that began before an
 * invalidation of its key is served to its callers but not kept, so a change that raced with it is
 * not hidden for a whole lifetime.
 */
export class ReadThroughCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly loading = new Map<string, Promise<T>>();
  /** Bumped by every invalidation; a load that saw an older value may hold data from before the change. */
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly lifetimeMs: number,
    private readonly capacity: number,
  ) {}

  /** The cached value, or `load()`'s; `keep` says whether a loaded value may be cached at all. */
  get(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.clock.now().getTime()) {
      // Maps iterate in insertion order: moving a read entry last leaves the least recently read first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return Promise.resolve(hit.value);
    }
    const pending = this.loading.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const loaded = load()
      .then((value) => {
        // Forgetting the key removed this load from `loading`, as did a later load that replaced it.
        if (generation === this.generation && this.loading.get(key) === loaded && keep(value)) this.store(key, value);
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === loaded) this.loading.delete(key);
      });
    this.loading.set(key, loaded);
    return loaded;
  }

  /** Drops every entry `matches` names, by key or by value, and forgets loads under way for those keys. */
  invalidate(matches: (key: string, value?: T) => boolean): void {
    this.generation += 1;
    for (const key of this.loading.keys()) if (matches(key)) this.loading.delete(key);
    for (const [key, entry] of this.entries) if (matches(key, entry.value)) this.entries.delete(key);
  }

  /** Drops one key's entry and its load under way, leaving every other key and load as it is. */
  forget(key: string): void {
    this.loading.delete(key);
    this.entries.delete(key);
  }

  private store(key: string, value: T): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + this.lifetimeMs });
  }
}
