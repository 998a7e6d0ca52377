import { Partner } from '../modules/partner/partner.entity.js';
import { Role } from '../modules/organization/role.entity.js';
import { Account } from '../modules/account/account.entity.js';
import { Session } from '../modules/account/session.entity.js';
import { LoginFailure } from '../modules/account/login-attempt.entity.js';
import { AuditEntry } from '../common/audit/audit-entry.entity.js';

export const entities = [Partner, Role, Account, Session, LoginFailure, AuditEntry];
