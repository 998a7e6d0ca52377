import type {
  AccountKind,
  AuthenticationKind,
  AuthenticationStatus,
  BillingMode,
  BudgetAdjustmentKind,
  CertificateLevel,
  CertificateSource,
  CspTier,
  DevelopmentPhase,
  DevelopmentStatus,
  ExpenditureDimension,
  ExpenditureScope,
  InvitationStatus,
  PartnerStatus,
  Permission,
  PersonnelPosition,
  Program,
  PurchaseRefusal,
  TenantType,
  UsageImportStatus,
  UsageKind,
} from '../gql/graphql';

const KIND_LABELS: Record<AccountKind, string> = {
  OPERATOR: 'Operator',
  PARTNER_MEMBER: 'Partner member',
  INDIVIDUAL: 'Individual',
  CUSTOMER: 'Customer',
};

export function accountKindLabel(kind: AccountKind | null | undefined): string {
  return kind ? (KIND_LABELS[kind] ?? kind) : '—';
}

/**
 * Every Permission with a readable label. `Record<Permission, …>` makes the compiler fail when
 * the schema gains a permission that is missing here.
 */
const PERMISSION_LABELS: Record<Permission, string> = {
  PARTNER_VIEW: 'Partner profile: view',
  PARTNER_MANAGE: 'Partner profile: manage',
  MEMBERS_VIEW: 'Members: view',
  MEMBERS_MANAGE: 'Members: manage',
  ROLES_MANAGE: 'Roles: manage',
  AUDIT_VIEW: 'Audit log: view',
  PERSONNEL_VIEW: 'Dedicated personnel: view',
  PERSONNEL_MANAGE: 'Dedicated personnel: manage',
  CUSTOMERS_VIEW: 'Customers: view',
  CUSTOMERS_MANAGE: 'Customers: manage',
  CUSTOMERS_VIEW_ALL: 'Customers: view all',
  BUDGETS_MANAGE: 'Budgets: manage',
  EXPENDITURE_VIEW: 'Expenditure: view',
  BILLS_VIEW: 'Bills: view',
  BENEFITS_VIEW: 'Benefits: view',
  BENEFITS_MANAGE: 'Benefits: manage',
  INCENTIVES_VIEW: 'Incentives: view',
  INCENTIVES_MANAGE: 'Incentives: manage',
};

export const ALL_PERMISSIONS = Object.keys(PERMISSION_LABELS) as Permission[];

export function permissionLabel(permission: Permission): string {
  return PERMISSION_LABELS[permission] ?? permission;
}

/** Select options grouped by area ("Customers", "Roles", …). */
/** Permissions grouped by area for a picker; `grantable` limits them to what the user may hand out. */
export function permissionOptions(
  grantable: readonly Permission[] = ALL_PERMISSIONS,
): { label: string; title: string; options: { value: Permission; label: string }[] }[] {
  const groups = new Map<string, { value: Permission; label: string }[]>();
  for (const p of ALL_PERMISSIONS.filter((permission) => grantable.includes(permission))) {
    const [area] = permissionLabel(p).split(':');
    groups.set(area, [...(groups.get(area) ?? []), { value: p, label: permissionLabel(p) }]);
  }
  return [...groups].map(([area, options]) => ({ label: area, title: area, options }));
}

/** `{ value, label }` options for a Select, in the order of the label record. */
function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const PROGRAM_LABELS: Record<Program, string> = {
  CLOUD_SOLUTION_PROVIDER: 'Cloud Solution Provider',
  DISTRIBUTION_PARTNER: 'Distribution Partner',
  SERVICE_PARTNER: 'Service Partner',
  SOFTWARE_PARTNER: 'Software Partner',
  SYSTEM_INTEGRATOR: 'System Integrator',
  LEARNING_PARTNER: 'Learning Partner',
  KOOGALLERY: 'KooGallery',
  CARRIER: 'Carrier',
};
export const programLabel = (program: Program): string => PROGRAM_LABELS[program] ?? program;
export const programOptions = optionsOf(PROGRAM_LABELS);

/** Cloud Solution Provider tiers, lowest to highest. */
export const TIER_LABELS: Record<CspTier, string> = { STANDARD: 'Standard', ADVANCED: 'Advanced', PREMIER: 'Premier', CORE: 'Core' };
export const tierLabel = (tier: CspTier): string => TIER_LABELS[tier] ?? tier;
export const tierOptions = optionsOf(TIER_LABELS);

export const PHASE_LABELS: Record<DevelopmentPhase, string> = { SELECTION: 'Selection', VALIDATION: 'Validation' };
export const phaseLabel = (phase: DevelopmentPhase): string => PHASE_LABELS[phase] ?? phase;
export const phaseOptions = optionsOf(PHASE_LABELS);

export const DEVELOPMENT_STATUS_LABELS: Record<DevelopmentStatus, string> = {
  IN_PROGRESS: 'In progress',
  UNDER_REVIEW: 'Under review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};
export const developmentStatusLabel = (status: DevelopmentStatus): string => DEVELOPMENT_STATUS_LABELS[status] ?? status;
export const developmentStatusOptions = optionsOf(DEVELOPMENT_STATUS_LABELS);

export const AUTHENTICATION_KIND_LABELS: Record<AuthenticationKind, string> = {
  BUSINESS: 'Business information',
  PAYMENT: 'Payment information',
};
export const authenticationKindLabel = (kind: AuthenticationKind): string => AUTHENTICATION_KIND_LABELS[kind] ?? kind;
export const authenticationKindOptions = optionsOf(AUTHENTICATION_KIND_LABELS);

export const AUTHENTICATION_STATUS_LABELS: Record<AuthenticationStatus, string> = {
  NOT_SUBMITTED: 'Not submitted',
  PENDING: 'Pending review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};
/** Tag colours of the authentication statuses. */
export const AUTHENTICATION_STATUS_COLORS: Record<AuthenticationStatus, string> = {
  NOT_SUBMITTED: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
};
export const authenticationStatusLabel = (status: AuthenticationStatus): string => AUTHENTICATION_STATUS_LABELS[status] ?? status;
export const authenticationStatusOptions = optionsOf(AUTHENTICATION_STATUS_LABELS);

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = { ACTIVE: 'Active', DEREGISTERED: 'Deregistered' };
export const partnerStatusLabel = (status: PartnerStatus): string => PARTNER_STATUS_LABELS[status] ?? status;

export const TENANT_TYPE_LABELS: Record<TenantType, string> = { ENTERPRISE: 'Enterprise', INDIVIDUAL: 'Individual' };
export const tenantTypeLabel = (type: TenantType): string => TENANT_TYPE_LABELS[type] ?? type;
export const tenantTypeOptions = optionsOf(TENANT_TYPE_LABELS);

// ---- Dedicated personnel and certificates (R-DP-8, R-DP-9) ----

/** Certificate levels, in ladder order (HCIA < HCIP < HCIE; HCCDA < HCCDP < HCCDE). */
export const CERTIFICATE_LEVEL_LABELS: Record<CertificateLevel, string> = {
  HCIA: 'HCIA',
  HCIP: 'HCIP',
  HCIE: 'HCIE',
  HCCDA: 'HCCDA',
  HCCDP: 'HCCDP',
  HCCDE: 'HCCDE',
  CLOUD_MIGRATION: 'Cloud Migration',
  PROJECT_MANAGEMENT: 'Project management',
};
export const certificateLevelLabel = (level: CertificateLevel): string => CERTIFICATE_LEVEL_LABELS[level] ?? level;
export const certificateLevelOptions = optionsOf(CERTIFICATE_LEVEL_LABELS);

export const CERTIFICATE_SOURCE_LABELS: Record<CertificateSource, string> = { UPLOADED: 'Uploaded', SYNCHRONIZED: 'Synchronised' };
export const certificateSourceLabel = (source: CertificateSource): string => CERTIFICATE_SOURCE_LABELS[source] ?? source;

export const PERSONNEL_POSITION_LABELS: Record<PersonnelPosition, string> = {
  BD: 'Business development (BD)',
  SA: 'Solution architect (SA)',
  PM: 'Project manager (PM)',
  ENGINEER: 'Engineer',
  OTHER: 'Other',
};
export const personnelPositionLabel = (position: PersonnelPosition): string => PERSONNEL_POSITION_LABELS[position] ?? position;
export const personnelPositionOptions = optionsOf(PERSONNEL_POSITION_LABELS);

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  CANCELLED: 'Cancelled',
};
/** Tag colours of the invitation statuses. */
export const INVITATION_STATUS_COLORS: Record<InvitationStatus, string> = {
  PENDING: 'processing',
  ACCEPTED: 'success',
  DECLINED: 'default',
  EXPIRED: 'warning',
  CANCELLED: 'default',
};
export const invitationStatusLabel = (status: InvitationStatus): string => INVITATION_STATUS_LABELS[status] ?? status;
export const invitationStatusOptions = optionsOf(INVITATION_STATUS_LABELS);

export const BUDGET_ADJUSTMENT_KIND_LABELS: Record<BudgetAdjustmentKind, string> = {
  AMOUNT: 'Budget changed',
  FROZEN: 'Frozen',
  UNFROZEN: 'Unfrozen',
};
export const budgetAdjustmentKindLabel = (kind: BudgetAdjustmentKind): string => BUDGET_ADJUSTMENT_KIND_LABELS[kind] ?? kind;

export const PURCHASE_REFUSAL_LABELS: Record<PurchaseRefusal, string> = {
  CUSTOMER_FROZEN: 'Customer frozen',
  BUDGET_EXHAUSTED: 'Monthly budget used up',
};
export const purchaseRefusalLabel = (reason: PurchaseRefusal): string => PURCHASE_REFUSAL_LABELS[reason] ?? reason;

// ---- Expenditure (R-EX-2 … R-EX-4) ----

export const USAGE_KIND_LABELS: Record<UsageKind, string> = { EXPENDITURE: 'Expenditure', REFUND: 'Refund', ADJUSTMENT: 'Adjustment' };
export const usageKindLabel = (kind: UsageKind): string => USAGE_KIND_LABELS[kind] ?? kind;
export const usageKindOptions = optionsOf(USAGE_KIND_LABELS);

export const BILLING_MODE_LABELS: Record<BillingMode, string> = {
  PAY_PER_USE: 'Pay-per-use',
  YEARLY_MONTHLY: 'Yearly/Monthly',
  RESERVED_INSTANCE: 'Reserved instance',
};
export const billingModeLabel = (mode: BillingMode): string => BILLING_MODE_LABELS[mode] ?? mode;

export const EXPENDITURE_DIMENSION_LABELS: Record<ExpenditureDimension, string> = {
  CUSTOMER: 'Customer account',
  PRODUCT: 'Product',
  REGION: 'Region',
  BILLING_MODE: 'Billing mode',
  MONTH: 'Month',
  DAY: 'Day',
};
export const expenditureDimensionOptions = optionsOf(EXPENDITURE_DIMENSION_LABELS);

export const EXPENDITURE_SCOPE_LABELS: Record<ExpenditureScope, string> = { ALL_CUSTOMERS: 'All customers', ASSIGNED_CUSTOMERS: 'Your customers' };

export const USAGE_IMPORT_STATUS_LABELS: Record<UsageImportStatus, string> = { RUNNING: 'Running', COMPLETED: 'Completed', FAILED: 'Failed' };
