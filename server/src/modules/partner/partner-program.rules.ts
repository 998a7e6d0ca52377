import { randomBytes } from 'node:crypto';
import { DomainError } from '../../common/errors/domain-error.js';
import { PartnerErrorCode } from '../../common/errors/error-codes.js';
import { CspTier, DEVELOPMENT_PATHS, DevelopmentPhase, DevelopmentStatus, Program } from './partner.enums.js';

/** R-PA-6: program certificates run to 31 January and renew on that day every year. */
export const RENEWAL_MONTH_DAY = '01-31';

/** The first 31 January strictly after a date (YYYY-MM-DD): when a certificate issued that day renews. */
export function nextRenewalDate(date: string): string {
  const year = Number(date.slice(0, 4));
  const sameYear = `${year}-${RENEWAL_MONTH_DAY}`;
  return date < sameYear ? sameYear : `${year + 1}-${RENEWAL_MONTH_DAY}`;
}

/** The 31 January one year before a renewal date: when the current validity period began. */
export function previousRenewalDate(renewal: string): string {
  return `${Number(renewal.slice(0, 4)) - 1}${renewal.slice(4)}`;
}

export function newCertificateNumber(program: Program, date: string): string {
  const prefix = { CLOUD_SOLUTION_PROVIDER: 'CSP', DISTRIBUTION_PARTNER: 'DP', SERVICE_PARTNER: 'SP', SOFTWARE_PARTNER: 'SWP', SYSTEM_INTEGRATOR: 'SI', LEARNING_PARTNER: 'LP', KOOGALLERY: 'KG', CARRIER: 'CR' }[program];
  return `PC-${prefix}-${date.slice(0, 4)}-${randomBytes(5).toString('hex').toUpperCase()}`;
}

export type ProgramShape = { tier: CspTier | null; phase: DevelopmentPhase | null; developmentStatus: DevelopmentStatus | null };

/**
 * R-PA-5: Cloud Solution Provider has a tier; the development paths have a phase and a status; the other programs
 * have neither. Returns the shape to store, with development paths starting at Selection / In progress.
 */
export function programShape(program: Program, input: Partial<ProgramShape>, current?: ProgramShape): ProgramShape {
  const isCsp = program === Program.CLOUD_SOLUTION_PROVIDER;
  const isPath = DEVELOPMENT_PATHS.includes(program);
  const tier = input.tier ?? current?.tier ?? null;
  if (isCsp && !tier) throw new DomainError(PartnerErrorCode.PROGRAM_TIER_REQUIRED, 'Choose the Cloud Solution Provider tier.', 'tier');
  if (!isCsp && input.tier) {
    throw new DomainError(PartnerErrorCode.PROGRAM_FIELD_NOT_APPLICABLE, 'Only the Cloud Solution Provider program has tiers.', 'tier');
  }
  if (!isPath && (input.phase || input.developmentStatus)) {
    throw new DomainError(
      PartnerErrorCode.PROGRAM_FIELD_NOT_APPLICABLE,
      'Only the development paths (Service, Software, System Integrator, Learning) have a phase and a status.',
      input.phase ? 'phase' : 'developmentStatus',
    );
  }
  return {
    tier: isCsp ? tier : null,
    phase: isPath ? (input.phase ?? current?.phase ?? DevelopmentPhase.SELECTION) : null,
    developmentStatus: isPath ? (input.developmentStatus ?? current?.developmentStatus ?? DevelopmentStatus.IN_PROGRESS) : null,
  };
}
