import { randomUUID } from 'node:crypto';
import type { Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { requireActor } from '../organization/organization-access';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import type { EntitlementService } from '../licensing/entitlement.service';
import { SoftwareUpdateEntity } from './software-update.entity';
import { SoftwareUpdateFileEntity } from './software-update-file.entity';
import { UpdateDownloadEntity } from './update-download.entity';
import type { UpdateService } from './update.service';

/** One line of "who downloaded what": for vendor staff. */
export interface DownloadRecord {
  id: string;
  fileName: string;
  fileLabel: string | null;
  downloadedAt: Date;
  professionalName: string | null;
  professionalEmail: string | null;
  organizationName: string | null;
}

/**
 * Serving an update's files: the entitlement check of every request, and the record of who
 * downloaded what.
 */
export class UpdateDownloads {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementService,
    private readonly updates: UpdateService,
  ) {}

  /**
   * The stored file behind an update's file, after checking that this reader may have it now.
   * `record` marks the start of a download (a GET of the whole file or from its first byte),
   * which is written to the download record; the continuations of a download are not.
   */
  async open(
    actor: Actor | null,
    updateFileId: string,
    options: { record: boolean },
  ): Promise<StoredFileEntity> {
    const signedIn = requireActor(actor);
    const file = isUuid(updateFileId)
      ? await this.db.manager.findOneBy(SoftwareUpdateFileEntity, { id: updateFileId })
      : null;
    const update = file
      ? await this.db.manager.findOneBy(SoftwareUpdateEntity, { id: file.updateId })
      : null;
    await this.updates.assertMayDownload(signedIn, update);
    const stored = await this.db.manager.findOneBy(StoredFileEntity, { id: file!.storedFileId });
    if (!stored) throw notFound('File');
    if (options.record) {
      await this.db.write([], (manager) =>
        manager.insert(UpdateDownloadEntity, {
          id: randomUUID(),
          updateId: update!.id,
          updateFileId: file!.id,
          storedFileId: stored.id,
          fileName: stored.fileName,
          professionalId: signedIn.professionalId,
          organizationId: signedIn.organizationId,
          downloadedAt: this.clock.now(),
        }),
      );
    }
    return stored;
  }

  /** Who downloaded the update's files and when, newest first. Vendor staff only. */
  async list(actor: Actor | null, updateId: string, first: number): Promise<DownloadRecord[]> {
    const reader = await this.entitlements.of(requireActor(actor));
    if (!reader?.readsEverything) {
      throw new DomainError('FORBIDDEN', 'Only vendor staff see who downloaded an update.', {
        hint: 'Ask the vendor’s staff.',
      });
    }
    if (!(await this.db.manager.existsBy(SoftwareUpdateEntity, { id: updateId })))
      throw notFound('Update');
    const rows: Array<Record<string, unknown>> = await this.db.manager
      .createQueryBuilder(UpdateDownloadEntity, 'd')
      .leftJoin(SoftwareUpdateFileEntity, 'f', 'f.id = d.update_file_id')
      .leftJoin(ProfessionalEntity, 'p', 'p.id = d.professional_id')
      .leftJoin(OrganizationEntity, 'o', 'o.id = d.organization_id')
      .select('d.id', 'id')
      .addSelect('d.file_name', 'fileName')
      .addSelect('f.label', 'fileLabel')
      .addSelect('d.downloaded_at', 'downloadedAt')
      .addSelect('p.first_name', 'firstName')
      .addSelect('p.last_name', 'lastName')
      .addSelect('p.email', 'email')
      .addSelect('o.name', 'organizationName')
      .where('d.update_id = :updateId', { updateId })
      .orderBy('d.downloaded_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(Math.min(Math.max(first, 1), 500))
      .getRawMany();
    return rows.map((r) => ({
      id: String(r.id),
      fileName: String(r.fileName),
      fileLabel: (r.fileLabel as string | null) ?? null,
      downloadedAt: rawDate(r.downloadedAt as string | Date),
      professionalName: r.firstName
        ? `${String(r.firstName)} ${String(r.lastName ?? '')}`.trim()
        : null,
      professionalEmail: (r.email as string | null) ?? null,
      organizationName: (r.organizationName as string | null) ?? null,
    }));
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A timestamp from a raw row: SQLite hands back "YYYY-MM-DD HH:MM:SS.sss" in UTC without saying so. */
function rawDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
