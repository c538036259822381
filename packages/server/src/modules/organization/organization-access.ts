import type { EntityManager } from 'typeorm';
import { can, type Action, type Actor } from '@foyer/shared';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { OrganizationEntity } from './organization.entity';

/**
 * Loads an organization the actor may act on. One the actor may not even see is NOT_FOUND,
 * exactly like one that does not exist; one they may see but not change is FORBIDDEN.
 */
export async function findOrganizationFor(
  manager: EntityManager,
  actor: Actor | null,
  organizationId: string,
  action: Action,
): Promise<OrganizationEntity> {
  const organization = await manager.findOneBy(OrganizationEntity, { id: organizationId });
  if (!organization || !can(actor, 'viewOrganization', organization))
    throw notFound('Organization');
  if (!can(actor, action, organization)) throw forbidden();
  return organization;
}

export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', 'You are not allowed to do that.', {
    hint: 'Ask an administrator of the organization to do it, or to give you the Administrator role.',
  });
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) {
    throw new DomainError('UNAUTHENTICATED', 'Sign in first.', {
      hint: 'Your session may have expired.',
    });
  }
  return actor;
}
