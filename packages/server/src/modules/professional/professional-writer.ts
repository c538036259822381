import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  findInvariantViolations,
  normalizeEmail,
  type ProfessionalStatus,
  type Role,
} from '@foyer/shared';
import { DomainError, assertNoViolations } from '../../platform/graphql/domain-error';
import { ProfessionalEntity, sortNameOf } from './professional.entity';
import { ProfessionalRoleEntity } from './professional-role.entity';
import { loadMembers } from './organization-members';

export interface NewProfessional {
  organizationId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  jobTitle?: string | null;
  preferredLanguage?: string | null;
  status?: ProfessionalStatus;
  accountId?: string | null;
}

/** Inserts a professional and their roles inside the caller's transaction. */
export async function insertProfessional(
  manager: EntityManager,
  fields: NewProfessional,
  roles: readonly Role[],
  now: Date,
): Promise<ProfessionalEntity> {
  await assertEmailFree(manager, fields.organizationId, fields.email);
  const professional = manager.create(ProfessionalEntity, {
    id: randomUUID(),
    organizationId: fields.organizationId,
    firstName: fields.firstName.trim(),
    lastName: fields.lastName.trim(),
    email: fields.email.trim(),
    emailNormalized: normalizeEmail(fields.email),
    sortName: sortNameOf(fields),
    phone: fields.phone?.trim() || null,
    jobTitle: fields.jobTitle?.trim() || null,
    preferredLanguage: fields.preferredLanguage || 'en',
    status: fields.status ?? 'INVITED',
    accountId: fields.accountId ?? null,
    lastSignInAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(ProfessionalEntity, professional);
  await grantRoles(manager, professional, roles);
  return professional;
}

export async function grantRoles(
  manager: EntityManager,
  professional: Pick<ProfessionalEntity, 'id' | 'organizationId'>,
  roles: readonly Role[],
): Promise<void> {
  if (roles.length === 0) return;
  await manager.insert(
    ProfessionalRoleEntity,
    [...new Set(roles)].map((role) => ({
      professionalId: professional.id,
      organizationId: professional.organizationId,
      role,
    })),
  );
}

/** E-mail addresses are unique per organization, compared case-insensitively. */
export async function assertEmailFree(
  manager: EntityManager,
  organizationId: string,
  email: string,
  exceptProfessionalId?: string,
): Promise<void> {
  const existing = await manager.findOne(ProfessionalEntity, {
    where: { organizationId, emailNormalized: normalizeEmail(email) },
    select: { id: true },
  });
  if (existing && existing.id !== exceptProfessionalId) {
    throw new DomainError(
      'EMAIL_TAKEN',
      `Someone in this organization already uses ${email.trim()}.`,
      {
        field: 'email',
        hint: 'Use another e-mail address, or edit the existing professional instead.',
      },
    );
  }
}

/**
 * Re-checks invariants 1 and 2 on what is about to commit: a last line of defence behind the
 * per-action rules, so that no code path can leave an organization without its roles.
 */
export async function assertOrganizationInvariants(
  manager: EntityManager,
  organizationId: string,
): Promise<void> {
  assertNoViolations(findInvariantViolations(await loadMembers(manager, organizationId)));
}
