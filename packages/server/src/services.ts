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

/** The composition root: every service, wired once per process. */
export function createServices(db: Database, config: Pick<Config, 'sessionTtlDays' | 'supportEmail'>, clock: Clock = systemClock) {
  const hasher = new PasswordHasher();
  const sessions = new SessionService(db, clock, config.sessionTtlDays);
  const audit = new AuditRecorder(clock);
  return {
    db,
    clock,
    audit,
    organizations: new OrganizationService(db, clock),
    professionals: new ProfessionalService(db, clock),
    roles: new RoleAssignmentService(db, clock),
    sessions,
    signIn: new SignInService(db, clock, hasher, sessions, config.supportEmail),
    accounts: new AccountService(hasher),
  };
}

export type Services = ReturnType<typeof createServices>;
