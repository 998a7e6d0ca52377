import type { Config } from './config.js';
import type { Clock } from '../common/clock.js';
import { AuthService } from '../modules/account/auth.service.js';
import { RoleService } from '../modules/organization/role.service.js';
import { AuditService } from '../common/audit/audit.service.js';

/** One instance of each service per server; they are stateless and receive the request context per call. */
export function createServices(config: Config, clock: Clock) {
  return {
    auth: new AuthService(config, clock),
    roles: new RoleService(clock),
    audit: new AuditService(),
  };
}

export type Services = ReturnType<typeof createServices>;
