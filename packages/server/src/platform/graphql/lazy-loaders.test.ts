import { lazyLoaders, loaderIndex, type LoaderGroup } from './lazy-loaders';

/** Two groups that count how often they are made, as the request's loader factories would be. */
function countingGroups() {
  const made = { news: 0, training: 0 };
  const groups: LoaderGroup[] = [
    () => {
      made.news++;
      return { newsById: { name: 'newsById' }, newsReads: { name: 'newsReads' } };
    },
    () => {
      made.training++;
      return { courseById: { name: 'courseById' } };
    },
  ];
  return { made, groups };
}

type Loaders = Record<'newsById' | 'newsReads' | 'courseById', { name: string }>;

describe('lazy loaders', () => {
  it('makes a group only when one of its loaders is first read, and once', () => {
    const { made, groups } = countingGroups();
    const index = loaderIndex(groups);
    made.news = made.training = 0;
    const loaders = lazyLoaders<Loaders>(groups, index);
    expect(made).toEqual({ news: 0, training: 0 });
    expect(loaders.newsById.name).toBe('newsById');
    expect(loaders.newsReads.name).toBe('newsReads');
    expect(loaders.newsById).toBe(loaders.newsById);
    expect(made).toEqual({ news: 1, training: 0 });
  });

  it('gives every request loaders of its own', () => {
    const { groups } = countingGroups();
    const index = loaderIndex(groups);
    const first = lazyLoaders<Loaders>(groups, index);
    const second = lazyLoaders<Loaders>(groups, index);
    expect(first.courseById).not.toBe(second.courseById);
  });

  it('refuses two groups making a loader of the same name', () => {
    const groups: LoaderGroup[] = [() => ({ byId: 1 }), () => ({ byId: 2 })];
    expect(() => loaderIndex(groups)).toThrow('Two loader groups both make "byId".');
  });
});
