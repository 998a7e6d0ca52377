import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { beijingDate } from '../../common/beijing-time.js';
import { runAsSystem } from '../../common/audit/audit-scope.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { PartnerErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import type { PartnerService } from './partner.service.js';
import { PartnerProgram } from './partner-program.entity.js';
import { PartnerStatus, PROGRAM_NAMES } from './partner.enums.js';
import type { EnrolPartnerInput, UpdatePartnerProgramInput } from './partner.inputs.js';
import { newCertificateNumber, nextRenewalDate, previousRenewalDate, programShape } from './partner-program.rules.js';

/** Programs, tiers and program certificates (R-PA-5, R-PA-6). */
export class PartnerProgramService {
  constructor(
    private readonly clock: Clock,
    private readonly partners: PartnerService,
  ) {}

  /** An operator enrols a partner in a program; its certificate runs to the next 31 January. */
  async enrol(ctx: Ctx, input: EnrolPartnerInput): Promise<PartnerProgram> {
    const em = crossTenantEm(ctx.em);
    const partner = await this.partners.get(ctx, input.partnerId, em);
    if (partner.status !== PartnerStatus.ACTIVE) {
      throw new DomainError(PartnerErrorCode.PARTNER_DEREGISTERED, 'This partner account has been deregistered.', 'partnerId');
    }
    const shape = programShape(input.program, { tier: input.tier, phase: input.phase, developmentStatus: input.developmentStatus });
    const joined = (await em.count(PartnerProgram, { partner: partner.id, program: input.program })) > 0;
    if (joined) throw this.alreadyJoined(input.program);
    const now = this.clock.now();
    const today = beijingDate(now);
    const enrolment = em.create(PartnerProgram, {
      partner,
      program: input.program,
      ...shape,
      joinedOn: today,
      certificateNumber: newCertificateNumber(input.program, today),
      validFrom: today,
      validUntil: nextRenewalDate(today),
      createdAt: now,
      updatedAt: now,
    });
    try {
      await em.flush();
    } catch (error) {
      // Two operators enrolling the same partner at once: the unique key decides.
      if (error instanceof UniqueConstraintViolationException) throw this.alreadyJoined(input.program);
      throw error;
    }
    return enrolment;
  }

  /** An operator sets a tier (Cloud Solution Provider) or a phase and status (development paths). */
  async update(ctx: Ctx, input: UpdatePartnerProgramInput): Promise<PartnerProgram> {
    const em = crossTenantEm(ctx.em);
    const enrolment = await this.find(em, input.id);
    const shape = programShape(enrolment.program, { tier: input.tier, phase: input.phase, developmentStatus: input.developmentStatus }, enrolment);
    Object.assign(enrolment, shape, { updatedAt: this.clock.now() });
    await em.flush();
    return enrolment;
  }

  /**
   * R-PA-6: on 31 January (Beijing time) every certificate whose validity ends that day or earlier renews for a year.
   * Idempotent and catching up: a job that did not run for a while renews to the first 31 January after today.
   */
  async renewDueCertificates(rootEm: EntityManager): Promise<number> {
    const em = crossTenantEm(rootEm);
    const now = this.clock.now();
    const today = beijingDate(now);
    const due = await em.find(PartnerProgram, { validUntil: { $lte: today } });
    for (const enrolment of due) {
      let until = enrolment.validUntil;
      while (until <= today) until = nextRenewalDate(until);
      enrolment.validFrom = previousRenewalDate(until);
      enrolment.validUntil = until;
      enrolment.renewedAt = now;
      enrolment.updatedAt = now;
    }
    if (due.length > 0) await runAsSystem('system:renewProgramCertificates', this.clock, () => em.flush());
    return due.length;
  }

  /** A program visible through `em`: the caller's partner (tenant-scoped), or any partner's on an operator's fork. */
  async find(em: EntityManager, id: string): Promise<PartnerProgram> {
    const enrolment = isUuid(id) ? await em.findOne(PartnerProgram, { id }) : null;
    if (!enrolment) throw new NotFoundError('Partner program');
    return enrolment;
  }

  private alreadyJoined(program: PartnerProgram['program']): DomainError {
    return new DomainError(PartnerErrorCode.PROGRAM_ALREADY_JOINED, `The partner has already joined ${PROGRAM_NAMES[program]}.`, 'program');
  }
}
