import { registerEnumType } from 'type-graphql';

/** The closed list of things a partner member's role can allow. Roles are data: named sets of these. */
export enum Permission {
  PARTNER_VIEW = 'PARTNER_VIEW',
  PARTNER_MANAGE = 'PARTNER_MANAGE',
  MEMBERS_VIEW = 'MEMBERS_VIEW',
  MEMBERS_MANAGE = 'MEMBERS_MANAGE',
  ROLES_MANAGE = 'ROLES_MANAGE',
  AUDIT_VIEW = 'AUDIT_VIEW',
  PERSONNEL_VIEW = 'PERSONNEL_VIEW',
  PERSONNEL_MANAGE = 'PERSONNEL_MANAGE',
  CUSTOMERS_VIEW = 'CUSTOMERS_VIEW',
  CUSTOMERS_VIEW_ALL = 'CUSTOMERS_VIEW_ALL',
  CUSTOMERS_MANAGE = 'CUSTOMERS_MANAGE',
  BUDGETS_MANAGE = 'BUDGETS_MANAGE',
  EXPENDITURE_VIEW = 'EXPENDITURE_VIEW',
  BILLS_VIEW = 'BILLS_VIEW',
  BENEFITS_VIEW = 'BENEFITS_VIEW',
  BENEFITS_MANAGE = 'BENEFITS_MANAGE',
  INCENTIVES_VIEW = 'INCENTIVES_VIEW',
  INCENTIVES_MANAGE = 'INCENTIVES_MANAGE',
}

registerEnumType(Permission, { name: 'Permission', description: 'What a partner role allows.' });

export const ALL_PERMISSIONS: Permission[] = Object.values(Permission);

/**
 * Only the partner administrator manages members and roles (R-ORG-1): no custom role may contain these, so they are
 * held through the built-in Administrator role alone.
 */
export const ADMINISTRATOR_ONLY_PERMISSIONS: readonly Permission[] = [Permission.MEMBERS_MANAGE, Permission.ROLES_MANAGE];

/** The built-in role of a partner's master account; it cannot be given through member management (R-ORG-1). */
export const ADMINISTRATOR_ROLE_KEY = 'ADMINISTRATOR';

/** Built-in roles, shared by all partners (partner = null). */
export const BUILT_IN_ROLES: { key: string; name: string; description: string; permissions: Permission[] }[] = [
  {
    key: 'ADMINISTRATOR',
    name: 'Administrator',
    description: "The partner's master account: everything for its own partner.",
    permissions: ALL_PERMISSIONS,
  },
  {
    key: 'ACCOUNT_DIRECTOR',
    name: 'Account Director',
    description: 'Leads account managers and sees their customers.',
    permissions: [Permission.PARTNER_VIEW, Permission.MEMBERS_VIEW, Permission.CUSTOMERS_VIEW, Permission.EXPENDITURE_VIEW],
  },
  {
    key: 'ACCOUNT_MANAGER',
    name: 'Account Manager',
    description: 'Manages the customers assigned to them.',
    permissions: [Permission.PARTNER_VIEW, Permission.CUSTOMERS_VIEW, Permission.EXPENDITURE_VIEW],
  },
  {
    key: 'FINANCE',
    name: 'Finance',
    description: 'Bills, expenditure, budgets and incentives.',
    permissions: [
      Permission.PARTNER_VIEW,
      Permission.CUSTOMERS_VIEW,
      Permission.CUSTOMERS_VIEW_ALL,
      Permission.EXPENDITURE_VIEW,
      Permission.BILLS_VIEW,
      Permission.BUDGETS_MANAGE,
      Permission.INCENTIVES_VIEW,
    ],
  },
  {
    key: 'VIEWER',
    name: 'Viewer',
    description: 'Read-only access to partner information.',
    permissions: [Permission.PARTNER_VIEW, Permission.MEMBERS_VIEW, Permission.CUSTOMERS_VIEW],
  },
];
