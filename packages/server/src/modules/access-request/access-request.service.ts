import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  can,
  displayName,
  normalizeEmail,
  whyCannotAssignRolesOnCreate,
  type AccessRequestStatus,
  type Actor,
  type Role,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, assertNoViolations, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { enqueueEmail } from '../../platform/mail/outbox';
import type { AuditParty, AuditRecorder } from '../audit/audit-recorder';
import type { InvitationSender } from '../invitation/invitation-sender';
import { findOrganizationFor, forbidden, requireActor } from '../organization/organization-access';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { ProfessionalRoleEntity } from '../professional/professional-role.entity';
import { loadMembers } from '../professional/organization-members';
import { insertProfessional } from '../professional/professional-writer';
import { AccessRequestEntity } from './access-request.entity';
import { accessDeclinedEmail, accessRequestedEmail } from './access-request-email';
import { MAX_ACCESS_REQUEST_MESSAGE } from './access-request.inputs';

export interface AccessRequestSettings {
  publicUrl: string;
  supportEmail: string;
}

export interface AccessRequestFields {
  accountNumber?: string | null;
  firstName: string;
  lastName: string;
  email: string;
  message?: string | null;
}

export interface AccessRequestListArgs {
  organizationId: string;
  /** Null for every status. */
  status?: AccessRequestStatus | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Access requests: a stranger asks to join an organization, its administrators (or the partner
 * serving it) approve, which invites the person, or decline.
 */
export class AccessRequestService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
    private readonly invitations: InvitationSender,
    private readonly settings: AccessRequestSettings,
  ) {}

  /**
   * Takes a request from someone not signed in. Returns nothing on purpose: whether the
   * organization exists, or the person is already in it, must not change the answer.
   */
  async request(fields: AccessRequestFields): Promise<void> {
    const emailNormalized = normalizeEmail(fields.email);
    const found = await findRequestedOrganization(
      this.db.manager,
      fields.accountNumber,
      emailNormalized,
    );
    if (!found) return;
    const { organization, matchedBy } = found;
    await this.db.write([organization.id], async (manager) => {
      const alreadyMember = await manager.existsBy(ProfessionalEntity, {
        organizationId: organization.id,
        emailNormalized,
      });
      const alreadyPending = await manager.existsBy(AccessRequestEntity, {
        organizationId: organization.id,
        emailNormalized,
        status: 'PENDING',
      });
      if (alreadyMember || alreadyPending) return;

      const now = this.clock.now();
      const request = manager.create(AccessRequestEntity, {
        id: randomUUID(),
        organizationId: organization.id,
        firstName: fields.firstName.trim(),
        lastName: fields.lastName.trim(),
        email: fields.email.trim(),
        emailNormalized,
        message: fields.message?.trim() || null,
        status: 'PENDING',
        createdAt: now,
        decidedAt: null,
        decidedByProfessionalId: null,
        declineReason: null,
        professionalId: null,
      });
      await manager.insert(AccessRequestEntity, request);
      await this.audit.record(manager, {
        organizationId: organization.id,
        action: 'ACCESS_REQUEST_MADE',
        actor: requesterParty(request),
        details: { matchedBy },
      });
      // One mail per administrator, so that none of them learns the others' addresses.
      for (const administrator of await activeAdministrators(manager, organization.id)) {
        const email = accessRequestedEmail({
          to: administrator.email,
          administratorFirstName: administrator.firstName,
          organizationName: organization.name,
          requesterName: displayName(request),
          requesterEmail: request.email,
          message: request.message,
          link: `${this.settings.publicUrl}/access-requests`,
        });
        await enqueueEmail(manager, { ...email, replyTo: request.email }, now);
      }
    });
  }

  async get(actor: Actor | null, accessRequestId: string): Promise<AccessRequestEntity> {
    return (await findManageableRequest(this.db.manager, requireActor(actor), accessRequestId))
      .request;
  }

  /** Newest first, keyset-paginated on (created_at DESC, id DESC), which the table's index serves. */
  async list(actor: Actor | null, args: AccessRequestListArgs): Promise<Page<AccessRequestEntity>> {
    await findOrganizationFor(
      this.db.manager,
      requireActor(actor),
      args.organizationId,
      'manageProfessionals',
    );
    const size = pageSize(args.first);
    const filtered = () => {
      const query = this.db.manager
        .createQueryBuilder(AccessRequestEntity, 'r')
        .where('r.organization_id = :organizationId', { organizationId: args.organizationId });
      if (args.status) query.andWhere('r.status = :status', { status: args.status });
      return query;
    };
    const pageQuery = filtered()
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(size + 1);
    if (args.after) {
      const { createdAt, id } = decodeRequestCursor(args.after);
      pageQuery.andWhere(
        '(r.created_at < :createdAt OR (r.created_at = :createdAt AND r.id < :id))',
        { createdAt, id },
      );
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((r) => encodeCursor([r.createdAt.toISOString(), r.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** Adds the requester as an invited professional and sends the invitation, in one transaction. */
  async approve(
    actor: Actor | null,
    accessRequestId: string,
    roles: readonly Role[],
  ): Promise<{ accessRequest: AccessRequestEntity; professional: ProfessionalEntity }> {
    const signedIn = requireActor(actor);
    const organizationId = await this.organizationIdOf(accessRequestId);
    return this.db.write([organizationId], async (manager) => {
      const { request, organization } = await findManageableRequest(
        manager,
        signedIn,
        accessRequestId,
      );
      assertPending(request);
      assertNoViolations(
        whyCannotAssignRolesOnCreate(await loadMembers(manager, organizationId), roles),
      );
      await assertNotAlreadyMember(manager, request, organization);
      const now = this.clock.now();
      const professional = await insertProfessional(
        manager,
        {
          organizationId,
          firstName: request.firstName,
          lastName: request.lastName,
          email: request.email,
          status: 'INVITED',
        },
        roles,
        now,
      );
      await this.audit.record(manager, {
        organizationId,
        action: 'PROFESSIONAL_CREATED',
        actor: signedIn.professionalId,
        target: professional,
        details: {
          roles: [...new Set(roles)],
          status: professional.status,
          accessRequestId: request.id,
        },
      });
      await this.invitations.issue(manager, professional, signedIn.professionalId);
      Object.assign(request, {
        status: 'APPROVED',
        decidedAt: now,
        decidedByProfessionalId: signedIn.professionalId,
        professionalId: professional.id,
      } satisfies Partial<AccessRequestEntity>);
      await manager.save(AccessRequestEntity, request);
      await this.audit.record(manager, {
        organizationId,
        action: 'ACCESS_REQUEST_APPROVED',
        actor: signedIn.professionalId,
        target: professional,
        details: { accessRequestId: request.id, roles: [...new Set(roles)] },
      });
      return { accessRequest: request, professional };
    });
  }

  /** Closes the request and tells the requester, with the reason if one is given. */
  async decline(
    actor: Actor | null,
    accessRequestId: string,
    reason: string | null | undefined,
  ): Promise<AccessRequestEntity> {
    const signedIn = requireActor(actor);
    const declineReason = reason?.trim() || null;
    if (declineReason && declineReason.length > MAX_ACCESS_REQUEST_MESSAGE) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `Shorten the reason to ${MAX_ACCESS_REQUEST_MESSAGE} characters or fewer.`,
        {
          field: 'reason',
          hint: 'The reason is mailed to the requester as written.',
        },
      );
    }
    const organizationId = await this.organizationIdOf(accessRequestId);
    return this.db.write([organizationId], async (manager) => {
      const { request, organization } = await findManageableRequest(
        manager,
        signedIn,
        accessRequestId,
      );
      assertPending(request);
      const now = this.clock.now();
      Object.assign(request, {
        status: 'DECLINED',
        decidedAt: now,
        decidedByProfessionalId: signedIn.professionalId,
        declineReason,
      } satisfies Partial<AccessRequestEntity>);
      await manager.save(AccessRequestEntity, request);
      const email = accessDeclinedEmail({
        to: request.email,
        firstName: request.firstName,
        organizationName: organization.name,
        reason: declineReason,
        supportEmail: this.settings.supportEmail,
      });
      await enqueueEmail(manager, email, now);
      await this.audit.record(manager, {
        organizationId,
        action: 'ACCESS_REQUEST_DECLINED',
        actor: signedIn.professionalId,
        target: requesterParty(request),
        details: { accessRequestId: request.id, reason: declineReason },
      });
      return request;
    });
  }

  /** Read before the write transaction, to know which organization to lock. */
  private async organizationIdOf(accessRequestId: string): Promise<string> {
    const request = await this.db.manager.findOne(AccessRequestEntity, {
      where: { id: accessRequestId },
      select: { id: true, organizationId: true },
    });
    if (!request) throw notFound('Access request');
    return request.organizationId;
  }
}

/**
 * The account number names the organization; without one, or with one that matches nothing,
 * the domain of the e-mail address does, where an organization registered it.
 */
async function findRequestedOrganization(
  manager: EntityManager,
  accountNumber: string | null | undefined,
  emailNormalized: string,
): Promise<{
  organization: OrganizationEntity;
  matchedBy: 'accountNumber' | 'emailDomain';
} | null> {
  const number = accountNumber?.trim().toUpperCase();
  if (number) {
    const organization = await manager.findOneBy(OrganizationEntity, { accountNumber: number });
    if (organization) return { organization, matchedBy: 'accountNumber' };
  }
  const domain = emailNormalized.slice(emailNormalized.lastIndexOf('@') + 1);
  if (!domain) return null;
  const organization = await manager.findOneBy(OrganizationEntity, { emailDomain: domain });
  return organization ? { organization, matchedBy: 'emailDomain' } : null;
}

/** A request of another tenant is NOT_FOUND, like one that does not exist; a colleague without the role is FORBIDDEN. */
async function findManageableRequest(
  manager: EntityManager,
  actor: Actor,
  accessRequestId: string,
): Promise<{ request: AccessRequestEntity; organization: OrganizationEntity }> {
  const request = await manager.findOneBy(AccessRequestEntity, { id: accessRequestId });
  const organization = request
    ? await manager.findOneBy(OrganizationEntity, { id: request.organizationId })
    : null;
  if (!request || !organization || !can(actor, 'viewOrganization', organization))
    throw notFound('Access request');
  if (!can(actor, 'manageProfessionals', organization)) throw forbidden();
  return { request, organization };
}

function assertPending(request: AccessRequestEntity): void {
  if (request.status === 'PENDING') return;
  const approved = request.status === 'APPROVED';
  throw new DomainError(
    'ACCESS_REQUEST_CLOSED',
    `The request of ${displayName(request)} was already ${approved ? 'approved' : 'declined'}.`,
    {
      hint: approved
        ? 'They were invited: find them among the organization’s professionals.'
        : 'If they still need access, add them as a professional, or ask them to send a new request.',
    },
  );
}

/**
 * Someone added by hand since they asked: approving has nobody to add, and the generic "address
 * taken" answer would tell the administrator to change an address that is the requester's.
 */
async function assertNotAlreadyMember(
  manager: EntityManager,
  request: AccessRequestEntity,
  organization: OrganizationEntity,
): Promise<void> {
  const member = await manager.findOneBy(ProfessionalEntity, {
    organizationId: organization.id,
    emailNormalized: request.emailNormalized,
  });
  if (!member) return;
  throw new DomainError(
    'EMAIL_TAKEN',
    `${displayName(member)} is already one of ${organization.name}’s professionals (${member.email}): they were added since they asked.`,
    {
      hint: 'There is nobody to add: find them among the organization’s professionals. To close this request, decline it with a reason such as “You already have access”.',
    },
  );
}

/** Administrators who may act on a request: every one not disabled, invited ones included. */
function activeAdministrators(
  manager: EntityManager,
  organizationId: string,
): Promise<ProfessionalEntity[]> {
  return manager
    .createQueryBuilder(ProfessionalEntity, 'p')
    .innerJoin(ProfessionalRoleEntity, 'r', 'r.professional_id = p.id AND r.role = :role', {
      role: 'ADMINISTRATOR',
    })
    .where('p.organization_id = :organizationId', { organizationId })
    .andWhere('p.status <> :disabled', { disabled: 'DISABLED' })
    .orderBy('p.sort_name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getMany();
}

/** The requester is no professional (yet): the audit log names them by name and address. */
function requesterParty(request: AccessRequestEntity): AuditParty {
  return { id: null, label: `${displayName(request)} <${request.email}>` };
}

function decodeRequestCursor(cursor: string): { createdAt: Date; id: string } {
  const [time, id] = decodeCursor(cursor, 2) as [string, string];
  const createdAt = new Date(time);
  if (Number.isNaN(createdAt.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
      field: 'after',
      hint: 'Use an endCursor from an earlier page, or leave it out to start at the beginning.',
    });
  }
  return { createdAt, id };
}
