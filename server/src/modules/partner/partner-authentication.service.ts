import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { PartnerErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import type { PartnerService } from './partner.service.js';
import type { Partner } from './partner.entity.js';
import { PartnerAuthentication } from './partner-authentication.entity.js';
import { AuthenticationKind, AuthenticationStatus } from './partner.enums.js';
import {
  ReviewDecision,
  type AuthenticationReviewsArgs,
  type ReviewAuthenticationInput,
  type SubmitBusinessAuthenticationInput,
  type SubmitPaymentAuthenticationInput,
} from './partner.inputs.js';
import { checkCurrency, checkTaxRate } from './partner.rules.js';

const STATUS_FIELD = { BUSINESS: 'businessAuthStatus', PAYMENT: 'paymentAuthStatus' } as const;

/**
 * R-PA-3: business information and payment information authentication are two separate workflows. The partner
 * submits; an operator approves or rejects with a reason; a rejected (or, to correct bank details, an approved)
 * submission is corrected and resubmitted (R-PA-4). Every submission is kept as history; the partner mirrors the
 * latest status of each, and can receive incentives only when both are approved.
 */
export class PartnerAuthenticationService {
  constructor(
    private readonly clock: Clock,
    private readonly partners: PartnerService,
  ) {}

  async submitBusiness(ctx: Ctx, input: SubmitBusinessAuthenticationInput): Promise<PartnerAuthentication> {
    return this.submit(ctx, AuthenticationKind.BUSINESS, {
      legalEntityName: input.legalEntityName.trim(),
      registrationNumber: input.registrationNumber.trim().toUpperCase(),
      legalRepresentative: input.legalRepresentative.trim(),
      registeredAddress: input.registeredAddress.trim(),
    });
  }

  async submitPayment(ctx: Ctx, input: SubmitPaymentAuthenticationInput): Promise<PartnerAuthentication> {
    return this.submit(ctx, AuthenticationKind.PAYMENT, {
      bankName: input.bankName.trim(),
      bankAccountName: input.bankAccountName.trim(),
      bankAccountNumber: input.bankAccountNumber.trim().toUpperCase(),
      bankCode: input.bankCode?.trim().toUpperCase() || null,
      taxRate: checkTaxRate(input.taxRate),
      settlementCurrency: checkCurrency(input.settlementCurrency),
    });
  }

  private async submit(ctx: Ctx, kind: AuthenticationKind, details: Partial<PartnerAuthentication>): Promise<PartnerAuthentication> {
    const partner = await this.partners.mine(ctx);
    if (partner[STATUS_FIELD[kind]] === AuthenticationStatus.PENDING) throw pendingError(kind);
    const now = this.clock.now();
    const submission = ctx.em.create(PartnerAuthentication, {
      ...details,
      partner,
      kind,
      status: AuthenticationStatus.PENDING,
      submittedAt: now,
      submittedBy: requireAccount(ctx).email,
      createdAt: now,
      updatedAt: now,
    });
    partner[STATUS_FIELD[kind]] = AuthenticationStatus.PENDING;
    partner.updatedAt = now;
    try {
      await ctx.em.flush();
    } catch (error) {
      // Two submissions at once: the partial unique index keeps one pending per kind.
      if (error instanceof UniqueConstraintViolationException) {
        ctx.em.clear();
        throw pendingError(kind);
      }
      throw error;
    }
    return submission;
  }

  /** Submissions of one partner, newest first (the first of each kind is the current one). */
  async history(partner: Partner, kind?: AuthenticationKind | null): Promise<PartnerAuthentication[]> {
    const all = await partner.authentications.load();
    return all.getItems().filter((a) => !kind || a.kind === kind);
  }

  // ---- Operators ----

  /** The review queue: pending submissions of every partner, oldest first. */
  queue(ctx: Ctx, args: AuthenticationReviewsArgs): Promise<Connection<PartnerAuthentication>> {
    const status = args.status ?? AuthenticationStatus.PENDING;
    const where = { status, ...(args.kind ? { kind: args.kind } : {}) };
    return paginate(crossTenantEm(ctx.em), PartnerAuthentication, where, args, {
      sortBy: 'submittedAt',
      direction: status === AuthenticationStatus.PENDING ? 'ASC' : 'DESC',
    });
  }

  async review(ctx: Ctx, input: ReviewAuthenticationInput): Promise<PartnerAuthentication> {
    const em = crossTenantEm(ctx.em);
    const submission = await this.find(em, input.id);
    if (submission.status !== AuthenticationStatus.PENDING) {
      throw new DomainError(PartnerErrorCode.AUTHENTICATION_NOT_PENDING, 'This submission has already been reviewed.', 'id');
    }
    const reason = input.reason?.trim() ?? '';
    if (input.decision === ReviewDecision.REJECT && reason.length < 5) {
      throw new DomainError(
        PartnerErrorCode.AUTHENTICATION_REASON_REQUIRED,
        'Tell the partner why it is rejected (at least 5 characters), so they can correct and resubmit.',
        'reason',
      );
    }
    const now = this.clock.now();
    const partner = await submission.partner.loadOrFail();
    submission.status = input.decision === ReviewDecision.APPROVE ? AuthenticationStatus.APPROVED : AuthenticationStatus.REJECTED;
    submission.rejectionReason = input.decision === ReviewDecision.REJECT ? reason : null;
    submission.reviewedAt = now;
    submission.reviewedBy = requireAccount(ctx).email;
    submission.updatedAt = now;
    partner[STATUS_FIELD[submission.kind]] = submission.status;
    partner.updatedAt = now;
    await em.flush();
    return submission;
  }

  private async find(em: EntityManager, id: string): Promise<PartnerAuthentication> {
    const submission = isUuid(id) ? await em.findOne(PartnerAuthentication, { id }) : null;
    if (!submission) throw new NotFoundError('Authentication');
    return submission;
  }
}

function pendingError(kind: AuthenticationKind): DomainError {
  const what = kind === AuthenticationKind.BUSINESS ? 'business' : 'payment';
  return new DomainError(
    PartnerErrorCode.AUTHENTICATION_PENDING,
    `Your ${what} information is waiting for review; you can resubmit once it has been reviewed.`,
    null,
  );
}
