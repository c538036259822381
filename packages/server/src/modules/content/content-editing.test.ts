import type { Database } from '../../platform/db/database';
import { ContentSlugs, slugify } from './content-editing';

class CourseLike {
  id: string;
  slug: string;
}

const slugs = new ContentSlugs({ entity: CourseLike, table: 'course', noun: 'course' });

/** A database whose every write fails as the driver would. */
function failingDb(error: unknown): Database {
  return { write: () => Promise.reject(error) } as unknown as Database;
}

describe('content slugs', () => {
  it('turns a lost race on the unique slug index into SLUG_TAKEN naming the kind', async () => {
    const sqlite = new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: course.slug');
    await expect(slugs.write(failingDb(sqlite), async () => 1)).rejects.toMatchObject({
      code: 'SLUG_TAKEN',
      message: 'Another course already has this address.',
      details: { field: 'slug', hint: 'Choose another slug.' },
    });
    const postgres = Object.assign(new Error('duplicate key value violates unique constraint'), {
      detail: 'Key (slug)=(intro) already exists.',
    });
    await expect(slugs.write(failingDb(postgres), async () => 1)).rejects.toMatchObject({
      code: 'SLUG_TAKEN',
    });
  });

  it('runs a write whose slug comes from the title again when another item took that slug meanwhile', async () => {
    const conflict = new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: course.slug');
    let runs = 0;
    const losesOnce = {
      write: (_ids: string[], work: (manager: unknown) => Promise<string>) =>
        ++runs === 1 ? Promise.reject(conflict) : work(null),
    } as unknown as Database;
    await expect(slugs.writeWithSlugFromTitle(losesOnce, async () => 'intro-2')).resolves.toBe(
      'intro-2',
    );
    expect(runs).toBe(2);
    // A slug someone chose is theirs to change: that write is not run again.
    runs = 0;
    await expect(slugs.writeNew(losesOnce, 'intro', async () => 'intro')).rejects.toMatchObject({
      code: 'SLUG_TAKEN',
    });
    expect(runs).toBe(1);
    // Losing every time ends with SLUG_TAKEN rather than forever.
    await expect(
      slugs.writeWithSlugFromTitle(failingDb(conflict), async () => 1),
    ).rejects.toMatchObject({ code: 'SLUG_TAKEN' });
  });

  it('lets any other failure through as it is', async () => {
    const other = new Error('UNIQUE constraint failed: lesson.position');
    await expect(slugs.write(failingDb(other), async () => 1)).rejects.toBe(other);
  });

  it('makes a slug of the title’s words', () => {
    expect(slugify('Configuring the Proxy (v7.2)')).toBe('configuring-the-proxy-v7-2');
    expect(slugify('Über Café')).toBe('uber-cafe');
  });
});
