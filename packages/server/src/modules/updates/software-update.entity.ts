import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContentVisibility, UpdateKind } from '@foyer/shared';

/** A software update or hotfix. A null publishedAt is a draft, which only vendor staff see. */
@Entity('software_update')
export class SoftwareUpdateEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** Unique: the update's address in the web app (/updates/:slug). */
  @Column('varchar', { length: 120 })
  slug: string;

  @Column('varchar', { length: 12 })
  kind: UpdateKind;

  @Column('varchar', { length: 200 })
  title: string;

  /** A product code such as "ledger"; entitlement to the files follows from it. */
  @Column('varchar', { length: 40 })
  product: string;

  /** The version this update installs, e.g. "7.2.1". */
  @Column('varchar', { length: 40 })
  version: string;

  /** JSON array of the versions it applies to (installs on), as shown. */
  @Column('text', { name: 'applies_to_versions' })
  appliesToVersions: string;

  @Column('text', { name: 'release_notes_markdown' })
  releaseNotesMarkdown: string;

  /** The day it was released (ISO day), which lists sort by. */
  @Column('date', { name: 'released_on' })
  releasedOn: string;

  @Column('varchar', { length: 24 })
  visibility: ContentVisibility;

  @Column({ name: 'published_at', type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  @Column('varchar', { name: 'created_by_professional_id', length: 36, nullable: true })
  createdByProfessionalId: string | null;

  @Column('varchar', { name: 'updated_by_professional_id', length: 36, nullable: true })
  updatedByProfessionalId: string | null;
}

export function appliesToOf(update: Pick<SoftwareUpdateEntity, 'appliesToVersions'>): string[] {
  const parsed: unknown = JSON.parse(update.appliesToVersions || '[]');
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

/** Dates as ISO days whatever the driver hands back. */
export function releasedOnOf(update: Pick<SoftwareUpdateEntity, 'releasedOn'>): string {
  const value = update.releasedOn as string | Date;
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
