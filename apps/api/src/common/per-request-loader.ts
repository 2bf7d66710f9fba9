import DataLoader from 'dataloader';
import { GraphQLContext } from './viewer';

/** The DataLoader named `key` for this request, created on first use. */
export function perRequest<K, V>(context: GraphQLContext, key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader);
  }
  return loader;
}
