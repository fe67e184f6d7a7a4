/**
 * The request's DataLoaders, in one registry: each kind of loader is created on first use in a
 * request and kept under its key, so `forget` reaches every loader there is by construction (a
 * loader added later cannot be missed). Modules declare their loader kinds beside their Cypher;
 * this registry names none of them.
 */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';
import { LoaderKind } from './loader-kind';
import { NODE_LOADER } from './node.loader';
import { EntityRow } from './rows';

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly db: CypherRunner) {}

  /** Nodes by id: every other loader primes it with the nodes it reads. */
  get node(): DataLoader<string, EntityRow | null> {
    return this.get(NODE_LOADER);
  }

  get<K, V>(kind: LoaderKind<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(kind.key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = kind.create(this.db, this);
      this.loaders.set(kind.key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /**
   * After a write: forget what this request cached about the nodes it changed, so the rest of the
   * response reads them afresh. Every loader is keyed by the id of the node asked about (lists by
   * the node asked from), so both ends of a changed relationship go. (The claims loader is keyed by
   * subject; its cache forgets the relationships of a forgotten node with it: claims.loaders.ts.)
   */
  forget(ids: string[]): void {
    for (const loader of this.loaders.values()) {
      for (const id of ids) loader.clear(id);
    }
  }

  /** After a write whose effects reach further than its ids (a merge): forget everything. */
  forgetAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

export type { LoaderKind };
