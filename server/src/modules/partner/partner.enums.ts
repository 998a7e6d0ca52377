import { registerEnumType } from 'type-graphql';

export enum PartnerStatus {
  ACTIVE = 'ACTIVE',
  DEREGISTERED = 'DEREGISTERED',
}
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

/** The tenant type of the partner's cloud account, as the Partner Center registration form asks it (§3.2.1). */
export enum TenantType {
  ENTERPRISE = 'ENTERPRISE',
  INDIVIDUAL = 'INDIVIDUAL',
}
registerEnumType(TenantType, { name: 'TenantType', description: 'Enterprise or individual tenant.' });

/** The two separate certifications of R-PA-3. */
export enum AuthenticationKind {
  BUSINESS = 'BUSINESS',
  PAYMENT = 'PAYMENT',
}
registerEnumType(AuthenticationKind, { name: 'AuthenticationKind', description: 'Business information or payment information authentication.' });

export enum AuthenticationStatus {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AuthenticationStatus, { name: 'AuthenticationStatus' });

/** The partner programs of R-PA-5. */
export enum Program {
  CLOUD_SOLUTION_PROVIDER = 'CLOUD_SOLUTION_PROVIDER',
  DISTRIBUTION_PARTNER = 'DISTRIBUTION_PARTNER',
  SERVICE_PARTNER = 'SERVICE_PARTNER',
  SOFTWARE_PARTNER = 'SOFTWARE_PARTNER',
  SYSTEM_INTEGRATOR = 'SYSTEM_INTEGRATOR',
  LEARNING_PARTNER = 'LEARNING_PARTNER',
  KOOGALLERY = 'KOOGALLERY',
  CARRIER = 'CARRIER',
}
registerEnumType(Program, { name: 'Program', description: 'A partner program.' });

export enum CspTier {
  STANDARD = 'STANDARD',
  ADVANCED = 'ADVANCED',
  PREMIER = 'PREMIER',
  CORE = 'CORE',
}
registerEnumType(CspTier, { name: 'CspTier', description: 'Cloud Solution Provider tier, lowest to highest: Standard, Advanced, Premier, Core.' });

export enum DevelopmentPhase {
  SELECTION = 'SELECTION',
  VALIDATION = 'VALIDATION',
}
registerEnumType(DevelopmentPhase, { name: 'DevelopmentPhase', description: 'Phase of a development path: Selection, then Validation.' });

export enum DevelopmentStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(DevelopmentStatus, { name: 'DevelopmentStatus', description: 'Status of the current phase of a development path.' });

export const DEVELOPMENT_PATHS: readonly Program[] = [
  Program.SERVICE_PARTNER,
  Program.SOFTWARE_PARTNER,
  Program.SYSTEM_INTEGRATOR,
  Program.LEARNING_PARTNER,
];

export const PROGRAM_NAMES: Record<Program, string> = {
  CLOUD_SOLUTION_PROVIDER: 'Cloud Solution Provider',
  DISTRIBUTION_PARTNER: 'Distribution Partner',
  SERVICE_PARTNER: 'Service Partner',
  SOFTWARE_PARTNER: 'Software Partner',
  SYSTEM_INTEGRATOR: 'System Integrator',
  LEARNING_PARTNER: 'Learning Partner',
  KOOGALLERY: 'KooGallery',
  CARRIER: 'Carrier',
};

export const TIER_NAMES: Record<CspTier, string> = { STANDARD: 'Standard', ADVANCED: 'Advanced', PREMIER: 'Premier', CORE: 'Core' };
export const PHASE_NAMES: Record<DevelopmentPhase, string> = { SELECTION: 'Selection', VALIDATION: 'Validation' };
