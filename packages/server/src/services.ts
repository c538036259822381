import type { Config } from './platform/config';
import type { Database } from './platform/db/database';
import { systemClock, type Clock } from './platform/clock';
import { PasswordHasher } from './platform/auth/password-hasher';
import { OrganizationService } from './modules/organization/organization.service';
import { ProfessionalService } from './modules/professional/professional.service';
import { RoleAssignmentService } from './modules/professional/role-assignment.service';
import { SessionService } from './modules/auth/session.service';
import { SignInService } from './modules/auth/sign-in.service';
import { AccountService } from './modules/auth/account.service';
import { AuditRecorder } from './modules/audit/audit-recorder';
import { AuditLogService } from './modules/audit/audit-log.service';
import { InvitationSender } from './modules/invitation/invitation-sender';
import { InvitationAcceptance } from './modules/invitation/invitation-acceptance';
import { AccessRequestService } from './modules/access-request/access-request.service';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitSettings } from './platform/http/rate-limiter';

/** What the services need from the configuration. */
export type ServiceSettings = Pick<Config, 'sessionTtlDays' | 'supportEmail' | 'invitationTtlDays' | 'publicUrl'> & {
  rateLimits?: RateLimitSettings;
};

/** The composition root: every service, wired once per process. */
export function createServices(db: Database, config: ServiceSettings, clock: Clock = systemClock) {
  const hasher = new PasswordHasher();
  const sessions = new SessionService(db, clock, config.sessionTtlDays);
  const audit = new AuditRecorder(clock);
  const accounts = new AccountService(hasher);
  const invitations = new InvitationSender(db, clock, audit, config);
  return {
    db,
    clock,
    audit,
    auditLog: new AuditLogService(db),
    organizations: new OrganizationService(db, clock, audit),
    professionals: new ProfessionalService(db, clock, audit, invitations),
    roles: new RoleAssignmentService(db, clock, audit),
    sessions,
    signIn: new SignInService(db, clock, hasher, sessions, audit, config.supportEmail),
    accounts,
    invitations,
    invitationAcceptance: new InvitationAcceptance(db, clock, hasher, accounts, sessions, audit),
    accessRequests: new AccessRequestService(db, clock, audit, invitations, config),
    rateLimiter: new RateLimiter(clock),
    rateLimits: config.rateLimits ?? DEFAULT_RATE_LIMITS,
  };
}

export type Services = ReturnType<typeof createServices>;
