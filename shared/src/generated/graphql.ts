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

export type AssignMemberRoleInput = {
  id: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};

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

/** Business information or payment information authentication. */
export type AuthenticationKind =
  | 'BUSINESS'
  | 'PAYMENT';

export type AuthenticationStatus =
  | 'APPROVED'
  | 'NOT_SUBMITTED'
  | 'PENDING'
  | 'REJECTED';

/** What a business information authentication submits. */
export type BusinessInformation = {
  legalEntityName: Scalars['String']['output'];
  legalRepresentative: Scalars['String']['output'];
  registeredAddress: Scalars['String']['output'];
  /** Company registration (unified social credit / trade register) number. */
  registrationNumber: Scalars['String']['output'];
};

export type Certificate = {
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD: the last day it is valid. */
  expiresOn: Scalars['String']['output'];
  family: CertificateFamily;
  /** The member the certificate is bound to. */
  holder: IndividualSummary;
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  level: CertificateLevel;
  number: Scalars['String']['output'];
  /** Where to download the proof file, when there is one. */
  proofUrl?: Maybe<Scalars['String']['output']>;
  source: CertificateSource;
  /** The certification track, e.g. "Cloud Service" or "Cloud Developer". */
  track: Scalars['String']['output'];
  /** Valid today (Beijing time). */
  validToday: Scalars['Boolean']['output'];
};

export type CertificateConnection = {
  edges: Array<CertificateEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type CertificateEdge = {
  cursor: Scalars['String']['output'];
  node: Certificate;
};

export type CertificateFamily =
  | 'CLOUD_MIGRATION'
  | 'HCCDX'
  | 'HCIX'
  | 'PROJECT_MANAGEMENT';

/** HCIA < HCIP < HCIE; HCCDA < HCCDP < HCCDE; Cloud Migration; project management. */
export type CertificateLevel =
  | 'CLOUD_MIGRATION'
  | 'HCCDA'
  | 'HCCDE'
  | 'HCCDP'
  | 'HCIA'
  | 'HCIE'
  | 'HCIP'
  | 'PROJECT_MANAGEMENT';

/** A move of a certificate between two of the partner’s members (R-DP-7). */
export type CertificateMove = {
  at: Scalars['DateTime']['output'];
  fromLoginId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  toLoginId: Scalars['String']['output'];
  transferredBy: Scalars['String']['output'];
};

export type CertificatePayload = {
  certificate?: Maybe<Certificate>;
  errors: Array<UserError>;
};

/** Uploaded by the individual, or synchronised from the training institute. */
export type CertificateSource =
  | 'SYNCHRONIZED'
  | 'UPLOADED';

export type ChangePartnerCountryInput = {
  country: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  /** Why the country changes (kept with the change). */
  reason: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  account?: Maybe<Account>;
  errors: Array<UserError>;
};

export type CreateMemberInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
  roleId: Scalars['ID']['input'];
};

export type CreateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  permissions: Array<Permission>;
};

/** Cloud Solution Provider tier, lowest to highest: Standard, Advanced, Premier, Core. */
export type CspTier =
  | 'ADVANCED'
  | 'CORE'
  | 'PREMIER'
  | 'STANDARD';

/** A person associated with the partner as dedicated personnel (R-DP-8). */
export type DedicatedPerson = {
  /** The person's certificates (R-DP-5). */
  certificates: Array<Certificate>;
  /** Eligibility today (Beijing time). */
  eligibility: PersonnelEligibility;
  employmentEnd?: Maybe<Scalars['String']['output']>;
  employmentStart?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The association id. */
  id: Scalars['ID']['output'];
  individual: IndividualSummary;
  position: PersonnelPosition;
  startedAt: Scalars['DateTime']['output'];
};

export type DedicatedPersonConnection = {
  edges: Array<DedicatedPersonEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type DedicatedPersonEdge = {
  cursor: Scalars['String']['output'];
  node: DedicatedPerson;
};

export type DedicatedPersonPayload = {
  errors: Array<UserError>;
  person?: Maybe<DedicatedPerson>;
};

export type DeleteRolePayload = {
  deletedRoleId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** Phase of a development path: Selection, then Validation. */
export type DevelopmentPhase =
  | 'SELECTION'
  | 'VALIDATION';

/** Status of the current phase of a development path. */
export type DevelopmentStatus =
  | 'APPROVED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'UNDER_REVIEW';

export type EnrolPartnerInput = {
  /** Development paths only (default In progress). */
  developmentStatus?: InputMaybe<DevelopmentStatus>;
  partnerId: Scalars['ID']['input'];
  /** Development paths only (default Selection). */
  phase?: InputMaybe<DevelopmentPhase>;
  program: Program;
  /** Required for Cloud Solution Provider. */
  tier?: InputMaybe<CspTier>;
};

/** Why an operation was refused. */
export type ErrorCode =
  | 'AUTHENTICATION_NOT_PENDING'
  | 'AUTHENTICATION_PENDING'
  | 'AUTHENTICATION_REASON_REQUIRED'
  | 'CERTIFICATE_DATES_INVALID'
  | 'CERTIFICATE_NOT_UPLOADABLE'
  | 'CERTIFICATE_NUMBER_TAKEN'
  | 'CERTIFICATE_TRANSFER_INVALID'
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
  | 'PERSONNEL_ADMINISTRATOR_ONLY'
  | 'PERSONNEL_ALREADY_ASSOCIATED'
  | 'PERSONNEL_ASSOCIATED_ELSEWHERE'
  | 'PERSONNEL_DATES_INVALID'
  | 'PERSONNEL_ENTERPRISE_AUTHENTICATED'
  | 'PERSONNEL_INVITATION_EXPIRED'
  | 'PERSONNEL_INVITATION_NOT_PENDING'
  | 'PERSONNEL_INVITATION_PENDING'
  | 'PERSONNEL_IS_PARTNER_ACCOUNT'
  | 'PERSONNEL_LOGIN_ID_NOT_FOUND'
  | 'PERSONNEL_THREE_PARTNERS_IN_YEAR'
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
  | 'UPLOAD_ALREADY_ATTACHED'
  | 'UPLOAD_NOT_FOUND'
  | 'UPLOAD_WRONG_PURPOSE'
  | 'VALIDATION';

export type IndividualConnection = {
  edges: Array<IndividualEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type IndividualEdge = {
  cursor: Scalars['String']['output'];
  node: IndividualProfile;
};

/** An individual ID's profile: its own view, and operators'. */
export type IndividualProfile = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** Authenticated as an enterprise user: cannot become dedicated personnel (R-DP-3). */
  enterpriseAuthenticated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The login ID (cloud tenant name). */
  loginId: Scalars['String']['output'];
};

export type IndividualProfilePayload = {
  errors: Array<UserError>;
  individual?: Maybe<IndividualProfile>;
};

/** An individual ID as partners see it. */
export type IndividualSummary = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The login ID (cloud tenant name). */
  loginId: Scalars['String']['output'];
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING';

export type InvitePersonnelInput = {
  /** The individual's login ID: its cloud tenant name (R-DP-1). */
  loginId: Scalars['String']['input'];
};

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

/** An account of the caller's partner (kind PARTNER_MEMBER). */
export type Member = {
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The partner's master account (built-in Administrator role): it cannot be changed here. */
  isAdministrator: Scalars['Boolean']['output'];
  mobile?: Maybe<Scalars['String']['output']>;
  /** False until the member has used a set-password link. */
  passwordSet: Scalars['Boolean']['output'];
  /** Null only if the role was removed from under the member. */
  role?: Maybe<Role>;
  status: AccountStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type MemberConnection = {
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberPayload = {
  errors: Array<UserError>;
  member?: Maybe<Member>;
};

/** No mail server is configured: the link is returned to show to the administrator. */
export type MemberWithLinkPayload = {
  errors: Array<UserError>;
  member?: Maybe<Member>;
  /** Path of the one-time set-password link (/set-password?token=…), valid 7 days. */
  setPasswordLink?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  /** Accepts a pending invitation (valid 7 days, R-DP-2). */
  acceptPersonnelInvitation: PersonnelInvitationPayload;
  assignMemberRole: MemberPayload;
  /** Cancels a pending invitation; administrator only (R-ORG-4). */
  cancelPersonnelInvitation: PersonnelInvitationPayload;
  /** Changes the registered country, with the reason kept (R-PA-1). */
  changePartnerCountry: PartnerPayload;
  /** Changes the signed-in account's password; other sessions end. */
  changePassword: ChangePasswordPayload;
  /** Creates a member without a password and returns a set-password link. */
  createMember: MemberWithLinkPayload;
  createRole: RolePayload;
  /** Signs the member out at once; the member's sign-ins are refused until reactivated. */
  deactivateMember: MemberPayload;
  declinePersonnelInvitation: PersonnelInvitationPayload;
  /** Deletes a custom role that no member holds. */
  deleteRole: DeleteRolePayload;
  /** Deregisters the partner account; refused once it has joined a program (R-PA-7). */
  deregisterPartnerAccount: PartnerPayload;
  /** Ends an association; administrator only (R-ORG-4). */
  endPersonnelAssociation: DedicatedPersonPayload;
  /** Enrols a partner in a program (R-PA-5). */
  enrolPartnerInProgram: PartnerProgramPayload;
  /** Invites an individual ID by login ID; administrator only (R-ORG-4). */
  invitePersonnel: PersonnelInvitationPayload;
  /** Signs in with e-mail and password and sets the session cookie. */
  login: LoginPayload;
  /** Ends the session and clears its cookie. */
  logout: LogoutPayload;
  reactivateMember: MemberPayload;
  /** Registers a partner and its first administrator, who receives a set-password link. */
  registerPartner: RegisterPartnerPayload;
  /** Asks whether this partner account may buy cloud resources; a Cloud Solution Provider may not (R-PA-7). */
  requestResourcePurchase: ResourcePurchasePayload;
  /** A new set-password link for the partner's administrator. */
  resendPartnerAdministratorLink: SetPasswordLinkPayload;
  /** A new set-password link; earlier links of the member stop working. */
  resendSetPasswordLink: MemberWithLinkPayload;
  /** Approves or rejects (with a reason) a pending authentication. */
  reviewAuthentication: PartnerAuthenticationPayload;
  /** Records whether an individual ID is authenticated as an enterprise user (R-DP-3). */
  setEnterpriseAuthentication: IndividualProfilePayload;
  /** Sets amount due, account balance and consumption quota (R-PA-8). */
  setPartnerAccountFigures: PartnerPayload;
  /** Sets the password with a one-time link; the link stops working. Does not sign in. */
  setPassword: SetPasswordPayload;
  /** Submits (or resubmits) business information for authentication. */
  submitBusinessAuthentication: PartnerAuthenticationPayload;
  /** Submits (or resubmits) bank account, tax rate and settlement currency. */
  submitPaymentAuthentication: PartnerAuthenticationPayload;
  /** Synchronises a Cloud Migration certificate from the training institute to an ID (R-DP-6). */
  synchronizeCloudMigrationCertificate: CertificatePayload;
  /** Unbinds a certificate from one member and binds it to another (R-DP-7). */
  transferCertificate: CertificatePayload;
  updateMember: MemberPayload;
  /** Edits basic information; the registered country cannot be changed by the partner (R-PA-1). */
  updatePartnerInformation: PartnerPayload;
  /** Sets the tier, or the phase and status of a development path. */
  updatePartnerProgram: PartnerProgramPayload;
  /** Position and employment dates (R-DP-8). */
  updatePersonnel: DedicatedPersonPayload;
  updateRole: RolePayload;
  /** Adds an HCIA/HCIP/HCIE or HCCDA/HCCDP/HCCDE certificate with its proof (R-DP-6). */
  uploadCertificate: CertificatePayload;
};


export type MutationAcceptPersonnelInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignMemberRoleArgs = {
  input: AssignMemberRoleInput;
};


export type MutationCancelPersonnelInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePartnerCountryArgs = {
  input: ChangePartnerCountryInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationDeactivateMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclinePersonnelInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndPersonnelAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolPartnerInProgramArgs = {
  input: EnrolPartnerInput;
};


export type MutationInvitePersonnelArgs = {
  input: InvitePersonnelInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationReactivateMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterPartnerArgs = {
  input: RegisterPartnerInput;
};


export type MutationResendPartnerAdministratorLinkArgs = {
  partnerId: Scalars['ID']['input'];
};


export type MutationResendSetPasswordLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewAuthenticationArgs = {
  input: ReviewAuthenticationInput;
};


export type MutationSetEnterpriseAuthenticationArgs = {
  input: SetEnterpriseAuthenticationInput;
};


export type MutationSetPartnerAccountFiguresArgs = {
  input: SetPartnerAccountFiguresInput;
};


export type MutationSetPasswordArgs = {
  input: SetPasswordInput;
};


export type MutationSubmitBusinessAuthenticationArgs = {
  input: SubmitBusinessAuthenticationInput;
};


export type MutationSubmitPaymentAuthenticationArgs = {
  input: SubmitPaymentAuthenticationInput;
};


export type MutationSynchronizeCloudMigrationCertificateArgs = {
  input: SynchronizeCertificateInput;
};


export type MutationTransferCertificateArgs = {
  input: TransferCertificateInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdatePartnerInformationArgs = {
  input: UpdatePartnerInformationInput;
};


export type MutationUpdatePartnerProgramArgs = {
  input: UpdatePartnerProgramInput;
};


export type MutationUpdatePersonnelArgs = {
  input: UpdatePersonnelInput;
};


export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};


export type MutationUploadCertificateArgs = {
  input: UploadCertificateInput;
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
  /** Operators only; one lookup per partner, so select it on a single partner. */
  administrator?: Maybe<PartnerAdministrator>;
  /** Amount due (USD). */
  amountDue: Scalars['Decimal']['output'];
  /** Authentication submissions, newest first: the current one and its history. */
  authentications: Array<PartnerAuthentication>;
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
  /** Operator changes of the registered country, newest first (R-PA-1). */
  countryChanges: Array<PartnerCountryChange>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  paymentAuthStatus: AuthenticationStatus;
  /** The programs the partner has joined (R-PA-5). */
  programs: Array<PartnerProgram>;
  /** URL-safe short name, unique. */
  slug: Scalars['String']['output'];
  status: PartnerStatus;
  tenantType: TenantType;
  updatedAt: Scalars['DateTime']['output'];
};


export type PartnerAuthenticationsArgs = {
  kind?: InputMaybe<AuthenticationKind>;
};

/** A partner's master account, as operators see it. */
export type PartnerAdministrator = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** False until the administrator has used the set-password link. */
  passwordSet: Scalars['Boolean']['output'];
};

export type PartnerAuthentication = {
  business?: Maybe<BusinessInformation>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AuthenticationKind;
  partner: Partner;
  payment?: Maybe<PaymentInformation>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-mail of the operator who reviewed it. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  status: AuthenticationStatus;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['String']['output'];
};

export type PartnerAuthenticationConnection = {
  edges: Array<PartnerAuthenticationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerAuthenticationEdge = {
  cursor: Scalars['String']['output'];
  node: PartnerAuthentication;
};

export type PartnerAuthenticationPayload = {
  authentication?: Maybe<PartnerAuthentication>;
  errors: Array<UserError>;
};

export type PartnerConnection = {
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerCountryChange = {
  changedBy: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  fromCountry: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toCountry: Scalars['String']['output'];
};

export type PartnerEdge = {
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerPayload = {
  errors: Array<UserError>;
  partner?: Maybe<Partner>;
};

export type PartnerProgram = {
  /** Program certificate number. */
  certificateNumber: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Development paths only: status of the current phase. */
  developmentStatus?: Maybe<DevelopmentStatus>;
  id: Scalars['ID']['output'];
  /** Date the partner joined (YYYY-MM-DD, Beijing time). */
  joinedOn: Scalars['String']['output'];
  /** Development paths only. */
  phase?: Maybe<DevelopmentPhase>;
  program: Program;
  /** When the certificate was last renewed automatically. */
  renewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Cloud Solution Provider only. */
  tier?: Maybe<CspTier>;
  updatedAt: Scalars['DateTime']['output'];
  /** First day of the certificate validity (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
  /** Last day of the certificate validity (YYYY-MM-DD): a 31 January. */
  validUntil: Scalars['String']['output'];
};

export type PartnerProgramPayload = {
  errors: Array<UserError>;
  partnerProgram?: Maybe<PartnerProgram>;
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'DEREGISTERED';

/** A partner as an individual sees it. */
export type PartnerSummary = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The account whose password was set: enough to greet it and prefill the sign-in form. */
export type PasswordLinkAccount = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
};

/** Whom a set-password link is for, so the page can greet them. */
export type PasswordLinkInfo = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

/** What a payment information authentication submits (R-PA-3, R-PA-4). */
export type PaymentInformation = {
  bankAccountName: Scalars['String']['output'];
  bankAccountNumber: Scalars['String']['output'];
  /** SWIFT/BIC or branch code. */
  bankCode?: Maybe<Scalars['String']['output']>;
  bankName: Scalars['String']['output'];
  /** ISO 4217 settlement currency. */
  settlementCurrency: Scalars['String']['output'];
  /** The VAT rate the partner invoices with, as a fraction (0.06000000 = 6 %). */
  taxRate: Scalars['Decimal']['output'];
};

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

export type PersonnelAssociation = {
  /** Employment end date (YYYY-MM-DD). */
  employmentEnd?: Maybe<Scalars['String']['output']>;
  /** Employment start date (YYYY-MM-DD). */
  employmentStart?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-mail of who ended it (partner administrator or the individual). */
  endedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  partner: PartnerSummary;
  position: PersonnelPosition;
  /** When the individual accepted the invitation. */
  startedAt: Scalars['DateTime']['output'];
};

/** Whether the person counts for later programmes on a date (R-DP-9 levels). */
export type PersonnelEligibility = {
  /** Holds a valid project management, HCIA-or-higher or HCCDA-or-higher certificate (delivery personnel, R-MA-5). */
  delivery: Scalars['Boolean']['output'];
  /** BD or SA with a valid HCIA-or-higher certificate (Funding Head, R-BE-11). */
  fundingHead: Scalars['Boolean']['output'];
  /** Human-readable labels of what the person qualifies for. */
  labels: Array<Scalars['String']['output']>;
  /** The date checked (YYYY-MM-DD). */
  on: Scalars['String']['output'];
};

export type PersonnelInvitation = {
  /** When the invitation was sent. */
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  individual: IndividualSummary;
  invitedBy: Scalars['String']['output'];
  partner: PartnerSummary;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A pending invitation past its 7 days reads as EXPIRED (R-DP-2). */
  status: InvitationStatus;
};

export type PersonnelInvitationConnection = {
  edges: Array<PersonnelInvitationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PersonnelInvitationEdge = {
  cursor: Scalars['String']['output'];
  node: PersonnelInvitation;
};

export type PersonnelInvitationPayload = {
  errors: Array<UserError>;
  invitation?: Maybe<PersonnelInvitation>;
};

/** Business development, solution architect, project manager, engineer, other. */
export type PersonnelPosition =
  | 'BD'
  | 'ENGINEER'
  | 'OTHER'
  | 'PM'
  | 'SA';

/** A partner program. */
export type Program =
  | 'CARRIER'
  | 'CLOUD_SOLUTION_PROVIDER'
  | 'DISTRIBUTION_PARTNER'
  | 'KOOGALLERY'
  | 'LEARNING_PARTNER'
  | 'SERVICE_PARTNER'
  | 'SOFTWARE_PARTNER'
  | 'SYSTEM_INTEGRATOR';

export type Query = {
  /** Every change made through the API, newest first (R-SV-3). */
  auditLog: AuditEntryConnection;
  /** The authentication review queue (pending, oldest first) or past reviews. */
  authenticationReviews: PartnerAuthenticationConnection;
  /** Transfers of a certificate made by this partner, newest first (R-DP-7). */
  certificateHistory: Array<CertificateMove>;
  dedicatedPerson: DedicatedPerson;
  /** What the caller may put into a custom role: held permissions minus administrator-only ones. */
  grantablePermissions: Array<Permission>;
  individuals: IndividualConnection;
  /** The signed-in account. */
  me: Account;
  member: Member;
  /** The caller's partner's members, oldest first. */
  members: MemberConnection;
  /** The signed-in individual's certificates. */
  myCertificates: Array<Certificate>;
  myIndividualProfile: IndividualProfile;
  /** The signed-in member's partner. */
  myPartner: Partner;
  /** Current and past associations with partners, newest first. */
  myPersonnelAssociations: Array<PersonnelAssociation>;
  /** Invitations received, newest first. */
  myPersonnelInvitations: PersonnelInvitationConnection;
  partner: Partner;
  /** Certificates of the associated personnel (R-DP-5). */
  partnerCertificates: CertificateConnection;
  /** Every partner, newest first; search and filters combine. */
  partners: PartnerConnection;
  /** Whom a set-password link is for. A used, replaced, expired or unknown token answers an error with code PASSWORD_LINK_INVALID. */
  passwordLink: PasswordLinkInfo;
  /** Associated personnel with their certificates, newest first. */
  personnel: DedicatedPersonConnection;
  /** The partner's invitations, newest first. */
  personnelInvitations: PersonnelInvitationConnection;
  role: Role;
  /** Built-in roles and the partner's custom roles. */
  roles: RoleConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuthenticationReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<AuthenticationKind>;
  status?: InputMaybe<AuthenticationStatus>;
};


export type QueryCertificateHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDedicatedPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndividualsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AccountStatus>;
};


export type QueryMyPersonnelInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minimumLevel?: InputMaybe<CertificateLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
  validOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  businessAuthStatus?: InputMaybe<AuthenticationStatus>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  paymentAuthStatus?: InputMaybe<AuthenticationStatus>;
  program?: InputMaybe<Program>;
  search?: InputMaybe<Scalars['String']['input']>;
  tier?: InputMaybe<CspTier>;
};


export type QueryPasswordLinkArgs = {
  token: Scalars['String']['input'];
};


export type QueryPersonnelArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
  minimumLevel?: InputMaybe<CertificateLevel>;
  position?: InputMaybe<PersonnelPosition>;
  search?: InputMaybe<Scalars['String']['input']>;
  validOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPersonnelInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterPartnerInput = {
  administratorEmail: Scalars['String']['input'];
  administratorName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country of the partner's legal entity (R-PA-1). */
  country: Scalars['String']['input'];
  /** Company name: Chinese or English only (R-PA-2). */
  name: Scalars['String']['input'];
};

export type RegisterPartnerPayload = {
  errors: Array<UserError>;
  registration?: Maybe<RegisteredPartnerResult>;
};

export type RegisteredPartnerResult = {
  partner: Partner;
  /** Path of the administrator's set-password link (shown while no mail server is configured). */
  setPasswordLink: Scalars['String']['output'];
};

export type ResourcePurchasePayload = {
  /** True when this partner account may buy cloud resources. */
  allowed?: Maybe<Scalars['Boolean']['output']>;
  errors: Array<UserError>;
};

export type ReviewAuthenticationInput = {
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  /** Required when rejecting; shown to the partner. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT';

export type Role = {
  builtIn: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The built-in role of master accounts; it cannot be given to members (R-ORG-1). */
  isAdministrator: Scalars['Boolean']['output'];
  /** How many of the caller's members hold this role (active or not). */
  memberCount: Scalars['Int']['output'];
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

export type SetEnterpriseAuthenticationInput = {
  enterpriseAuthenticated: Scalars['Boolean']['input'];
  loginId: Scalars['String']['input'];
};

export type SetPartnerAccountFiguresInput = {
  accountBalance: Scalars['Decimal']['input'];
  amountDue: Scalars['Decimal']['input'];
  consumptionQuota: Scalars['Decimal']['input'];
  partnerId: Scalars['ID']['input'];
};

export type SetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SetPasswordLinkPayload = {
  errors: Array<UserError>;
  /** Path of the new set-password link. */
  setPasswordLink?: Maybe<Scalars['String']['output']>;
};

export type SetPasswordPayload = {
  account?: Maybe<PasswordLinkAccount>;
  errors: Array<UserError>;
};

export type SubmitBusinessAuthenticationInput = {
  legalEntityName: Scalars['String']['input'];
  legalRepresentative: Scalars['String']['input'];
  registeredAddress: Scalars['String']['input'];
  registrationNumber: Scalars['String']['input'];
};

export type SubmitPaymentAuthenticationInput = {
  bankAccountName: Scalars['String']['input'];
  bankAccountNumber: Scalars['String']['input'];
  /** SWIFT/BIC or branch code. */
  bankCode?: InputMaybe<Scalars['String']['input']>;
  bankName: Scalars['String']['input'];
  /** ISO 4217 code, e.g. USD or CNY. */
  settlementCurrency: Scalars['String']['input'];
  /** VAT rate as a fraction: 0.06 = 6 %. */
  taxRate: Scalars['Decimal']['input'];
};

export type SynchronizeCertificateInput = {
  expiresOn: Scalars['String']['input'];
  issuedOn: Scalars['String']['input'];
  /** The individual's login ID. */
  loginId: Scalars['String']['input'];
  number: Scalars['String']['input'];
  track: Scalars['String']['input'];
};

/** Enterprise or individual tenant. */
export type TenantType =
  | 'ENTERPRISE'
  | 'INDIVIDUAL';

export type TransferCertificateInput = {
  certificateId: Scalars['ID']['input'];
  /** The personnel (association) id of the member who receives the certificate. */
  toPersonnelId: Scalars['ID']['input'];
};

/** Fields left out stay as they are; mobile: null clears it. */
export type UpdateMemberInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  mobile?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnerInformationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Chinese or English only (R-PA-2). */
  name?: InputMaybe<Scalars['String']['input']>;
  tenantType?: InputMaybe<TenantType>;
};

export type UpdatePartnerProgramInput = {
  developmentStatus?: InputMaybe<DevelopmentStatus>;
  id: Scalars['ID']['input'];
  phase?: InputMaybe<DevelopmentPhase>;
  tier?: InputMaybe<CspTier>;
};

export type UpdatePersonnelInput = {
  /** YYYY-MM-DD; null clears it. */
  employmentEnd?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; null clears it. */
  employmentStart?: InputMaybe<Scalars['String']['input']>;
  /** The association id. */
  id: Scalars['ID']['input'];
  position?: InputMaybe<PersonnelPosition>;
};

export type UpdateRoleInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Permission>>;
};

export type UploadCertificateInput = {
  expiresOn: Scalars['String']['input'];
  issuedOn: Scalars['String']['input'];
  level: CertificateLevel;
  number: Scalars['String']['input'];
  /** The id of the proof file from POST /api/uploads (purpose CERTIFICATE_PROOF). */
  proofUploadId: Scalars['ID']['input'];
  /** The track, e.g. "Cloud Service". */
  track: Scalars['String']['input'];
};

/** An expected failure, shown next to the field it concerns. */
export type UserError = {
  code: ErrorCode;
  /** The input field the error belongs to, if any. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};
