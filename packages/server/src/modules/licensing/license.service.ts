import type { EntityManager } from 'typeorm';
import { can, type Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import { DomainError } from '../../platform/graphql/domain-error';
import type { AuditRecorder } from '../audit/audit-recorder';
import { findOrganizationFor, requireActor } from '../organization/organization-access';
import { findLicenseFor, withDays } from './license-access';
import { LicenseEntity } from './license.entity';
import { OrganizationEntity } from '../organization/organization.entity';

export interface RevealedKey {
  license: LicenseEntity;
  registrationKey: string;
}

/** Reading licences, and revealing a registration key (which the audit log records). */
export class LicenseService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditRecorder,
  ) {}

  /** The organization's licences by product. NOT_FOUND for an organization the actor may not see. */
  async listFor(actor: Actor | null, organizationId: string): Promise<LicenseEntity[]> {
    const organization = await findOrganizationFor(
      this.db.manager,
      requireActor(actor),
      organizationId,
      'viewLicenses',
    );
    return this.db.manager
      .find(LicenseEntity, {
        where: { organizationId: organization.id },
        order: { product: 'ASC', id: 'ASC' },
      })
      .then((rows) => rows.map(withDays));
  }

  async get(actor: Actor | null, licenseId: string): Promise<LicenseEntity> {
    return (await findLicenseFor(this.db.manager, requireActor(actor), licenseId)).license;
  }

  /**
   * The full key, for the organization's administrators (and the vendor's, and a serving
   * partner's). Recorded in the organization's audit log in the same transaction: who, which
   * product; never the key.
   */
  async revealKey(actor: Actor | null, licenseId: string): Promise<RevealedKey> {
    const signedIn = requireActor(actor);
    return this.db.write([], async (manager) => {
      const { license, organization } = await findLicenseFor(manager, signedIn, licenseId);
      if (!can(signedIn, 'revealRegistrationKey', organization)) {
        throw new DomainError('FORBIDDEN', 'Only administrators can reveal a registration key.', {
          hint: await whomToAsk(manager, signedIn, organization),
        });
      }
      await this.audit.record(manager, {
        organizationId: organization.id,
        action: 'LICENSE_KEY_REVEALED',
        actor: signedIn.professionalId,
        target: licenseParty(license),
        details: { product: license.product, edition: license.edition },
      });
      return { license, registrationKey: license.registrationKey };
    });
  }
}

/**
 * Who can reveal the key for someone who may not: a member asks the organization's administrators;
 * vendor staff (who see every licence) ask the vendor's, who may reveal it themselves.
 */
async function whomToAsk(
  manager: EntityManager,
  actor: Actor,
  organization: OrganizationEntity,
): Promise<string> {
  if (actor.organizationId === organization.id) {
    return `Ask an administrator of ${organization.name} to reveal it, or to give you the Administrator role.`;
  }
  const own = await manager.findOne(OrganizationEntity, {
    where: { id: actor.organizationId },
    select: { id: true, name: true },
  });
  return `Ask an administrator of ${own?.name ?? 'your organization'} to reveal it.`;
}

/** How the audit log names a licence. */
export function licenseParty(license: Pick<LicenseEntity, 'product' | 'edition'>): {
  id: null;
  label: string;
} {
  return { id: null, label: `Licence ${license.product} (${license.edition})` };
}
