import { Partner } from '../modules/partner/partner.entity.js';
import { PartnerProgram } from '../modules/partner/partner-program.entity.js';
import { PartnerAuthentication, PartnerCountryChange } from '../modules/partner/partner-authentication.entity.js';
import { Role } from '../modules/organization/role.entity.js';
import { Account } from '../modules/account/account.entity.js';
import { Session } from '../modules/account/session.entity.js';
import { PasswordLink } from '../modules/account/password-link.entity.js';
import { LoginFailure } from '../modules/account/login-attempt.entity.js';
import { AuditEntry } from '../common/audit/audit-entry.entity.js';

export const entities = [
  Partner,
  PartnerProgram,
  PartnerAuthentication,
  PartnerCountryChange,
  Role,
  Account,
  Session,
  PasswordLink,
  LoginFailure,
  AuditEntry,
];
