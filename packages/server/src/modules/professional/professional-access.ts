import type { EntityManager } from 'typeorm';
import { can, type Actor } from '@foyer/shared';
import { notFound } from '../../platform/graphql/domain-error';
import { forbidden } from '../organization/organization-access';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProfessionalEntity } from './professional.entity';

export interface ProfessionalInOrganization {
  professional: ProfessionalEntity;
  organization: OrganizationEntity;
}

/**
 * A professional the actor may see (themselves, or anyone in an organization whose people they
 * may view); NOT_FOUND otherwise, exactly as for an id that does not exist.
 */
export async function findVisibleProfessional(
  manager: EntityManager,
  actor: Actor | null,
  professionalId: string,
): Promise<ProfessionalInOrganization> {
  const { professional, organization } = await findProfessional(manager, professionalId);
  const isSelf = actor?.professionalId === professional.id;
  if (!isSelf && !can(actor, 'viewProfessionals', organization)) throw notFound('Professional');
  return { professional, organization };
}

/**
 * A professional the actor may manage. FORBIDDEN when the actor can see the organization (a
 * colleague without the Administrator role, vendor staff); NOT_FOUND when it is another
 * tenant's, exactly as for an id that does not exist — the rule findOrganizationFor applies.
 */
export async function findManageableProfessional(
  manager: EntityManager,
  actor: Actor | null,
  professionalId: string,
): Promise<ProfessionalInOrganization> {
  const { professional, organization } = await findProfessional(manager, professionalId);
  if (can(actor, 'manageProfessionals', organization)) return { professional, organization };
  const isSelf = actor?.professionalId === professional.id;
  throw isSelf || can(actor, 'viewOrganization', organization)
    ? forbidden()
    : notFound('Professional');
}

/**
 * Which organization's lock a change to this professional must take. Read before the lock;
 * an unknown id yields '' and the access check inside the transaction refuses it.
 */
export async function organizationIdOfProfessional(
  manager: EntityManager,
  professionalId: string,
): Promise<string> {
  const row = await manager.findOne(ProfessionalEntity, {
    where: { id: professionalId },
    select: { organizationId: true },
  });
  return row?.organizationId ?? '';
}

async function findProfessional(
  manager: EntityManager,
  professionalId: string,
): Promise<ProfessionalInOrganization> {
  const professional = await manager.findOneBy(ProfessionalEntity, { id: professionalId });
  if (!professional) throw notFound('Professional');
  const organization = await manager.findOneByOrFail(OrganizationEntity, {
    id: professional.organizationId,
  });
  return { professional, organization };
}
