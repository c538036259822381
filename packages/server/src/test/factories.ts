import { randomBytes, randomUUID } from 'node:crypto';
import {
  normalizeEmail,
  type OrganizationKind,
  type ProfessionalStatus,
  type Role,
} from '@foyer/shared';
import type { Services } from '../services';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { PartnerLinkEntity } from '../modules/organization/partner-link.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import {
  assertOrganizationInvariants,
  insertProfessional,
} from '../modules/professional/professional-writer';
import { AccountEntity } from '../modules/auth/account.entity';
import { LicenseEntity } from '../modules/licensing/license.entity';
import { toGlobalId } from '../platform/graphql/global-id';
import { TEST_PASSWORD } from './test-app';

export interface PersonSpec {
  firstName?: string;
  lastName?: string;
  email?: string;
  status?: ProfessionalStatus;
  roles?: Role[];
  /** Give them a sign-in with TEST_PASSWORD (default: when ACTIVE). */
  canSignIn?: boolean;
}

export interface CreatedOrganization {
  organization: OrganizationEntity;
  gid: string;
  people: Array<ProfessionalEntity & { gid: string }>;
}

const hashes = new WeakMap<Services, Promise<string>>();

/**
 * An organization with the given people. Unless the people say otherwise, the first one is an
 * active Administrator holding all three mandatory contacts, so the invariants hold.
 */
export async function createOrganization(
  services: Services,
  spec: {
    kind?: OrganizationKind;
    name?: string;
    emailDomain?: string;
    people?: PersonSpec[];
  } = {},
): Promise<CreatedOrganization> {
  const suffix = randomBytes(3).toString('hex');
  const people = spec.people ?? [
    { roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'] },
  ];
  if (!hashes.has(services)) hashes.set(services, services.accounts.hashPassword(TEST_PASSWORD));
  const passwordHash = await hashes.get(services)!;
  return services.db.write([], async (manager) => {
    const now = new Date();
    const organization = manager.create(OrganizationEntity, {
      id: randomUUID(),
      kind: spec.kind ?? 'CUSTOMER',
      name: spec.name ?? `Org ${suffix}`,
      accountNumber: `T-${suffix}`.toUpperCase(),
      region: 'EMEA',
      emailDomain: spec.emailDomain ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(OrganizationEntity, organization);
    const created: CreatedOrganization['people'] = [];
    for (const [index, person] of people.entries()) {
      const status = person.status ?? 'ACTIVE';
      const email = person.email ?? `person${index}-${suffix}@example.test`;
      let accountId: string | null = null;
      if (person.canSignIn ?? status === 'ACTIVE') {
        accountId = randomUUID();
        await manager.insert(AccountEntity, {
          id: accountId,
          emailNormalized: normalizeEmail(email),
          passwordHash,
          createdAt: now,
        });
      }
      const professional = await insertProfessional(
        manager,
        {
          organizationId: organization.id,
          firstName: person.firstName ?? `First${index}`,
          lastName: person.lastName ?? `Last${index}`,
          email,
          status,
          accountId,
        },
        person.roles ?? [],
        now,
      );
      created.push(
        Object.assign(professional, { gid: toGlobalId('Professional', professional.id) }),
      );
    }
    await assertOrganizationInvariants(manager, organization.id);
    return { organization, gid: toGlobalId('Organization', organization.id), people: created };
  });
}

export async function linkPartner(
  services: Services,
  partner: CreatedOrganization,
  customer: CreatedOrganization,
): Promise<void> {
  await services.db.write([], (manager) =>
    manager.insert(PartnerLinkEntity, {
      partnerId: partner.organization.id,
      customerId: customer.organization.id,
      createdAt: new Date(),
    }),
  );
}

/** A licence for one product; the service plan runs from startsOn to endsOn (ISO days, included). */
export async function grantLicense(
  services: Services,
  holder: CreatedOrganization,
  spec: {
    product: string;
    servicePlan?: string | null;
    startsOn?: string;
    endsOn?: string;
    edition?: string;
    seats?: number;
  },
): Promise<LicenseEntity> {
  const now = new Date();
  const license = Object.assign(new LicenseEntity(), {
    id: randomUUID(),
    organizationId: holder.organization.id,
    product: spec.product,
    edition: spec.edition ?? 'Enterprise',
    seats: spec.seats ?? 25,
    servicePlan: spec.servicePlan === undefined ? 'Premier Support' : spec.servicePlan,
    startsOn: spec.startsOn ?? '2000-01-01',
    endsOn: spec.endsOn ?? '2999-12-31',
    registrationKey: `KEY-${randomBytes(8).toString('hex').toUpperCase()}`,
    createdAt: now,
    updatedAt: now,
  });
  await services.db.write([holder.organization.id], (manager) =>
    manager.insert(LicenseEntity, license),
  );
  return license;
}
