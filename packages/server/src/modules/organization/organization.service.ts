import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { can, normalizeEmail, type Actor, type Role } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { AuditRecorder } from '../audit/audit-recorder';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { insertProfessional, assertOrganizationInvariants } from '../professional/professional-writer';
import { findOrganizationFor, forbidden, requireActor } from './organization-access';
import { OrganizationEntity } from './organization.entity';
import { PartnerLinkEntity } from './partner-link.entity';
import type { CreateOrganizationInput } from './organization.inputs';
import type { ProfessionalFieldsInput } from '../professional/professional.inputs';

/** Organizations and partner links: operated by the vendor's staff. */
export class OrganizationService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly audit: AuditRecorder,
  ) {}

  async get(actor: Actor | null, organizationId: string): Promise<OrganizationEntity> {
    return findOrganizationFor(this.db.manager, requireActor(actor), organizationId, 'viewOrganization');
  }

  async list(actor: Actor | null, first?: number | null, after?: string | null): Promise<Page<OrganizationEntity>> {
    if (!can(requireActor(actor), 'listOrganizations')) throw forbidden();
    const size = pageSize(first);
    const query = this.db.manager
      .createQueryBuilder(OrganizationEntity, 'o')
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(size + 1);
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.where('(o.name > :name OR (o.name = :name AND o.id > :id))', { name, id });
    }
    const [rows, totalCount] = await Promise.all([query.getMany(), this.db.manager.count(OrganizationEntity)]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((o) => encodeCursor([o.name, o.id])),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
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

  private insertOrganization(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.db.write([], async (manager) => {
      await this.assertAccountNumberFree(manager, input.accountNumber);
      const now = this.clock.now();
      const organization = manager.create(OrganizationEntity, {
        id: randomUUID(),
        kind: input.kind,
        name: input.name.trim(),
        accountNumber: input.accountNumber.trim().toUpperCase(),
        region: input.region,
        emailDomain: input.emailDomain?.trim().toLowerCase() || null,
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

  async linkPartner(actor: Actor | null, partnerId: string, customerId: string): Promise<OrganizationEntity> {
    if (!can(requireActor(actor), 'linkPartner')) throw forbidden();
    return this.db.write([partnerId, customerId], async (manager) => {
      await this.insertLink(manager, partnerId, customerId, this.clock.now());
      return manager.findOneByOrFail(OrganizationEntity, { id: customerId });
    });
  }

  async unlinkPartner(actor: Actor | null, partnerId: string, customerId: string): Promise<OrganizationEntity> {
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
      const professional = await insertProfessional(manager, { ...fields, organizationId: organization.id }, roles, now);
      await this.audit.record(manager, {
        organizationId: organization.id,
        action: 'PROFESSIONAL_CREATED',
        actor: actor.professionalId,
        target: professional,
        details: { roles, status: professional.status },
      });
    }
  }

  private async insertLink(manager: EntityManager, partnerId: string, customerId: string, now: Date): Promise<void> {
    const [partner, customer] = await Promise.all([
      manager.findOneBy(OrganizationEntity, { id: partnerId }),
      manager.findOneBy(OrganizationEntity, { id: customerId }),
    ]);
    if (!partner || !customer) throw notFound('Organization');
    if (partner.kind !== 'PARTNER' || customer.kind !== 'CUSTOMER') {
      throw new DomainError('INVALID_PARTNER_LINK', `${partner.name} cannot serve ${customer.name}.`, {
        hint: 'Link a partner organization to a customer organization.',
      });
    }
    const existing = await manager.findOneBy(PartnerLinkEntity, { partnerId, customerId });
    if (!existing) await manager.insert(PartnerLinkEntity, { partnerId, customerId, createdAt: now });
  }

  private async assertAccountNumberFree(manager: EntityManager, accountNumber: string): Promise<void> {
    const normalized = accountNumber.trim().toUpperCase();
    if (await manager.existsBy(OrganizationEntity, { accountNumber: normalized })) {
      throw new DomainError('ACCOUNT_NUMBER_TAKEN', `Account number ${normalized} is already in use.`, {
        field: 'accountNumber',
        hint: 'Each organization needs its own account number.',
      });
    }
  }
}
