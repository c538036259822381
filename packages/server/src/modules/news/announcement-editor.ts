import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { PRODUCT_CODE_PATTERN, type Actor, type ContentAudience } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError } from '../../platform/graphql/domain-error';
import { ContentSlugs, lockContentRow, requireContentEditor } from '../content/content-editing';
import { OrganizationEntity } from '../organization/organization.entity';
import { AnnouncementEntity } from './announcement.entity';
import { AnnouncementAudienceEntity } from './announcement-audience.entity';
import { audienceOf } from './announcement.service';
import type { AnnouncementIndexer } from './announcement-indexer';

/** Who an announcement is for: every customer, or the products and organizations named. */
export interface AudienceChoice {
  allCustomers: boolean;
  products?: readonly string[] | null;
  /** Database ids of customer or partner organizations. */
  organizationIds?: readonly string[] | null;
}

export interface AnnouncementFields {
  slug?: string | null;
  title: string;
  summary?: string | null;
  bodyMarkdown: string;
  audience?: AudienceChoice | null;
  pinned?: boolean | null;
}

export type AnnouncementChanges = Partial<{
  [K in keyof AnnouncementFields]: AnnouncementFields[K] | null;
}>;

/** /news/new is the editor's address, so no announcement may live there. */
const slugs = new ContentSlugs({
  entity: AnnouncementEntity,
  table: 'announcement',
  noun: 'announcement',
  reserved: ['new'],
});

/**
 * Writing news, for the vendor's administrators. The announcement, its audience and its search
 * document change in one transaction, so search never reaches readers the audience does not name.
 */
export class AnnouncementEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: AnnouncementIndexer,
  ) {}

  async create(actor: Actor | null, fields: AnnouncementFields): Promise<AnnouncementEntity> {
    const editor = requireContentEditor(actor);
    const now = this.clock.now();
    const choice = fields.audience ?? { allCustomers: true };
    const announcement: AnnouncementEntity = Object.assign(new AnnouncementEntity(), {
      id: randomUUID(),
      slug: '',
      title: fields.title.trim(),
      summary: (fields.summary ?? '').trim(),
      bodyMarkdown: fields.bodyMarkdown,
      visibility: choice.allCustomers ? 'ALL_CUSTOMERS' : 'CHOSEN_AUDIENCE',
      pinned: fields.pinned ?? false,
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
      createdByProfessionalId: editor.professionalId,
      updatedByProfessionalId: editor.professionalId,
    });
    const audience = normalizeAudience(choice);
    return slugs.writeNew(this.db, fields.slug, async (manager) => {
      await assertOrganizationsMayBeNamed(manager, audience);
      announcement.slug = fields.slug
        ? await slugs.claim(manager, fields.slug, null)
        : await slugs.freeFor(manager, announcement.title);
      await manager.insert(AnnouncementEntity, announcement);
      await replaceAudience(manager, announcement.id, audience);
      await this.indexer.index(manager, announcement, audience);
      return announcement;
    });
  }

  async update(
    actor: Actor | null,
    announcementId: string,
    changes: AnnouncementChanges,
  ): Promise<AnnouncementEntity> {
    const editor = requireContentEditor(actor);
    const newAudience = changes.audience ? normalizeAudience(changes.audience) : undefined;
    return this.write(async (manager) => {
      const announcement = await lockAnnouncement(manager, announcementId);
      if (changes.title != null) announcement.title = changes.title.trim();
      if (changes.summary != null) announcement.summary = changes.summary.trim();
      if (changes.bodyMarkdown != null) announcement.bodyMarkdown = changes.bodyMarkdown;
      if (changes.pinned != null) announcement.pinned = changes.pinned;
      if (changes.slug != null && changes.slug.trim().toLowerCase() !== announcement.slug) {
        announcement.slug = await slugs.claim(manager, changes.slug, announcement.id);
      }
      let audience: ContentAudience | null;
      if (newAudience !== undefined) {
        await assertOrganizationsMayBeNamed(manager, newAudience);
        announcement.visibility = newAudience ? 'CHOSEN_AUDIENCE' : 'ALL_CUSTOMERS';
        await replaceAudience(manager, announcement.id, newAudience);
        audience = newAudience;
      } else {
        audience = await currentAudience(manager, announcement);
      }
      announcement.updatedAt = this.clock.now();
      announcement.updatedByProfessionalId = editor.professionalId;
      await manager.save(AnnouncementEntity, announcement);
      await this.indexer.index(manager, announcement, audience);
      return announcement;
    });
  }

  /** Readers in its audience see it from now on, and it counts as new to them. */
  publish(actor: Actor | null, announcementId: string): Promise<AnnouncementEntity> {
    return this.change(actor, announcementId, (a) =>
      a.publishedAt !== null ? false : ((a.publishedAt = this.clock.now()), true),
    );
  }

  /** Back to a draft, which only vendor staff see. */
  unpublish(actor: Actor | null, announcementId: string): Promise<AnnouncementEntity> {
    return this.change(actor, announcementId, (a) =>
      a.publishedAt === null ? false : ((a.publishedAt = null), true),
    );
  }

  /** Pinned announcements come first in every list, newest first among themselves. */
  setPinned(
    actor: Actor | null,
    announcementId: string,
    pinned: boolean,
  ): Promise<AnnouncementEntity> {
    return this.change(actor, announcementId, (a) =>
      a.pinned === pinned ? false : ((a.pinned = pinned), true),
    );
  }

  /** Removes it, its audience and its search document. */
  async delete(actor: Actor | null, announcementId: string): Promise<string> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      await lockAnnouncement(manager, announcementId);
      await this.indexer.remove(manager, announcementId);
      await manager.delete(AnnouncementAudienceEntity, { announcementId });
      await manager.delete(AnnouncementEntity, { id: announcementId });
      return announcementId;
    });
  }

  /** Applies a change that says whether it changed anything; the search document follows. */
  private async change(
    actor: Actor | null,
    announcementId: string,
    apply: (a: AnnouncementEntity) => boolean,
  ): Promise<AnnouncementEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const announcement = await lockAnnouncement(manager, announcementId);
      if (!apply(announcement)) return announcement;
      await manager.update(
        AnnouncementEntity,
        { id: announcement.id },
        { publishedAt: announcement.publishedAt, pinned: announcement.pinned },
      );
      await this.indexer.index(manager, announcement, await currentAudience(manager, announcement));
      return announcement;
    });
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return slugs.write(this.db, work);
  }
}

/** Null for all customers; otherwise the products and organizations named, at least one of them. */
function normalizeAudience(choice: AudienceChoice): ContentAudience | null {
  if (choice.allCustomers) {
    if ((choice.products?.length ?? 0) > 0 || (choice.organizationIds?.length ?? 0) > 0) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'An announcement for all customers names no products or organizations.',
        {
          field: 'audience',
          hint: 'Either choose all customers, or clear it and name the products and organizations.',
        },
      );
    }
    return null;
  }
  const products = [...new Set((choice.products ?? []).map((p) => p.trim().toLowerCase()))];
  const organizationIds = [...new Set(choice.organizationIds ?? [])];
  if (products.length === 0 && organizationIds.length === 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Name at least one product or organization this announcement is for.',
      {
        field: 'audience',
        hint: 'Or choose all customers.',
      },
    );
  }
  const badProduct = products.find((p) => !PRODUCT_CODE_PATTERN.test(p));
  if (badProduct !== undefined) {
    throw new DomainError('VALIDATION_FAILED', `"${badProduct}" is not a product code.`, {
      field: 'audience.products',
      hint: 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.',
    });
  }
  return { products, organizationIds };
}

/** Only customers and partners read news; the vendor's own staff read everything anyway. */
async function assertOrganizationsMayBeNamed(
  manager: EntityManager,
  audience: ContentAudience | null,
): Promise<void> {
  if (!audience || audience.organizationIds.length === 0) return;
  const found = await manager.find(OrganizationEntity, {
    where: { id: In([...audience.organizationIds]) },
    select: { id: true, kind: true },
  });
  const usable = new Set(
    found.filter((o) => o.kind === 'CUSTOMER' || o.kind === 'PARTNER').map((o) => o.id),
  );
  if (audience.organizationIds.some((id) => !usable.has(id))) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'An organization in the audience was not found, or is not a customer or partner.',
      {
        field: 'audience.organizationIds',
        hint: 'Pick the organizations from the list of customers and partners.',
      },
    );
  }
}

async function replaceAudience(
  manager: EntityManager,
  announcementId: string,
  audience: ContentAudience | null,
): Promise<void> {
  await manager.delete(AnnouncementAudienceEntity, { announcementId });
  if (!audience) return;
  const rows = [
    ...audience.organizationIds.map((organizationId) => ({
      announcementId,
      organizationId,
      product: null,
    })),
    ...audience.products.map((product) => ({ announcementId, organizationId: null, product })),
  ];
  if (rows.length > 0) await manager.insert(AnnouncementAudienceEntity, rows);
}

async function currentAudience(
  manager: EntityManager,
  announcement: AnnouncementEntity,
): Promise<ContentAudience | null> {
  if (announcement.visibility !== 'CHOSEN_AUDIENCE') return null;
  return audienceOf(
    await manager.findBy(AnnouncementAudienceEntity, { announcementId: announcement.id }),
  );
}

function lockAnnouncement(
  manager: EntityManager,
  announcementId: string,
): Promise<AnnouncementEntity> {
  return lockContentRow(manager, AnnouncementEntity, announcementId, 'Announcement');
}
