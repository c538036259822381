import { entitlementsOf, isoDay, type Actor, type ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/graphql/domain-error';
import { requireActor } from '../organization/organization-access';
import { LicenseEntity } from './license.entity';

/**
 * What a reader may open, from their organization's licences as of today (the Clock's day, UTC).
 * Worked out afresh for every request (one indexed query), so a service plan that ends, or a
 * licence that is removed, hides its content from the next request on.
 */
export class EntitlementService {
  /** Per actor object, which lives for one request: a request reading an article and searching asks once. */
  private readonly cache = new WeakMap<
    Actor,
    { day: string; entitlements: Promise<ReaderEntitlements | null> }
  >();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Null for nobody signed in (or disabled): they read nothing. */
  of(actor: Actor | null): Promise<ReaderEntitlements | null> {
    const today = isoDay(this.clock.now());
    if (!actor) return Promise.resolve(null);
    const cached = this.cache.get(actor);
    if (cached?.day === today) return cached.entitlements;
    const entitlements = this.load(actor, today);
    this.cache.set(actor, { day: today, entitlements });
    entitlements.catch(() => this.cache.delete(actor));
    return entitlements;
  }

  /**
   * The entitlements of a signed-in reader of one kind of content (`what`, e.g. "Article"). A
   * reader who reads nothing (a disabled professional has no session; this is the belt to that
   * brace) hears NOT_FOUND, as for any item they may not open.
   */
  async ofReader(actor: Actor | null, what: string): Promise<ReaderEntitlements> {
    const reader = await this.of(requireActor(actor));
    if (!reader) throw notFound(what);
    return reader;
  }

  private async load(actor: Actor, today: string): Promise<ReaderEntitlements | null> {
    if (actor.organizationKind === 'VENDOR') return entitlementsOf(actor, [], today);
    const licenses = await this.db.manager.find(LicenseEntity, {
      where: { organizationId: actor.organizationId },
      select: { product: true, servicePlan: true, startsOn: true, endsOn: true },
    });
    return entitlementsOf(actor, licenses.map(termsOf), today);
  }
}

/** Dates as ISO days whatever the driver hands back (a string on both, but be strict). */
function termsOf(license: Pick<LicenseEntity, 'product' | 'servicePlan' | 'startsOn' | 'endsOn'>) {
  const day = (value: string | Date) =>
    value instanceof Date ? isoDay(value) : String(value).slice(0, 10);
  return {
    product: license.product,
    servicePlan: license.servicePlan,
    startsOn: day(license.startsOn),
    endsOn: day(license.endsOn),
  };
}
