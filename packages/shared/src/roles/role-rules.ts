import {
  MANDATORY_CONTACT_ROLES,
  ROLE_LABELS,
  displayName,
  isMandatoryContactRole,
  type ProfessionalStatus,
  type Role,
} from '../domain/professional';
import type { MemberState, RuleViolation } from './rule-violation';

/**
 * The role invariants of an organization, as pure functions over its members.
 *
 * Each `whyCannot…` function returns every reason the action is blocked (empty when it is
 * allowed). The server runs them inside the transaction that commits the change; the web
 * app runs the same functions to disable a button and say why.
 *
 * "Active" administrator means not disabled: a new organization's first administrator is
 * invited before they ever sign in, and still answers for the organization.
 */

export function isActingAdministrator(member: MemberState): boolean {
  return member.status !== 'DISABLED' && member.roles.includes('ADMINISTRATOR');
}

export function holderOf(members: readonly MemberState[], role: Role): MemberState | undefined {
  return members.find((member) => member.roles.includes(role));
}

export function whyCannotDeleteProfessional(
  members: readonly MemberState[],
  professionalId: string,
): RuleViolation[] {
  const target = requireMember(members, professionalId);
  const name = displayName(target);
  const violations: RuleViolation[] = [];
  if (target.roles.includes('ADMINISTRATOR')) {
    violations.push({
      code: 'ADMINISTRATOR_CANNOT_BE_DELETED',
      role: 'ADMINISTRATOR',
      professionalId: target.id,
      message: `${name} is an Administrator and cannot be deleted.`,
      hint: `Make sure another professional is Administrator, then revoke Administrator from ${name} first.`,
    });
  }
  for (const role of MANDATORY_CONTACT_ROLES) {
    if (target.roles.includes(role)) violations.push(mandatoryRoleHeld(target, role, 'delete'));
  }
  return violations;
}

export function whyCannotRevokeAdministrator(
  members: readonly MemberState[],
  professionalId: string,
): RuleViolation[] {
  const target = requireMember(members, professionalId);
  const name = displayName(target);
  if (!target.roles.includes('ADMINISTRATOR')) {
    return [
      {
        code: 'NOT_ADMINISTRATOR',
        role: 'ADMINISTRATOR',
        professionalId: target.id,
        message: `${name} is not an Administrator.`,
        hint: 'Nothing to revoke.',
      },
    ];
  }
  const others = members.filter((m) => m.id !== target.id && isActingAdministrator(m));
  if (isActingAdministrator(target) && others.length === 0) {
    return [lastAdministrator(target, 'revoke')];
  }
  return [];
}

/**
 * Handing a mandatory contact role to `toProfessionalId` (it leaves its current holder in
 * the same step), or granting ADMINISTRATOR to them.
 */
export function whyCannotTransferRole(
  members: readonly MemberState[],
  role: Role,
  toProfessionalId: string,
): RuleViolation[] {
  const target = requireMember(members, toProfessionalId);
  const name = displayName(target);
  if (target.roles.includes(role)) {
    return [
      {
        code: 'ROLE_ALREADY_HELD',
        role,
        professionalId: target.id,
        message: `${name} already holds ${ROLE_LABELS[role]}.`,
        hint: `Choose another professional to hand ${ROLE_LABELS[role]} to.`,
      },
    ];
  }
  if (target.status === 'DISABLED') {
    return [
      {
        code: 'TARGET_DISABLED',
        role,
        professionalId: target.id,
        message: `${name} is disabled and cannot take ${ROLE_LABELS[role]}.`,
        hint: `Re-activate ${name} first, or choose another professional.`,
      },
    ];
  }
  return [];
}

/** Disabling someone must not leave the organization without an administrator or a contact. */
export function whyCannotChangeStatus(
  members: readonly MemberState[],
  professionalId: string,
  status: ProfessionalStatus,
): RuleViolation[] {
  const target = requireMember(members, professionalId);
  if (status !== 'DISABLED' || target.status === 'DISABLED') return [];
  const violations: RuleViolation[] = [];
  const otherAdmins = members.filter((m) => m.id !== target.id && isActingAdministrator(m));
  if (isActingAdministrator(target) && otherAdmins.length === 0) {
    violations.push(lastAdministrator(target, 'disable'));
  }
  for (const role of MANDATORY_CONTACT_ROLES) {
    if (target.roles.includes(role)) violations.push(mandatoryRoleHeld(target, role, 'disable'));
  }
  return violations;
}

/** Invariants 1 and 2, checked on the state a change is about to commit. */
export function findInvariantViolations(members: readonly MemberState[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!members.some(isActingAdministrator)) {
    violations.push({
      code: 'LAST_ADMINISTRATOR',
      role: 'ADMINISTRATOR',
      message: 'The organization would be left without an active Administrator.',
      hint: 'Make another active professional Administrator first.',
    });
  }
  for (const role of MANDATORY_CONTACT_ROLES) {
    const holders = members.filter((m) => m.roles.includes(role));
    if (holders.length !== 1) {
      violations.push({
        code: holders.length === 0 ? 'MANDATORY_ROLE_UNASSIGNED' : 'ROLE_ALREADY_HELD',
        role,
        message:
          holders.length === 0
            ? `Nobody would hold ${ROLE_LABELS[role]}.`
            : `${ROLE_LABELS[role]} would be held by ${holders.length} professionals.`,
        hint: `Exactly one professional holds ${ROLE_LABELS[role]}: hand it over instead.`,
      });
    }
  }
  return violations;
}

/** Roles a new professional may be created with: mandatory contacts are handed over, not added. */
export function whyCannotAssignRolesOnCreate(
  members: readonly MemberState[],
  roles: readonly Role[],
): RuleViolation[] {
  return roles.filter(isMandatoryContactRole).map((role) => {
    const holder = holderOf(members, role);
    return {
      code: 'ROLE_ALREADY_HELD' as const,
      role,
      professionalId: holder?.id,
      message: holder
        ? `${displayName(holder)} holds ${ROLE_LABELS[role]}.`
        : `${ROLE_LABELS[role]} is assigned by handing it over.`,
      hint: `Create the professional first, then hand ${ROLE_LABELS[role]} over to them.`,
    };
  });
}

function mandatoryRoleHeld(
  target: MemberState,
  role: Role,
  action: 'delete' | 'disable',
): RuleViolation {
  const name = displayName(target);
  return {
    code: 'MANDATORY_ROLE_HELD',
    role,
    professionalId: target.id,
    message: `${name} holds ${ROLE_LABELS[role]}: hand it to someone else first.`,
    hint: `Hand ${ROLE_LABELS[role]} to another professional, then ${action} ${name}.`,
  };
}

function lastAdministrator(target: MemberState, action: 'revoke' | 'disable'): RuleViolation {
  const name = displayName(target);
  const then = action === 'revoke' ? `revoke it from ${name}` : `disable ${name}`;
  return {
    code: 'LAST_ADMINISTRATOR',
    role: 'ADMINISTRATOR',
    professionalId: target.id,
    message: `${name} is the only active Administrator of this organization.`,
    hint: `Make another active professional Administrator first, then ${then}.`,
  };
}

function requireMember(members: readonly MemberState[], id: string): MemberState {
  const member = members.find((m) => m.id === id);
  if (!member) throw new Error(`Professional ${id} is not a member of this organization`);
  return member;
}
