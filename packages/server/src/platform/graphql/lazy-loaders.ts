/** Makes one module's DataLoaders for a request, e.g. () => createNewsLoaders(manager). */
export type LoaderGroup = () => object;

/**
 * Which group makes each loader, learnt once by making every group (loader names do not depend on
 * the request). Two groups naming the same loader would shadow each other, so that is refused.
 */
export function loaderIndex(groups: readonly LoaderGroup[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const name of Object.keys(group())) {
      if (index.has(name)) throw new Error(`Two loader groups both make "${name}".`);
      index.set(name, i);
    }
  });
  return index;
}

/**
 * A request's loaders, each group made the first time one of its loaders is read. A request reads
 * a few of the thirty-odd loaders, and making them all took longer than the request's session
 * lookup. Each call gives fresh loaders: a DataLoader caches, and must not outlive its request.
 */
export function lazyLoaders<T extends object>(
  groups: readonly LoaderGroup[],
  index: ReadonlyMap<string, number>,
): T {
  const made: Array<Record<string, unknown> | undefined> = [];
  return new Proxy({} as T, {
    get(_target, name) {
      const i = typeof name === 'string' ? index.get(name) : undefined;
      if (i === undefined) return undefined;
      made[i] ??= groups[i]!() as Record<string, unknown>;
      return made[i][name as string];
    },
  });
}
