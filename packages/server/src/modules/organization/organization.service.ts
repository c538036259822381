import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  can,
  displayName,
  normalizeEmail,
  type Actor,
  type OrganizationKind,
  type Role,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { AuditRecorder } from '../audit/audit-recorder';
import { escapeLike } from '../../platform/db/like-pattern';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import {
  insertProfessional,
  assertOrganizationInvariants,
} from '../professional/professional-writer';
import { ProfessionalEntity } from '../professional/professional.entity';
import { findOrganizationFor, forbidden, requireActor } from './organization-access';
import { OrganizationEntity } from './organization.entity';
import { PartnerLinkEntity } from './partner-link.entity';
import type { CreateOrganizationInput } from './organization.inputs';
import type { ProfessionalFieldsInput } from '../professional/professional.inputs';

export interface OrganizationListArgs {
  first?: number | null;
  after?: string | null;
  /** Part of the name, in any case: how a picker finds one among thousands. */
  name?: string | null;
  /** Only these kinds (a picker of partners need not page through thousands of customers). */
  kinds?: readonly OrganizationKind[] | null;
}

/** Organizations and partner links: operated by the vendor's staff. */
export class OrganizationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
  ) {}

  async get(actor: Actor | null, organizationId: string): Promise<OrganizationEntity> {
    return findOrganizationFor(
      this.db.manager,
      requireActor(actor),
      organizationId,
      'viewOrganization',
    );
  }

  /**
   * By name, keyset-paginated on (name, id); `name` keeps those whose name contains it, `kinds`
   * those of these kinds. Both filter in SQL, so the page and its totalCount agree.
   */
  async list(actor: Actor | null, args: OrganizationListArgs): Promise<Page<OrganizationEntity>> {
    if (!can(requireActor(actor), 'listOrganizations')) throw forbidden();
    assertKindsNamed(args.kinds);
    const size = pageSize(args.first);
    const filtered = () => {
      const query = this.db.manager.createQueryBuilder(OrganizationEntity, 'o');
      if (args.kinds) query.andWhere('o.kind IN (:...kinds)', { kinds: [...new Set(args.kinds)] });
      const name = args.name?.trim().toLowerCase();
      if (name) {
        query.andWhere("lower(o.name) LIKE :pattern ESCAPE '\\'", {
          pattern: `%${escapeLike(name)}%`,
        });
      }
      return query;
    };
    const pageQuery = filtered()
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(size + 1);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      pageQuery.andWhere('(o.name > :cursorName OR (o.name = :cursorName AND o.id > :cursorId))', {
        cursorName: name,
        cursorId: id,
      });
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((o) => encodeCursor([o.name, o.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /** Creates the organization, its first administrator and its three mandatory contacts at once. */
  async create(actor: Actor | null, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const signedIn = requireActor(actor);
    if (!can(signedIn, 'createOrganization')) throw forbidden();
    return this.insertOrganization(signedIn, input).catch(async (error: unknown) => {
      // Two creations racing for one account number both pass the check above; the unique index
      // stops the second one, which is told what happened rather than given an internal error.
      if (!(error instanceof DomainError)) {
        await this.assertAccountNumberFree(this.db.manager, input.accountNumber);
      }
      throw error;
    });
  }

  private insertOrganization(
    actor: Actor,
    input: CreateOrganizationInput,
  ): Promise<OrganizationEntity> {
    return this.db.write([], async (manager) => {
      if (input.kind === 'VENDOR') await refuseSecondVendor(manager);
      await this.assertAccountNumberFree(manager, input.accountNumber);
      const accountManager = input.accountManagerId
        ? await this.findAccountManager(
            manager,
            input.kind,
            input.accountManagerId,
            'accountManagerId',
          )
        : null;
      const now = this.clock.now();
      const organization = manager.create(OrganizationEntity, {
        id: randomUUID(),
        kind: input.kind,
        name: input.name.trim(),
        accountNumber: input.accountNumber.trim().toUpperCase(),
        region: input.region,
        emailDomain: input.emailDomain?.trim().toLowerCase() || null,
        accountManagerId: accountManager?.id ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(OrganizationEntity, organization);
      await this.insertFirstPeople(manager, actor, organization, input, now);
      if (input.servedByPartnerId) {
        await this.insertLink(manager, input.servedByPartnerId, organization.id, now);
      }
      await assertOrganizationInvariants(manager, organization.id);
      return organization;
    });
  }

  /** Names the vendor professional who looks after a customer or partner; null names nobody. */
  async setAccountManager(
    actor: Actor | null,
    organizationId: string,
    professionalId: string | null,
  ): Promise<OrganizationEntity> {
    const signedIn = requireActor(actor);
    return this.db.write([organizationId], async (manager) => {
      const organization = await findOrganizationFor(
        manager,
        signedIn,
        organizationId,
        'setAccountManager',
      );
      const accountManager = professionalId
        ? await this.findAccountManager(
            manager,
            organization.kind,
            professionalId,
            'professionalId',
          )
        : null;
      const changes = { accountManagerId: accountManager?.id ?? null, updatedAt: this.clock.now() };
      await manager.update(OrganizationEntity, organization.id, changes);
      return Object.assign(organization, changes);
    });
  }

  async linkPartner(
    actor: Actor | null,
    partnerId: string,
    customerId: string,
  ): Promise<OrganizationEntity> {
    if (!can(requireActor(actor), 'linkPartner')) throw forbidden();
    return this.db.write([partnerId, customerId], async (manager) => {
      await this.insertLink(manager, partnerId, customerId, this.clock.now());
      return manager.findOneByOrFail(OrganizationEntity, { id: customerId });
    });
  }

  async unlinkPartner(
    actor: Actor | null,
    partnerId: string,
    customerId: string,
  ): Promise<OrganizationEntity> {
    if (!can(requireActor(actor), 'linkPartner')) throw forbidden();
    return this.db.write([partnerId, customerId], async (manager) => {
      const result = await manager.delete(PartnerLinkEntity, { partnerId, customerId });
      if (!result.affected) throw notFound('That partner link');
      return manager.findOneByOrFail(OrganizationEntity, { id: customerId });
    });
  }

  private async insertFirstPeople(
    manager: EntityManager,
    actor: Actor,
    organization: OrganizationEntity,
    input: CreateOrganizationInput,
    now: Date,
  ): Promise<void> {
    // Each distinct e-mail becomes one professional holding every role given to that address.
    const rolesByEmail = new Map<string, { fields: ProfessionalFieldsInput; roles: Role[] }>();
    const assign = (fields: ProfessionalFieldsInput, role: Role) => {
      const key = normalizeEmail(fields.email);
      const entry = rolesByEmail.get(key) ?? { fields, roles: [] };
      entry.roles.push(role);
      rolesByEmail.set(key, entry);
    };
    assign(input.administrator, 'ADMINISTRATOR');
    assign(input.billingContact ?? input.administrator, 'BILLING_CONTACT');
    assign(input.customerCareContact ?? input.administrator, 'CUSTOMER_CARE_CONTACT');
    assign(input.shippingContact ?? input.administrator, 'SHIPPING_CONTACT');
    for (const { fields, roles } of rolesByEmail.values()) {
      const professional = await insertProfessional(
        manager,
        { ...fields, organizationId: organization.id },
        roles,
        now,
      );
      await this.audit.record(manager, {
        organizationId: organization.id,
        action: 'PROFESSIONAL_CREATED',
        actor: actor.professionalId,
        target: professional,
        details: { roles, status: professional.status },
      });
    }
  }

  private async insertLink(
    manager: EntityManager,
    partnerId: string,
    customerId: string,
    now: Date,
  ): Promise<void> {
    const [partner, customer] = await Promise.all([
      manager.findOneBy(OrganizationEntity, { id: partnerId }),
      manager.findOneBy(OrganizationEntity, { id: customerId }),
    ]);
    if (!partner || !customer) throw notFound('Organization');
    if (partner.kind !== 'PARTNER' || customer.kind !== 'CUSTOMER') {
      throw new DomainError(
        'INVALID_PARTNER_LINK',
        `${partner.name} cannot serve ${customer.name}.`,
        {
          hint: 'Link a partner organization to a customer organization.',
        },
      );
    }
    const existing = await manager.findOneBy(PartnerLinkEntity, { partnerId, customerId });
    if (!existing)
      await manager.insert(PartnerLinkEntity, { partnerId, customerId, createdAt: now });
  }

  /** An account manager is one of the vendor's professionals who can still be reached. */
  private async findAccountManager(
    manager: EntityManager,
    managedKind: OrganizationKind,
    professionalId: string,
    field: string,
  ): Promise<ProfessionalEntity> {
    if (managedKind === 'VENDOR') {
      throw new DomainError(
        'VALIDATION_FAILED',
        'The vendor has no account manager: only customers and partners do.',
        {
          field,
          hint: 'Leave the account manager empty for the vendor.',
        },
      );
    }
    const professional = await manager.findOneBy(ProfessionalEntity, { id: professionalId });
    if (!professional) throw notFound('Professional');
    const employer = await manager.findOneByOrFail(OrganizationEntity, {
      id: professional.organizationId,
    });
    if (employer.kind !== 'VENDOR') {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${displayName(professional)} works for ${employer.name}: an account manager must be one of the vendor’s professionals.`,
        { field, hint: 'Pick someone from the vendor’s staff.' },
      );
    }
    if (professional.status === 'DISABLED') {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${displayName(professional)}’s access is disabled, so they cannot be the account manager.`,
        {
          field,
          hint: 'Pick someone whose access is active or invited, or restore theirs first.',
        },
      );
    }
    return professional;
  }

  private async assertAccountNumberFree(
    manager: EntityManager,
    accountNumber: string,
  ): Promise<void> {
    const normalized = accountNumber.trim().toUpperCase();
    if (await manager.existsBy(OrganizationEntity, { accountNumber: normalized })) {
      throw new DomainError(
        'ACCOUNT_NUMBER_TAKEN',
        `Account number ${normalized} is already in use.`,
        {
          field: 'accountNumber',
          hint: 'Each organization needs its own account number.',
        },
      );
    }
  }
}

/**
 * An empty list of kinds would ask for nothing; a script that sends one most likely built the list
 * from choices nobody made, so it is told rather than given an empty (or a whole) list.
 */
function assertKindsNamed(kinds: readonly OrganizationKind[] | null | undefined): void {
  if (kinds && kinds.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'kinds names no kind of organization.', {
      field: 'kinds',
      hint: 'Name at least one kind, or leave kinds out to list every kind.',
    });
  }
}

/**
 * Foyer is run by one vendor (PRODUCT.md): its organization exists from the first start on
 * (FOYER_ADMIN_EMAIL, or the demo world), and a second one would give its administrators the
 * vendor's powers over every customer. Vendor staff join the vendor's own organization instead.
 */
async function refuseSecondVendor(manager: EntityManager): Promise<never> {
  const vendor = await manager.findOne(OrganizationEntity, {
    where: { kind: 'VENDOR' },
    select: { id: true, name: true },
  });
  const name = vendor?.name ?? 'your own organization';
  throw new DomainError('VALIDATION_FAILED', `Foyer has one vendor organization: ${name}.`, {
    field: 'kind',
    hint: `Create customers and partners here. To add vendor staff, invite them to ${name}.`,
  });
}
