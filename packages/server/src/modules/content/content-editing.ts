import type { EntityManager, EntityTarget, FindOptionsSelect, FindOptionsWhere } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { canManageContent, type Actor } from '@foyer/shared';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { forbidden, requireActor } from '../organization/organization-access';

/*
 * What the editors of every kind of content (articles, updates, courses, announcements, and the
 * questions of the community) do alike: who may edit, how a slug is made and kept unique, and how
 * one item's writers are made to take turns. Kept here once so the kinds cannot drift apart.
 */

/** The actor, if signed in and allowed to manage content (the vendor's active administrators). */
export function requireContentEditor(actor: Actor | null): Actor {
  const signedIn = requireActor(actor);
  if (!canManageContent(signedIn)) throw forbidden();
  return signedIn;
}

/** An optional text as stored: trimmed, and null when nothing is left. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** "Configuring the Proxy (v7.2)" → "configuring-the-proxy-v7-2". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** How often a write whose slug comes from the title is tried while others take that slug first. */
const SLUG_FROM_TITLE_ATTEMPTS = 5;

interface Slugged {
  id: string;
  slug: string;
}

/**
 * The slugs of one kind of content. A slug is the item's address in the web app, so it is unique
 * in the kind's table (a unique index backs that up) and never one of the kind's own pages.
 */
export class ContentSlugs<E extends Slugged> {
  constructor(
    private readonly kind: {
      entity: EntityTarget<E>;
      /** The table, as a unique violation on its slug index names it. */
      table: string;
      /** What SLUG_TAKEN calls an item of this kind: "Another <noun> already has this address." */
      noun: string;
      /** Addresses of the kind's own pages, e.g. "new" for /news/new. */
      reserved?: readonly string[];
    },
  ) {}

  /** The slug asked for, lower-cased, if no other item of the kind (than `itemId`) has it. */
  async claim(manager: EntityManager, wanted: string, itemId: string | null): Promise<string> {
    const slug = wanted.trim().toLowerCase();
    if (this.isReserved(slug)) {
      throw new DomainError('SLUG_TAKEN', `“${slug}” is the address of one of Foyer’s own pages.`, {
        field: 'slug',
        hint: 'Choose another slug.',
      });
    }
    const holder = await manager.findOne(this.kind.entity, {
      where: { slug } as FindOptionsWhere<E>,
      select: { id: true } as FindOptionsSelect<E>,
    });
    if (holder && holder.id !== itemId) throw this.taken();
    return slug;
  }

  /** The title as a slug, with -2, -3… if another item of the kind has it. */
  async freeFor(manager: EntityManager, title: string): Promise<string> {
    const base = slugify(title);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base.slice(0, 115)}-${n}`;
      if (this.isReserved(candidate)) continue;
      if (
        !(await manager.exists(this.kind.entity, {
          where: { slug: candidate } as FindOptionsWhere<E>,
        }))
      )
        return candidate;
    }
  }

  /**
   * A write for this kind. Content belongs to no organization, so no organization's lock is taken
   * (lockContentRow orders the writers of one item). Two editors choosing the same new slug at
   * once both pass `claim`; the unique index decides, and the loser hears SLUG_TAKEN.
   */
  async write<T>(db: Database, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await db.write([], work);
    } catch (error) {
      if (this.isSlugConflict(error)) throw this.taken();
      throw error;
    }
  }

  /**
   * A write whose slug `freeFor` makes from the title, with nobody choosing it. On PostgreSQL two
   * such writes with the same title run side by side and can both find the same slug free; the
   * one the unique index stops runs again and then finds the next one free. `work` must build
   * everything it writes afresh each time it runs.
   */
  async writeWithSlugFromTitle<T>(
    db: Database,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.write([], work);
      } catch (error) {
        if (!this.isSlugConflict(error)) throw error;
        if (attempt >= SLUG_FROM_TITLE_ATTEMPTS) throw this.taken();
      }
    }
  }

  /** A new item's write: `write` when its editor chose the slug, else `writeWithSlugFromTitle`. */
  writeNew<T>(
    db: Database,
    chosenSlug: string | null | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return chosenSlug ? this.write(db, work) : this.writeWithSlugFromTitle(db, work);
  }

  taken(): DomainError {
    return new DomainError('SLUG_TAKEN', `Another ${this.kind.noun} already has this address.`, {
      field: 'slug',
      hint: 'Choose another slug.',
    });
  }

  private isReserved(slug: string): boolean {
    return this.kind.reserved?.includes(slug) ?? false;
  }

  /** SQLite names the table and column; PostgreSQL's detail names the key. */
  private isSlugConflict(error: unknown): boolean {
    const text =
      String((error as { message?: unknown })?.message ?? '') +
      String((error as { detail?: unknown })?.detail ?? '');
    return (
      text.includes(`UNIQUE constraint failed: ${this.kind.table}.slug`) ||
      text.includes('Key (slug)')
    );
  }
}

/**
 * Loads an item after writing its row to itself, which makes a concurrent edit of the same item
 * wait for this one (a row lock on PostgreSQL; SQLite's write lock is already held), so the
 * editors of one item take turns. `label` names it in NOT_FOUND.
 */
export async function lockContentRow<E extends Slugged>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  label: string,
): Promise<E> {
  await manager.update(
    entity,
    { id } as FindOptionsWhere<E>,
    { slug: () => 'slug' } as QueryDeepPartialEntity<E>,
  );
  const item = await manager.findOneBy(entity, { id } as FindOptionsWhere<E>);
  if (!item) throw notFound(label);
  return item;
}

/**
 * Publishes a locked item (publishedAt = now) or takes it back to a draft (null). False, writing
 * nothing, when it already was so: publishing a published item keeps the day it first came out.
 * The caller rewrites the item's search document when it changed.
 */
export async function writePublished<E extends Slugged & { publishedAt: Date | null }>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  item: E,
  published: boolean,
  clock: Clock,
): Promise<boolean> {
  if ((item.publishedAt !== null) === published) return false;
  item.publishedAt = published ? clock.now() : null;
  await manager.update(
    entity,
    { id: item.id } as FindOptionsWhere<E>,
    { publishedAt: item.publishedAt } as unknown as QueryDeepPartialEntity<E>,
  );
  return true;
}
