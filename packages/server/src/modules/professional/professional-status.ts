import { displayName, type ProfessionalStatus } from '@foyer/shared';
import { DomainError } from '../../platform/graphql/domain-error';
import type { ProfessionalEntity } from './professional.entity';

/**
 * Only access is switched by an edit: joining (Invited to Active) happens by accepting an
 * invitation, which creates the sign-in. Re-activating someone disabled brings them back to
 * where they were: Active with the sign-in they have, or Invited when they never joined.
 */
export function statusAfterEdit(
  professional: ProfessionalEntity,
  requested: ProfessionalStatus,
): ProfessionalStatus {
  if (requested === 'DISABLED') return requested;
  if (professional.status === 'DISABLED') return professional.accountId ? 'ACTIVE' : 'INVITED';
  const name = displayName(professional);
  throw professional.status === 'INVITED'
    ? new DomainError(
        'VALIDATION_FAILED',
        `${name} has not accepted an invitation yet, so cannot be made Active.`,
        {
          field: 'status',
          hint: 'They become Active when they follow the link in their invitation e-mail: send or re-send it from their page.',
        },
      )
    : new DomainError(
        'VALIDATION_FAILED',
        `${name} has already joined and cannot be Invited again.`,
        {
          field: 'status',
          hint: `Disable ${name}’s access instead, if they should no longer sign in.`,
        },
      );
}
