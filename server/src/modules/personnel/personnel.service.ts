import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { PersonnelErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { ADMINISTRATOR_ROLE_KEY } from '../../common/auth/permission.js';
import { mapConnection, paginate, type Connection, type ConnectionArgs } from '../../common/pagination/connection.js';
import { Account, AccountKind } from '../account/account.entity.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { levelsAtLeast } from '../certificate/certificate.levels.js';
import { escapeLike } from '../organization/role.service.js';
import { eligibilityOn } from './eligibility.js';
import { PersonnelAssociation } from './personnel-association.entity.js';
import { PersonnelInvitation } from './personnel-invitation.entity.js';
import { InvitationStatus } from './personnel.enums.js';
import type { DedicatedPerson, PersonnelArgs, PersonnelInvitationsArgs, UpdatePersonnelInput } from './personnel.types.js';

export const INVITATION_VALID_DAYS = 7;
export const PARTNERS_PER_YEAR_LIMIT = 3;
const DAY_MS = 86_400_000;

/**
 * Dedicated personnel: partners invite individual IDs, individuals accept, and the association brings the person's
 * certificates to the partner (R-DP-1 … R-DP-5, R-DP-8, R-ORG-4).
 */
export class PersonnelService {
  constructor(private readonly clock: Clock) {}

  // ---- Partner side ----

  /** R-DP-1 … R-DP-4 and R-ORG-4: only the administrator invites, by login ID, and the ID must pass verification. */
  async invite(ctx: Ctx, loginId: string): Promise<PersonnelInvitation> {
    requireAdministrator(ctx);
    const partnerId = requirePartnerId(ctx);
    const individual = await this.findByLoginId(ctx.em, loginId);
    await this.verify(ctx.em, individual, partnerId);
    const now = this.clock.now();
    const pending = await ctx.em.findOne(PersonnelInvitation, {
      individual: individual.id,
      status: InvitationStatus.PENDING,
      expiresAt: { $gt: now },
    });
    if (pending) {
      throw new DomainError(
        PersonnelErrorCode.PERSONNEL_INVITATION_PENDING,
        `${individual.loginId} already has an invitation from you, valid until ${pending.expiresAt.toISOString().slice(0, 10)}.`,
        'loginId',
      );
    }
    const invitation = ctx.em.create(PersonnelInvitation, {
      partner: partnerId,
      individual,
      status: InvitationStatus.PENDING,
      invitedBy: requireAccount(ctx).email,
      expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * DAY_MS),
      createdAt: now,
      updatedAt: now,
    });
    await ctx.em.flush();
    return invitation;
  }

  /** R-ORG-4: only the administrator cancels; only a pending invitation can be cancelled. */
  async cancelInvitation(ctx: Ctx, id: string): Promise<PersonnelInvitation> {
    requireAdministrator(ctx);
    const invitation = await this.findInvitation(ctx.em, id);
    const status = invitation.effectiveStatus(this.clock.now());
    if (status !== InvitationStatus.PENDING) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_INVITATION_NOT_PENDING, `This invitation is ${status.toLowerCase()}, not pending.`, 'id');
    }
    invitation.status = InvitationStatus.CANCELLED;
    invitation.respondedAt = this.clock.now();
    invitation.updatedAt = this.clock.now();
    await ctx.em.flush();
    return invitation;
  }

  invitations(ctx: Ctx, args: PersonnelInvitationsArgs): Promise<Connection<PersonnelInvitation>> {
    return paginate(ctx.em, PersonnelInvitation, this.statusWhere(args.status), args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** The partner's personnel with their certificates, one page at a time; filters by position and certificate level. */
  async list(ctx: Ctx, args: PersonnelArgs): Promise<Connection<DedicatedPerson>> {
    const where: FilterQuery<PersonnelAssociation>[] = [];
    if (!args.includeEnded) where.push({ endedAt: null });
    if (args.position) where.push({ position: args.position });
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim().toLowerCase())}%`;
      where.push({ individual: { $or: [{ loginId: { $like: like } }, { displayName: { $ilike: like } }] } });
    }
    if (args.minimumLevel) {
      // Personnel lists are small (people, not records): find the qualifying holders among the open associations.
      const today = beijingDate(this.clock.now());
      const open = await ctx.em.find(PersonnelAssociation, { endedAt: null }, { fields: ['individual'] });
      const qualifying = await ctx.em.find(
        Certificate,
        {
          holder: { $in: open.map((a) => a.individual.id) },
          level: { $in: levelsAtLeast(args.minimumLevel) },
          ...(args.validOnly ? { issuedOn: { $lte: today }, expiresOn: { $gte: today } } : {}),
        },
        { fields: ['holder'] },
      );
      where.push({ individual: { $in: [...new Set(qualifying.map((c) => c.holder.id))] } });
    }
    const page = await paginate(ctx.em, PersonnelAssociation, where.length ? { $and: where } : {}, args, { sortBy: 'createdAt', direction: 'DESC' });
    const people = await this.toPeople(ctx.em, page.edges.map((e) => e.node));
    return mapConnection(page, () => people);
  }

  async person(ctx: Ctx, associationId: string): Promise<DedicatedPerson> {
    const [person] = await this.toPeople(ctx.em, [await this.findAssociation(ctx.em, associationId)]);
    return person!;
  }

  /** R-DP-8: position and employment dates. */
  async update(ctx: Ctx, input: UpdatePersonnelInput): Promise<DedicatedPerson> {
    const association = await this.findAssociation(ctx.em, input.id);
    if (input.position) association.position = input.position;
    if (input.employmentStart !== undefined) association.employmentStart = input.employmentStart;
    if (input.employmentEnd !== undefined) association.employmentEnd = input.employmentEnd;
    for (const [field, date] of [['employmentStart', association.employmentStart], ['employmentEnd', association.employmentEnd]] as const) {
      if (date && Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
        throw new DomainError(PersonnelErrorCode.PERSONNEL_DATES_INVALID, 'This is not a calendar date.', field);
      }
    }
    if (association.employmentStart && association.employmentEnd && association.employmentEnd < association.employmentStart) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_DATES_INVALID, 'The employment end date cannot be before the start date.', 'employmentEnd');
    }
    association.updatedAt = this.clock.now();
    await ctx.em.flush();
    return this.person(ctx, association.id);
  }

  /** R-ORG-4: only the administrator ends an association; the person's certificates stop being visible (R-DP-5). */
  async endAssociation(ctx: Ctx, associationId: string): Promise<DedicatedPerson> {
    requireAdministrator(ctx);
    const association = await this.findAssociation(ctx.em, associationId);
    if (!association.endedAt) {
      association.endedAt = this.clock.now();
      association.endedBy = requireAccount(ctx).email;
      association.updatedAt = this.clock.now();
      await ctx.em.flush();
    }
    return this.person(ctx, association.id);
  }

  // ---- Individual side ----

  myInvitations(ctx: Ctx, args: PersonnelInvitationsArgs): Promise<Connection<PersonnelInvitation>> {
    const where = { $and: [this.statusWhere(args.status), { individual: requireAccount(ctx).id }] };
    return paginate(crossTenantEm(ctx.em), PersonnelInvitation, where, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  async myAssociations(ctx: Ctx): Promise<PersonnelAssociation[]> {
    return crossTenantEm(ctx.em).find(PersonnelAssociation, { individual: requireAccount(ctx).id }, { orderBy: { startedAt: 'DESC' } });
  }

  /**
   * R-DP-2: a pending invitation younger than 7 days can be accepted. The verification of R-DP-3/4 runs again (things
   * may have changed since the invitation), and the open-association index makes concurrent acceptances safe: at most
   * one association results.
   */
  async accept(ctx: Ctx, invitationId: string): Promise<PersonnelInvitation> {
    const em = crossTenantEm(ctx.em);
    const invitation = await this.myInvitation(ctx, em, invitationId);
    const individual = requireAccount(ctx);
    await this.verify(em, individual, invitation.partner.id);
    const now = this.clock.now();
    invitation.status = InvitationStatus.ACCEPTED;
    invitation.respondedAt = now;
    invitation.updatedAt = now;
    em.create(PersonnelAssociation, { partner: invitation.partner, individual: individual.id, startedAt: now, createdAt: now, updatedAt: now });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError(PersonnelErrorCode.PERSONNEL_ASSOCIATED_ELSEWHERE, 'You are already associated with a partner.', 'id');
      }
      throw error;
    }
    return invitation;
  }

  async decline(ctx: Ctx, invitationId: string): Promise<PersonnelInvitation> {
    const em = crossTenantEm(ctx.em);
    const invitation = await this.myInvitation(ctx, em, invitationId);
    invitation.status = InvitationStatus.DECLINED;
    invitation.respondedAt = this.clock.now();
    invitation.updatedAt = this.clock.now();
    await em.flush();
    return invitation;
  }

  // ---- Operators ----

  individuals(ctx: Ctx, search: string | undefined, args: ConnectionArgs): Promise<Connection<Account>> {
    const like = search?.trim() ? `%${escapeLike(search.trim())}%` : null;
    const where = {
      kind: AccountKind.INDIVIDUAL,
      ...(like ? { $or: [{ loginId: { $ilike: like } }, { displayName: { $ilike: like } }, { email: { $ilike: like } }] } : {}),
    };
    return paginate(ctx.em, Account, where, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** Operators record enterprise authentication; such an ID then fails personnel verification (R-DP-3). */
  async setEnterpriseAuthenticated(ctx: Ctx, loginId: string, value: boolean): Promise<Account> {
    const account = await ctx.em.findOne(Account, { loginId: loginId.trim().toLowerCase(), kind: AccountKind.INDIVIDUAL });
    if (!account) throw new DomainError(PersonnelErrorCode.PERSONNEL_LOGIN_ID_NOT_FOUND, 'The login ID cannot be found.', 'loginId');
    account.enterpriseAuthenticated = value;
    account.updatedAt = this.clock.now();
    await ctx.em.flush();
    return account;
  }

  // ---- Rules ----

  /** R-DP-1: the login ID is the individual's tenant name; anything else "cannot be found". R-DP-3: not a partner account. */
  private async findByLoginId(em: EntityManager, loginId: string): Promise<Account> {
    const account = await em.findOne(Account, { loginId: loginId.trim().toLowerCase() });
    if (account?.kind === AccountKind.PARTNER_MEMBER) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_IS_PARTNER_ACCOUNT, 'Verification failed: this ID is a partner account.', 'loginId');
    }
    if (!account || account.kind !== AccountKind.INDIVIDUAL) {
      throw new DomainError(
        PersonnelErrorCode.PERSONNEL_LOGIN_ID_NOT_FOUND,
        'The login ID cannot be found. Enter the cloud tenant name shown in the person\'s My Account > Basic Information.',
        'loginId',
      );
    }
    return account;
  }

  /** R-DP-3 and R-DP-4, checked at invitation and again at acceptance. */
  private async verify(em: EntityManager, individual: Account, partnerId: string): Promise<void> {
    if (individual.enterpriseAuthenticated) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_ENTERPRISE_AUTHENTICATED, 'Verification failed: this ID is authenticated as an enterprise user.', 'loginId');
    }
    const all = crossTenantEm(em);
    const open = await all.findOne(PersonnelAssociation, { individual: individual.id, endedAt: null });
    if (open?.partner.id === partnerId) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_ALREADY_ASSOCIATED, 'This person is already associated with your organization.', 'loginId');
    }
    if (open) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_ASSOCIATED_ELSEWHERE, 'Verification failed: this ID is associated with another partner.', 'loginId');
    }
    const yearAgo = new Date(this.clock.now().getTime() - 365 * DAY_MS);
    const recent = await all.find(PersonnelAssociation, { individual: individual.id, endedAt: { $gt: yearAgo } }, { fields: ['partner'] });
    const partners = new Set(recent.map((a) => a.partner.id));
    if (partners.size >= PARTNERS_PER_YEAR_LIMIT) {
      throw new DomainError(
        PersonnelErrorCode.PERSONNEL_THREE_PARTNERS_IN_YEAR,
        'Verification failed: this ID has been associated with three partners within the past year.',
        'loginId',
      );
    }
  }

  private async myInvitation(ctx: Ctx, em: EntityManager, id: string): Promise<PersonnelInvitation> {
    const invitation = isUuid(id) ? await em.findOne(PersonnelInvitation, { id, individual: requireAccount(ctx).id }) : null;
    if (!invitation) throw new NotFoundError('Invitation');
    const status = invitation.effectiveStatus(this.clock.now());
    if (status === InvitationStatus.EXPIRED) {
      throw new DomainError(
        PersonnelErrorCode.PERSONNEL_INVITATION_EXPIRED,
        'This invitation has expired (links are valid for 7 days). Ask the partner to invite you again.',
        'id',
      );
    }
    if (status !== InvitationStatus.PENDING) {
      throw new DomainError(PersonnelErrorCode.PERSONNEL_INVITATION_NOT_PENDING, `This invitation is ${status.toLowerCase()}.`, 'id');
    }
    return invitation;
  }

  private async findInvitation(em: EntityManager, id: string): Promise<PersonnelInvitation> {
    const invitation = isUuid(id) ? await em.findOne(PersonnelInvitation, { id }) : null;
    if (!invitation) throw new NotFoundError('Invitation');
    return invitation;
  }

  private async findAssociation(em: EntityManager, id: string): Promise<PersonnelAssociation> {
    const association = isUuid(id) ? await em.findOne(PersonnelAssociation, { id }) : null;
    if (!association) throw new NotFoundError('Personnel');
    return association;
  }

  /** Stored PENDING past expiry reads as EXPIRED, so the filters follow the effective status. */
  private statusWhere(status: InvitationStatus | undefined): FilterQuery<PersonnelInvitation> {
    const now = this.clock.now();
    if (!status) return {};
    if (status === InvitationStatus.PENDING) return { status, expiresAt: { $gt: now } };
    if (status === InvitationStatus.EXPIRED) return { $or: [{ status }, { status: InvitationStatus.PENDING, expiresAt: { $lte: now } }] };
    return { status };
  }

  /** One query for the page's individuals and one for their certificates, whatever the page size. */
  private async toPeople(em: EntityManager, associations: PersonnelAssociation[]): Promise<DedicatedPerson[]> {
    const ids = associations.map((a) => a.individual.id);
    const [individuals, certificates] = await Promise.all([
      em.find(Account, { id: { $in: ids } }),
      em.find(Certificate, { holder: { $in: ids } }, { orderBy: { level: 'ASC', expiresOn: 'DESC' } }),
    ]);
    const byId = new Map(individuals.map((i) => [i.id, i]));
    const today = beijingDate(this.clock.now());
    return associations.map((association) => {
      const individual = byId.get(association.individual.id)!;
      // Certificates are visible only while the association is open (R-DP-5).
      const held = association.endedAt ? [] : certificates.filter((c) => c.holder.id === individual.id);
      return {
        id: association.id,
        association,
        individual: { id: individual.id, loginId: individual.loginId ?? '', displayName: individual.displayName },
        position: association.position,
        employmentStart: association.employmentStart,
        employmentEnd: association.employmentEnd,
        startedAt: association.startedAt,
        endedAt: association.endedAt,
        certificates: held,
        eligibility: eligibilityOn(association.position, held, today),
      };
    });
  }
}

/** R-ORG-4: only the partner's administrator (master) account invites individuals or ends associations. */
export function requireAdministrator(ctx: Ctx): void {
  if (ctx.account?.role?.getEntity().builtInKey !== ADMINISTRATOR_ROLE_KEY) {
    throw new DomainError(
      PersonnelErrorCode.PERSONNEL_ADMINISTRATOR_ONLY,
      'Only the administrator account can invite personnel or end an association.',
      null,
    );
  }
}

