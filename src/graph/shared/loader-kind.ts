/** How to make one kind of DataLoader of a request (see loader-registry.ts). */
import DataLoader from 'dataloader';
import { CypherRunner } from '../../db/database';

/** A node by id, as every loader may prime it (the registry's node loader). */
export interface NodePrimer {
  readonly node: Pick<DataLoader<string, unknown>, 'prime'>;
}

/** `key` identifies the loader within a request; `create` makes it, given the request's other loaders. */
export interface LoaderKind<K, V> {
  readonly key: string;
  create(db: CypherRunner, loaders: NodePrimer): DataLoader<K, V>;
}
