import type { EntityManager } from 'typeorm';
import {
  normalizeEmail,
  whyCannotAssignRolesOnCreate,
  whyCannotChangeStatus,
  whyCannotDeleteProfessional,
  type Actor,
  type ProfessionalStatus,
  type Role,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { escapeLike } from '../../platform/db/like-pattern';
import type { InvitationSender } from '../invitation/invitation-sender';
import type { AuditRecorder } from '../audit/audit-recorder';
import { assertNoViolations } from '../../platform/graphql/domain-error';
import { pageSize, type Page } from '../../platform/graphql/connection';
import {
  applyProfessionalOrder,
  professionalCursor,
  type ProfessionalOrder,
} from './professional-order';
import { findOrganizationFor, requireActor } from '../organization/organization-access';
import { ProfessionalEntity, sortNameOf } from './professional.entity';
import { loadMembers } from './organization-members';
import { statusAfterEdit } from './professional-status';
import {
  findManageableProfessional,
  findVisibleProfessional,
  organizationIdOfProfessional,
} from './professional-access';
import {
  assertEmailFree,
  assertOrganizationInvariants,
  insertProfessional,
  type NewProfessional,
} from './professional-writer';

export interface ProfessionalListArgs {
  organizationId: string;
  first?: number | null;
  after?: string | null;
  search?: string | null;
  role?: Role | null;
  status?: ProfessionalStatus | null;
  orderBy?: ProfessionalOrder | null;
}

export interface ProfessionalChanges {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  preferredLanguage?: string | null;
  status?: ProfessionalStatus | null;
}

/** Fields people may change on their own profile; the rest is for administrators. */
const SELF_EDITABLE: ReadonlyArray<keyof ProfessionalChanges> = [
  'firstName',
  'lastName',
  'phone',
  'jobTitle',
  'preferredLanguage',
];

/** What an edit may change, in the order the audit log lists the changes. */
const AUDITED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'jobTitle',
  'preferredLanguage',
  'status',
] as const;

/** An organization's people: listing, adding, editing and removing them under the role rules. */
export class ProfessionalService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
    private readonly invitations: InvitationSender,
  ) {}

  async get(actor: Actor | null, professionalId: string): Promise<ProfessionalEntity> {
    return (await findVisibleProfessional(this.db.manager, requireActor(actor), professionalId))
      .professional;
  }

  /** Keyset-paginated on the sort columns and id, so deep pages cost what the first one does. */
  async list(actor: Actor | null, args: ProfessionalListArgs): Promise<Page<ProfessionalEntity>> {
    await findOrganizationFor(
      this.db.manager,
      requireActor(actor),
      args.organizationId,
      'viewProfessionals',
    );
    const size = pageSize(args.first);
    const filtered = () => {
      const query = this.db.manager
        .createQueryBuilder(ProfessionalEntity, 'p')
        .where('p.organization_id = :organizationId', { organizationId: args.organizationId });
      const search = args.search?.trim().toLowerCase();
      if (search) {
        query.andWhere(
          "(p.sort_name LIKE :pattern ESCAPE '\\' OR p.email_normalized LIKE :pattern ESCAPE '\\' OR lower(p.first_name || ' ' || p.last_name) LIKE :pattern ESCAPE '\\')",
          { pattern: `%${escapeLike(search)}%` },
        );
      }
      if (args.role) {
        query.andWhere(
          'EXISTS (SELECT 1 FROM professional_role r WHERE r.professional_id = p.id AND r.role = :role)',
          { role: args.role },
        );
      }
      if (args.status) query.andWhere('p.status = :status', { status: args.status });
      return query;
    };
    const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
    const pageQuery = filtered().limit(size + 1);
    applyProfessionalOrder(pageQuery, order, args.after);
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((p) => professionalCursor(p, order)),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** Adds someone as INVITED; with sendInvitation, their invitation e-mail is queued in the same transaction. */
  async create(
    actor: Actor | null,
    fields: NewProfessional,
    roles: readonly Role[],
    options: { sendInvitation?: boolean } = {},
  ): Promise<ProfessionalEntity> {
    const signedIn = requireActor(actor);
    return this.db.write([fields.organizationId], async (manager) => {
      await findOrganizationFor(manager, signedIn, fields.organizationId, 'manageProfessionals');
      assertNoViolations(
        whyCannotAssignRolesOnCreate(await loadMembers(manager, fields.organizationId), roles),
      );
      const professional = await insertProfessional(
        manager,
        { ...fields, status: 'INVITED' },
        roles,
        this.clock.now(),
      );
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: 'PROFESSIONAL_CREATED',
        actor: signedIn.professionalId,
        target: professional,
        details: { roles: [...new Set(roles)], status: professional.status },
      });
      if (options.sendInvitation)
        await this.invitations.issue(manager, professional, signedIn.professionalId);
      return professional;
    });
  }

  async update(
    actor: Actor | null,
    professionalId: string,
    changes: ProfessionalChanges,
  ): Promise<ProfessionalEntity> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await this.findEditable(manager, signedIn, professionalId, changes);
      const before = AUDITED_FIELDS.map((field) => professional[field]);
      if (changes.email != null && normalizeEmail(changes.email) !== professional.emailNormalized) {
        await assertEmailFree(manager, professional.organizationId, changes.email, professional.id);
        professional.email = changes.email.trim();
        professional.emailNormalized = normalizeEmail(changes.email);
      }
      if (changes.status != null && changes.status !== professional.status) {
        const status = statusAfterEdit(professional, changes.status);
        const members = await loadMembers(manager, professional.organizationId);
        assertNoViolations(whyCannotChangeStatus(members, professional.id, status));
        professional.status = status;
      }
      if (changes.firstName != null) professional.firstName = changes.firstName.trim();
      if (changes.lastName != null) professional.lastName = changes.lastName.trim();
      if (changes.phone !== undefined && changes.phone !== null)
        professional.phone = changes.phone.trim() || null;
      if (changes.jobTitle !== undefined && changes.jobTitle !== null)
        professional.jobTitle = changes.jobTitle.trim() || null;
      if (changes.preferredLanguage != null)
        professional.preferredLanguage = changes.preferredLanguage;
      professional.sortName = sortNameOf(professional);
      professional.updatedAt = this.clock.now();
      await manager.save(ProfessionalEntity, professional);
      await assertOrganizationInvariants(manager, professional.organizationId);
      const changed = AUDITED_FIELDS.flatMap((field, i) =>
        before[i] === professional[field]
          ? []
          : [[field, { from: before[i], to: professional[field] }] as const],
      );
      if (changed.length > 0) {
        await this.audit.record(manager, {
          organizationId: professional.organizationId,
          action: 'PROFESSIONAL_UPDATED',
          actor: signedIn.professionalId,
          target: professional,
          details: Object.fromEntries(changed),
        });
      }
      // A pending link must not outlive the address it was mailed to, nor let someone whose
      // access was disabled activate themselves.
      const emailChanged = before[AUDITED_FIELDS.indexOf('email')] !== professional.email;
      if (emailChanged || professional.status === 'DISABLED') {
        await this.invitations.voidPending(
          manager,
          professional,
          signedIn.professionalId,
          emailChanged ? 'The e-mail address changed' : 'Access disabled',
        );
      }
      return professional;
    });
  }

  /** Returns the id of the deleted professional. */
  async delete(actor: Actor | null, professionalId: string): Promise<string> {
    const signedIn = requireActor(actor);
    const organizationId = await organizationIdOfProfessional(this.db.manager, professionalId);
    return this.db.write([organizationId], async (manager) => {
      const { professional } = await findManageableProfessional(manager, signedIn, professionalId);
      const members = await loadMembers(manager, professional.organizationId);
      assertNoViolations(whyCannotDeleteProfessional(members, professional.id));
      // Recorded first, while the actor's label can still be looked up should they be the one deleted.
      await this.audit.record(manager, {
        organizationId: professional.organizationId,
        action: 'PROFESSIONAL_DELETED',
        actor: signedIn.professionalId,
        target: professional,
        details: { status: professional.status },
      });
      await manager.delete(ProfessionalEntity, { id: professional.id });
      await assertOrganizationInvariants(manager, professional.organizationId);
      return professional.id;
    });
  }

  private async findEditable(
    manager: EntityManager,
    actor: Actor,
    professionalId: string,
    changes: ProfessionalChanges,
  ) {
    const isSelf = actor.professionalId === professionalId;
    const onlySelfFields = (Object.keys(changes) as Array<keyof ProfessionalChanges>).every(
      (key) => changes[key] == null || SELF_EDITABLE.includes(key),
    );
    if (isSelf && onlySelfFields) return findVisibleProfessional(manager, actor, professionalId);
    return findManageableProfessional(manager, actor, professionalId);
  }
}
