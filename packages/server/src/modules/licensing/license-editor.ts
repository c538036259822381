import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { can, type Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import type { AuditRecorder } from '../audit/audit-recorder';
import { forbidden, requireActor } from '../organization/organization-access';
import { OrganizationEntity } from '../organization/organization.entity';
import { findLicenseFor } from './license-access';
import { LicenseEntity } from './license.entity';
import { licenseParty } from './license.service';

export interface LicenseFields {
  product: string;
  edition: string;
  seats: number;
  servicePlan?: string | null;
  startsOn: string;
  endsOn: string;
  registrationKey?: string | null;
}

/** Null or absent: unchanged (an empty servicePlan removes the plan). */
export type LicenseChanges = {
  [K in keyof Omit<LicenseFields, 'product'>]?: LicenseFields[K] | null;
};

/**
 * Vendor administrators add, change and remove licences. Entitlement is read from the licence
 * table on every request, so a change here opens or closes content from the next request on.
 */
export class LicenseEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
  ) {}

  async add(
    actor: Actor | null,
    organizationId: string,
    fields: LicenseFields,
  ): Promise<LicenseEntity> {
    const signedIn = requireActor(actor);
    if (!can(signedIn, 'manageLicenses')) throw forbidden();
    return this.db
      .write([organizationId], async (manager) => {
        const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
        if (!organization) throw notFound('Organization');
        if (organization.kind === 'VENDOR') {
          throw new DomainError(
            'VALIDATION_FAILED',
            'The vendor holds no licences: its staff read everything.',
            {
              field: 'organizationId',
              hint: 'Choose a customer or a partner.',
            },
          );
        }
        const terms = termsOf(fields);
        await assertNoLicenseFor(manager, organization, fields.product);
        const now = this.clock.now();
        const license = manager.create(LicenseEntity, {
          id: randomUUID(),
          organizationId: organization.id,
          product: fields.product,
          ...terms,
          registrationKey: fields.registrationKey || generateRegistrationKey(),
          createdAt: now,
          updatedAt: now,
        });
        await manager.insert(LicenseEntity, license);
        await this.audit.record(manager, {
          organizationId: organization.id,
          action: 'LICENSE_ADDED',
          actor: signedIn.professionalId,
          target: licenseParty(license),
          details: { product: license.product, ...terms },
        });
        return license;
      })
      .catch(async (error: unknown) => {
        // Two additions racing for one product both pass the check; the unique index stops the
        // second, which is told what happened rather than given an internal error.
        if (!(error instanceof DomainError)) {
          const organization = await this.db.manager.findOneBy(OrganizationEntity, {
            id: organizationId,
          });
          if (organization) await assertNoLicenseFor(this.db.manager, organization, fields.product);
        }
        throw error;
      });
  }

  async update(
    actor: Actor | null,
    licenseId: string,
    changes: LicenseChanges,
  ): Promise<LicenseEntity> {
    const signedIn = requireActor(actor);
    if (!can(signedIn, 'manageLicenses')) throw forbidden();
    return this.db.write([], async (manager) => {
      const { license } = await findLicenseFor(manager, signedIn, licenseId);
      const next = termsOf({
        edition: changes.edition ?? license.edition,
        seats: changes.seats ?? license.seats,
        servicePlan:
          changes.servicePlan === undefined || changes.servicePlan === null
            ? license.servicePlan
            : changes.servicePlan,
        startsOn: changes.startsOn ?? license.startsOn,
        endsOn: changes.endsOn ?? license.endsOn,
      });
      const registrationKey = changes.registrationKey || license.registrationKey;
      const changed: Record<string, { from: unknown; to: unknown } | string> = {};
      for (const field of ['edition', 'seats', 'servicePlan', 'startsOn', 'endsOn'] as const) {
        if (next[field] !== license[field])
          changed[field] = { from: license[field], to: next[field] };
      }
      // That the key changed is recorded; neither key is.
      if (registrationKey !== license.registrationKey) changed.registrationKey = 'replaced';
      if (Object.keys(changed).length === 0) return license;
      const updated = Object.assign(license, next, {
        registrationKey,
        updatedAt: this.clock.now(),
      });
      await manager.update(LicenseEntity, license.id, {
        ...next,
        registrationKey,
        updatedAt: updated.updatedAt,
      });
      await this.audit.record(manager, {
        organizationId: license.organizationId,
        action: 'LICENSE_CHANGED',
        actor: signedIn.professionalId,
        target: licenseParty(updated),
        details: { product: license.product, ...changed },
      });
      return updated;
    });
  }

  /** Removes the licence; returns it as it was, with its organization. */
  async remove(
    actor: Actor | null,
    licenseId: string,
  ): Promise<{ license: LicenseEntity; organization: OrganizationEntity }> {
    const signedIn = requireActor(actor);
    if (!can(signedIn, 'manageLicenses')) throw forbidden();
    return this.db.write([], async (manager) => {
      const found = await findLicenseFor(manager, signedIn, licenseId);
      const { license } = found;
      await manager.delete(LicenseEntity, license.id);
      await this.audit.record(manager, {
        organizationId: license.organizationId,
        action: 'LICENSE_REMOVED',
        actor: signedIn.professionalId,
        target: licenseParty(license),
        details: {
          product: license.product,
          edition: license.edition,
          seats: license.seats,
          servicePlan: license.servicePlan,
          startsOn: license.startsOn,
          endsOn: license.endsOn,
        },
      });
      return found;
    });
  }
}

/** Letters and digits that cannot be mistaken for one another when read out (no 0/O, 1/I). */
const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Five groups of four, e.g. K7QD-M2XP-9RTA-WC4H-B8NE. */
export function generateRegistrationKey(): string {
  const group = () =>
    Array.from({ length: 4 }, () => KEY_ALPHABET[randomInt(KEY_ALPHABET.length)]).join('');
  return Array.from({ length: 5 }, group).join('-');
}

/** The licence's terms, checked and tidied: a blank plan is no plan; dates are real days in order. */
function termsOf(fields: Omit<LicenseFields, 'product' | 'registrationKey'>) {
  assertRealDay(fields.startsOn, 'startsOn');
  assertRealDay(fields.endsOn, 'endsOn');
  if (fields.endsOn < fields.startsOn) {
    throw new DomainError('VALIDATION_FAILED', 'The end date is before the start date.', {
      field: 'endsOn',
      hint: 'Give an end date on or after the start date.',
    });
  }
  return {
    edition: fields.edition.trim(),
    seats: fields.seats,
    servicePlan: fields.servicePlan?.trim() || null,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
  };
}

function assertRealDay(day: string, field: string): void {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw new DomainError('VALIDATION_FAILED', `${day} is not a date in the calendar.`, {
      field,
      hint: 'Give the date as YYYY-MM-DD, e.g. 2030-12-31.',
    });
  }
}

async function assertNoLicenseFor(
  manager: EntityManager,
  organization: OrganizationEntity,
  product: string,
): Promise<void> {
  if (await manager.existsBy(LicenseEntity, { organizationId: organization.id, product })) {
    throw new DomainError(
      'LICENSE_EXISTS',
      `${organization.name} already holds a licence for ${product}.`,
      {
        field: 'product',
        hint: 'Change that licence instead (edition, seats or service plan), or remove it first.',
      },
    );
  }
}
