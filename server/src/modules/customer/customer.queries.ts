import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { Account } from '../account/account.entity.js';
import { builtInRole } from '../organization/built-in-roles.js';
import { CustomerAssociation } from './customer-association.entity.js';
import { PreRegistration } from './customer-development.entity.js';

/**
 * Serialises everything that decides who may associate one e-mail (pre-registrations R-CU-5, acceptances R-CU-1):
 * a transaction-scoped advisory lock on the e-mail, released at commit or rollback. Works on PGlite and PostgreSQL.
 * Call it first inside `em.transactional`, on the transaction's EntityManager.
 */
export async function lockCustomerEmail(em: EntityManager, email: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`customer-email:${email}`]);
}

/** The open association of the customer with this e-mail, whichever partner holds it (read cross-tenant). */
export function openAssociationOfEmail(allTenants: EntityManager, email: string): Promise<CustomerAssociation | null> {
  return allTenants.findOne(CustomerAssociation, { endedAt: null, customer: { account: { email } } });
}

/** R-CU-5: another partner's pre-registration of this e-mail that still protects it (read cross-tenant). */
export function preRegistrationElsewhere(allTenants: EntityManager, email: string, partnerId: string, now: Date): Promise<PreRegistration | null> {
  return allTenants.findOne(PreRegistration, { email, expiresAt: { $gt: now }, partner: { $ne: partnerId } }, { orderBy: { expiresAt: 'DESC' } });
}

/** The partner's administrators: who hears about new customers and disassociation requests. */
export async function administratorsOf(em: EntityManager, partnerId: string): Promise<Account[]> {
  const administrator = await builtInRole(em, 'ADMINISTRATOR');
  return em.find(Account, { partner: partnerId, role: administrator.id });
}

/** The origin the caller used (behind trusted proxies, the forwarded one): absolute links in e-mails and QR codes. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function invitationPath(code: string): string {
  return `/invite/${code}`;
}

/** "2026-03-01 18:30 (GMT+08:00)": how dates are stated in e-mails (Beijing time, like bills). */
export function beijingDateTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')} (GMT+08:00)`;
}
