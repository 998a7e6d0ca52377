import type { AccountKind, Permission } from '../gql/graphql';

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
