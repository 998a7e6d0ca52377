export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A UTC instant in RFC 3339 form, e.g. "2026-11-22T08:00:00.000Z". Inputs must carry an offset. */
  DateTime: { input: string; output: string; }
  /** An exact decimal with up to 8 fractional digits and 12 integer digits, serialized as a string with exactly 8 decimals, e.g. "123.54680921". Exponents, NaN and more digits are refused. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A signed-in person: operator, partner member, individual or customer. */
export type Account = {
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AccountKind;
  partner?: Maybe<Partner>;
  permissions: Array<Permission>;
  role?: Maybe<Role>;
  status: AccountStatus;
};

/** Who an account belongs to. */
export type AccountKind =
  | 'CUSTOMER'
  | 'INDIVIDUAL'
  | 'OPERATOR'
  | 'PARTNER_MEMBER';

export type AccountStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type AuditEntry = {
  /** CREATE, UPDATE or DELETE. */
  action: Scalars['String']['output'];
  actorEmail?: Maybe<Scalars['String']['output']>;
  actorId?: Maybe<Scalars['ID']['output']>;
  actorKind?: Maybe<AccountKind>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  /** Changed fields: { field: [before, after] }. */
  diff?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The GraphQL mutation (or job) that made the change. */
  operation: Scalars['String']['output'];
  partnerId?: Maybe<Scalars['ID']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this instant (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Operators only; partners always see their own partner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuthenticationStatus =
  | 'APPROVED'
  | 'NOT_SUBMITTED'
  | 'PENDING'
  | 'REJECTED';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  account?: Maybe<Account>;
  errors: Array<UserError>;
};

export type CreateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Permission>;
};

/** Why an operation was refused. */
export type ErrorCode =
  | 'AUTHENTICATION_NOT_PENDING'
  | 'AUTHENTICATION_PENDING'
  | 'AUTHENTICATION_REASON_REQUIRED'
  | 'CURRENCY_INVALID'
  | 'EMAIL_REGISTERED'
  | 'LOGIN_ACCOUNT_INACTIVE'
  | 'LOGIN_INVALID_CREDENTIALS'
  | 'LOGIN_THROTTLED'
  | 'MEMBER_ADMINISTRATOR_ROLE'
  | 'MEMBER_IS_ADMINISTRATOR'
  | 'MEMBER_SELF'
  | 'NOT_FOUND'
  | 'PARTNER_COUNTRY_INVALID'
  | 'PARTNER_CSP_CANNOT_PURCHASE'
  | 'PARTNER_DEREGISTERED'
  | 'PARTNER_IN_PROGRAM'
  | 'PARTNER_NAME_INVALID'
  | 'PARTNER_REASON_REQUIRED'
  | 'PASSWORD_INCORRECT'
  | 'PASSWORD_LINK_INVALID'
  | 'PASSWORD_TOO_WEAK'
  | 'PROGRAM_ALREADY_JOINED'
  | 'PROGRAM_FIELD_NOT_APPLICABLE'
  | 'PROGRAM_TIER_REQUIRED'
  | 'ROLE_ADMINISTRATOR_ONLY_PERMISSION'
  | 'ROLE_BUILT_IN'
  | 'ROLE_IN_USE'
  | 'ROLE_NAME_TAKEN'
  | 'ROLE_OWN'
  | 'ROLE_PERMISSION_NOT_HELD'
  | 'TAX_RATE_INVALID'
  | 'VALIDATION';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  account?: Maybe<Account>;
  errors: Array<UserError>;
};

export type LogoutPayload = {
  ok: Scalars['Boolean']['output'];
};

export type Mutation = {
  /** Changes the signed-in account's password; other sessions end. */
  changePassword: ChangePasswordPayload;
  createRole: RolePayload;
  /** Signs in with e-mail and password and sets the session cookie. */
  login: LoginPayload;
  /** Ends the session and clears its cookie. */
  logout: LogoutPayload;
  updateRole: RolePayload;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Partner = {
  /** Account balance (USD). */
  accountBalance: Scalars['Decimal']['output'];
  address?: Maybe<Scalars['String']['output']>;
  /** Amount due (USD). */
  amountDue: Scalars['Decimal']['output'];
  businessAuthStatus: AuthenticationStatus;
  /** True only when business and payment information authentications are both approved. */
  canReceiveIncentives: Scalars['Boolean']['output'];
  /** Consumption quota: the credit granted by tier (USD). */
  consumptionQuota: Scalars['Decimal']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 registered country: the country of the legal entity. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  paymentAuthStatus: AuthenticationStatus;
  /** URL-safe short name, unique. */
  slug: Scalars['String']['output'];
  status: PartnerStatus;
  tenantType: TenantType;
  updatedAt: Scalars['DateTime']['output'];
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'DEREGISTERED';

/** What a partner role allows. */
export type Permission =
  | 'AUDIT_VIEW'
  | 'BENEFITS_MANAGE'
  | 'BENEFITS_VIEW'
  | 'BILLS_VIEW'
  | 'BUDGETS_MANAGE'
  | 'CUSTOMERS_MANAGE'
  | 'CUSTOMERS_VIEW'
  | 'CUSTOMERS_VIEW_ALL'
  | 'EXPENDITURE_VIEW'
  | 'INCENTIVES_MANAGE'
  | 'INCENTIVES_VIEW'
  | 'MEMBERS_MANAGE'
  | 'MEMBERS_VIEW'
  | 'PARTNER_MANAGE'
  | 'PARTNER_VIEW'
  | 'PERSONNEL_MANAGE'
  | 'PERSONNEL_VIEW'
  | 'ROLES_MANAGE';

export type Query = {
  /** Every change made through the API, newest first (R-SV-3). */
  auditLog: AuditEntryConnection;
  /** The signed-in account. */
  me: Account;
  role: Role;
  /** Built-in roles and the partner's custom roles. */
  roles: RoleConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Role = {
  builtIn: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Permission>;
  updatedAt: Scalars['DateTime']['output'];
};

export type RoleConnection = {
  edges: Array<RoleEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type RoleEdge = {
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RolePayload = {
  errors: Array<UserError>;
  role?: Maybe<Role>;
};

/** What kind of organisation the partner account is. */
export type TenantType =
  | 'ENTERPRISE'
  | 'GOVERNMENT'
  | 'OTHER'
  | 'PUBLIC_INSTITUTION';

export type UpdateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Permission>>;
};

/** An expected failure, shown next to the field it concerns. */
export type UserError = {
  code: ErrorCode;
  /** The input field the error belongs to, if any. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};
