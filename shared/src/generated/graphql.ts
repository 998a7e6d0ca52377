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

export type AcceptCustomerInvitationInput = {
  /** Reseller invitations with a balance: TRANSFERRED_TO_PARTNER or WITHDRAWN (R-CU-9). Ignored for referral (the balance is kept). */
  balanceDisposition?: InputMaybe<BalanceDisposition>;
  code: Scalars['String']['input'];
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

/** Account Manager or Account Director (built-in roles). */
export type AccountTeamRole =
  | 'ACCOUNT_DIRECTOR'
  | 'ACCOUNT_MANAGER';

export type AssignAccountManagerInput = {
  /** A member with the Account Manager role; null unassigns. */
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  associationId: Scalars['ID']['input'];
};

export type AssignMemberRoleInput = {
  id: Scalars['ID']['input'];
  roleId: Scalars['ID']['input'];
};

/** Something that happened to an association: association, model change, discount, account manager, disassociation. */
export type AssociationEvent = {
  /** E-mail of who did it (customer, partner member or operator); null for the system. */
  actorEmail?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** What changed, e.g. { from, to, reason }. */
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  kind: AssociationEventKind;
};

export type AssociationEventKind =
  | 'ACCOUNT_MANAGER_ASSIGNED'
  | 'ASSOCIATED'
  | 'DISASSOCIATED'
  | 'DISASSOCIATION_REQUESTED'
  | 'DISASSOCIATION_WITHDRAWN'
  | 'DISCOUNT_SET'
  | 'MODEL_CHANGED';

/** Referral (the customer pays the cloud) or Reseller (the partner pays, prepayment). */
export type AssociationModel =
  | 'REFERRAL'
  | 'RESELLER';

export type AssociationStatus =
  | 'ACTIVE'
  | 'ENDED';

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

/** A purchase the cloud's order system is about to make for a customer. */
export type AuthorizePurchaseInput = {
  /** Amount of the order (USD, list price), more than 0. */
  amount: Scalars['Decimal']['input'];
  billingMode: BillingMode;
  customerId: Scalars['ID']['input'];
};

/** NONE: no balance; KEPT: a referral customer keeps using its balance; TRANSFERRED_TO_PARTNER: a reseller customer's balance moves to the partner's sub-account; WITHDRAWN: the reseller customer withdraws it (R-CU-9). */
export type BalanceDisposition =
  | 'KEPT'
  | 'NONE'
  | 'TRANSFERRED_TO_PARTNER'
  | 'WITHDRAWN';

/** One line of a bill’s breakdown (by product or by customer). */
export type BillBreakdownLine = {
  adjustments: Scalars['Decimal']['output'];
  amountDue: Scalars['Decimal']['output'];
  coupons: Scalars['Decimal']['output'];
  expenditures: Scalars['Decimal']['output'];
  /** The product code, or the customer’s account id. */
  key: Scalars['String']['output'];
  /** The product, or the customer’s company name. */
  name: Scalars['String']['output'];
  refunds: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
};

/** A month not billed yet: the estimate of what its bill will hold (tax not included). */
export type BillEstimate = {
  adjustments: Scalars['Decimal']['output'];
  /** Total − coupons. */
  amountDue: Scalars['Decimal']['output'];
  /** The Beijing date the bill is issued (the 4th of the next month; before 00:00 on the 5th). */
  billIssueDate: Scalars['String']['output'];
  /** Cash coupons used so far (the month’s and those of the late usage). */
  coupons: Scalars['Decimal']['output'];
  expenditures: Scalars['Decimal']['output'];
  /** The cash coupons of that late usage (part of coupons). */
  lateCoupons: Scalars['Decimal']['output'];
  /** Usage of already billed months that arrived after their bills were issued (cash + coupons), waiting for the next bill; only on the oldest estimate. */
  lateUsage: Scalars['Decimal']['output'];
  /** First day of the Beijing month (YYYY-MM-DD). */
  month: Scalars['String']['output'];
  refunds: Scalars['Decimal']['output'];
  /** Expenditures + refunds + adjustments + late usage. */
  total: Scalars['Decimal']['output'];
};

/** A payment of a partner bill. */
export type BillPayment = {
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  paidAt: Scalars['DateTime']['output'];
  /** E-mail of the operator who recorded it. */
  recordedBy: Scalars['String']['output'];
  /** Bank transfer or receipt reference. */
  reference: Scalars['String']['output'];
};

/** Pay-per-use, yearly/monthly or reserved instance (R-EX-2). */
export type BillingMode =
  | 'PAY_PER_USE'
  | 'RESERVED_INSTANCE'
  | 'YEARLY_MONTHLY';

/** Financial Information › Partner Bills: the amount due and the estimate (R-EX-6). */
export type BillingOverview = {
  /** Unpaid amounts of every issued bill = unpaidLatestMonth + unpaidPreviousMonths. */
  amountDue: Scalars['Decimal']['output'];
  /** The current Beijing month. */
  estimate: BillEstimate;
  /** Every month not billed yet, newest first: the current month, the previous one until its bill is issued, and any month whose bill is due but not issued yet. */
  estimates: Array<BillEstimate>;
  /** The latest month with an issued bill (YYYY-MM-DD), if any. */
  latestBilledMonth?: Maybe<Scalars['String']['output']>;
  /** Unpaid amount of the latest billed month. */
  unpaidLatestMonth: Scalars['Decimal']['output'];
  /** Unpaid amounts of the months before it. */
  unpaidPreviousMonths: Scalars['Decimal']['output'];
};

/** One change of a customer budget: amount before and after, who, when, why (R-BU-1). */
export type BudgetAdjustment = {
  /** E-mail of who made the change. */
  actorEmail: Scalars['String']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: BudgetAdjustmentKind;
  newAmount?: Maybe<Scalars['Decimal']['output']>;
  /** The note of a budget change, or the reason of a freeze. */
  note?: Maybe<Scalars['String']['output']>;
  previousAmount?: Maybe<Scalars['Decimal']['output']>;
};

/** A budget amount change, a freeze or an unfreeze. */
export type BudgetAdjustmentKind =
  | 'AMOUNT'
  | 'FROZEN'
  | 'UNFROZEN';

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

export type ChangeAssociationModelInput = {
  associationId: Scalars['ID']['input'];
  model: AssociationModel;
  /** Why (e.g. the service ticket); kept in the history. */
  reason: Scalars['String']['input'];
};

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

export type CreateCustomerInvitationLinkInput = {
  /** A name for the link / QR code, e.g. "Trade fair 2026". */
  label?: InputMaybe<Scalars['String']['input']>;
  model: AssociationModel;
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

/** A customer of the partner: the association, its model and who manages it. */
export type CustomerAssociation = {
  /** R-CU-11. */
  accountManager?: Maybe<TeamMemberSummary>;
  /** The balance (USD) at association that the disposition applied to. */
  balanceAmount: Scalars['Decimal']['output'];
  balanceDisposition: BalanceDisposition;
  /** Whether this customer may view Bills and Cost Center (R-CU-10). */
  canViewBills: Scalars['Boolean']['output'];
  customer: CustomerSummary;
  /** Disassociation requests, newest first (R-CU-8). */
  disassociationRequests: Array<DisassociationRequest>;
  /** Referral discount as a fraction of list price (0.05 = 5 % off); null for none and always for Reseller (R-CU-4). */
  discountRate?: Maybe<Scalars['Decimal']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-mail of who ended it (the partner completing a request, or an operator). */
  endedBy?: Maybe<Scalars['String']['output']>;
  /** The history, oldest first. */
  events: Array<AssociationEvent>;
  id: Scalars['ID']['output'];
  /** How the customer came: e-mail invitation or registration link. */
  invitationChannel?: Maybe<InvitationChannel>;
  model: AssociationModel;
  partner: PartnerSummary;
  pendingDisassociationRequest?: Maybe<DisassociationRequest>;
  /** When the customer accepted the invitation. */
  startedAt: Scalars['DateTime']['output'];
  status: AssociationStatus;
};

export type CustomerAssociationConnection = {
  edges: Array<CustomerAssociationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerAssociationEdge = {
  cursor: Scalars['String']['output'];
  node: CustomerAssociation;
};

export type CustomerAssociationPayload = {
  association?: Maybe<CustomerAssociation>;
  errors: Array<UserError>;
};

/** The monthly budget of a reseller customer and its freeze state (R-BU-1, R-BU-4). */
export type CustomerBudget = {
  /** Monthly budget (USD, compared with spend at list price); null when none is set. */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** The customer's account id. */
  customerId: Scalars['ID']['output'];
  freezeReason?: Maybe<Scalars['String']['output']>;
  frozen: Scalars['Boolean']['output'];
  frozenAt?: Maybe<Scalars['DateTime']['output']>;
  /** E-mail of the member who froze the customer. */
  frozenBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomerBudgetPayload = {
  budget?: Maybe<CustomerBudget>;
  errors: Array<UserError>;
};

/** A reseller customer with its budget and this Beijing month’s spend (Customer Business › Budgets). */
export type CustomerBudgetRow = {
  /** Thresholds (75, 90, 100) already reached and notified this month. */
  alertedThresholds: Array<Scalars['Int']['output']>;
  /** Monthly budget (USD); null when none is set. */
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Current estimate: amount due of the month so far. */
  currentEstimate: Scalars['Decimal']['output'];
  customer: CustomerSummary;
  freezeReason?: Maybe<Scalars['String']['output']>;
  frozen: Scalars['Boolean']['output'];
  /** The association id. */
  id: Scalars['ID']['output'];
  /** The Beijing month the spend is for (first day, YYYY-MM-DD). */
  month: Scalars['String']['output'];
  /** Spend of the month at list price (what the budget is compared with). */
  monthSpendAtListPrice: Scalars['Decimal']['output'];
  /** Spend as a percent of the budget, rounded down to 8 decimals (never above a threshold not reached); null without a budget or with a budget of 0. */
  percentUsed?: Maybe<Scalars['Decimal']['output']>;
};

export type CustomerBudgetRowConnection = {
  edges: Array<CustomerBudgetRowEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerBudgetRowEdge = {
  cursor: Scalars['String']['output'];
  node: CustomerBudgetRow;
};

export type CustomerExpenditureRow = {
  /** The customer's account name (e-mail). */
  accountName: Scalars['String']['output'];
  /** Cash + coupons. */
  amount: Scalars['Decimal']['output'];
  cash: Scalars['Decimal']['output'];
  companyName: Scalars['String']['output'];
  coupon: Scalars['Decimal']['output'];
  customerId: Scalars['ID']['output'];
  discount: Scalars['Decimal']['output'];
  records: Scalars['Int']['output'];
};

/** Customer Business › Customer Expenditure: a billing cycle summarised (R-EX-3, §5.7.11). */
export type CustomerExpenditureSummary = {
  adjustments: ExpenditureSection;
  asOf: Scalars['DateTime']['output'];
  /** YYYY-MM (Beijing time). */
  billingCycle: Scalars['String']['output'];
  /** Discount of the cycle over all records. */
  discountTotal: Scalars['Decimal']['output'];
  expenditures: ExpenditureSection;
  refunds: ExpenditureSection;
  scope: ExpenditureScope;
};

/** An invitation to associate with the partner: by e-mail, or a registration link / QR code (R-CU-6). */
export type CustomerInvitation = {
  /** The latest acceptance. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many customers associated through it (links can be used many times). */
  acceptedCount: Scalars['Int']['output'];
  channel: InvitationChannel;
  /** The code in the invitation URL /invite/<code>. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** E-mail of the member who created it. */
  createdBy: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** A name for a link or QR code, e.g. "Trade fair 2026". */
  label?: Maybe<Scalars['String']['output']>;
  /** The model the customer is associated with on acceptance (R-CU-3). */
  model: AssociationModel;
  /** Path of the QR code image (PNG) encoding the URL. */
  qrPngPath: Scalars['String']['output'];
  /** Path of the QR code image (SVG) encoding the URL. */
  qrSvgPath: Scalars['String']['output'];
  /** An e-mail invitation past its validity reads EXPIRED. */
  status: CustomerInvitationStatus;
  /** The absolute invitation URL (/invite/<code> on the host the request came to). */
  url: Scalars['String']['output'];
  /** E-mail invitations: the validity in days stated in the e-mail; null for links (never expire). */
  validDays?: Maybe<Scalars['Int']['output']>;
};

export type CustomerInvitationConnection = {
  edges: Array<CustomerInvitationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerInvitationEdge = {
  cursor: Scalars['String']['output'];
  node: CustomerInvitation;
};

export type CustomerInvitationPayload = {
  errors: Array<UserError>;
  invitation?: Maybe<CustomerInvitation>;
};

/** ACTIVE can be accepted; an e-mail invitation becomes ACCEPTED once used and EXPIRED after its validity; links stay ACTIVE until REVOKED. */
export type CustomerInvitationStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** The customer's associated partner (R-CU-7, My Partner). */
export type CustomerPartnerView = {
  associationId: Scalars['ID']['output'];
  balanceDisposition: BalanceDisposition;
  /** Only reseller customers can request disassociation (R-CU-8). */
  canRequestDisassociation: Scalars['Boolean']['output'];
  /** False for reseller customers of a partner that revoked the permission to view Bills and Cost Center (R-CU-10); orders at list price stay visible. */
  canViewBills: Scalars['Boolean']['output'];
  /** Referral customers: the discount the partner set (fraction off list price). */
  discountRate?: Maybe<Scalars['Decimal']['output']>;
  model: AssociationModel;
  partner: PartnerSummary;
  pendingDisassociationRequest?: Maybe<DisassociationRequest>;
  /** Associated since. */
  since: Scalars['DateTime']['output'];
};

/** A cloud customer and the account attributes the association rules check (operators and the customer itself see it). */
export type CustomerProfile = {
  /** Cash balance of the cloud account (USD). */
  accountBalance: Scalars['Decimal']['output'];
  /** Why the customer cannot be associated now (R-CU-2); empty when nothing blocks it. */
  associationBlockers: Array<UserError>;
  /** Operators: every association, newest first. */
  associations: Array<CustomerAssociation>;
  companyName: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country; null only for customers that existed before profiles did. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Operators: the open association, if any. */
  currentAssociation?: Maybe<CustomerAssociation>;
  /** The contact name of the account. */
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  /** The balance includes rewards for top-ups (§5.3.1). */
  hasTopUpRewards: Scalars['Boolean']['output'];
  /** Reserved instances expire after today, Beijing time (R-CU-2). */
  hasUnexpiredReservedInstances: Scalars['Boolean']['output'];
  /** The customer's account id. */
  id: Scalars['ID']['output'];
  inArrears: Scalars['Boolean']['output'];
  /** The cloud provider's own internal account. */
  internalAccount: Scalars['Boolean']['output'];
  /** Value of outstanding invoices (RMB). */
  outstandingInvoicesRmb: Scalars['Decimal']['output'];
  /** Expiry date (YYYY-MM-DD, Beijing time) of its latest reserved instance; unexpired while after today. */
  reservedInstancesUntil?: Maybe<Scalars['String']['output']>;
  /** A special contract with the cloud (offline directly-signed, telemarketing with discounts, special offer). */
  specialContract: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CustomerProfileConnection = {
  edges: Array<CustomerProfileEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerProfileEdge = {
  cursor: Scalars['String']['output'];
  node: CustomerProfile;
};

export type CustomerProfilePayload = {
  customer?: Maybe<CustomerProfile>;
  errors: Array<UserError>;
};

export type CustomerSignUpPayload = {
  /** The new customer account, signed in. */
  account?: Maybe<Account>;
  errors: Array<UserError>;
};

/** A customer as its partner sees it. */
export type CustomerSummary = {
  companyName: Scalars['String']['output'];
  country?: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  /** The customer's account id. */
  id: Scalars['ID']['output'];
};

/** An account manager or account director of the partner (R-CU-11). */
export type CustomerTeamMember = {
  /** Active customers: assigned to the manager, or to the managers the director leads. */
  customerCount: Scalars['Int']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Account directors: the account managers they lead. */
  leads: Array<TeamMemberSummary>;
  /** Account managers: the account director who leads them. */
  ledBy?: Maybe<TeamMemberSummary>;
  role: AccountTeamRole;
};

export type CustomerTeamMemberPayload = {
  errors: Array<UserError>;
  member?: Maybe<CustomerTeamMember>;
};

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

/** A reseller customer’s request to disassociate from its partner (R-CU-8). */
export type DisassociationRequest = {
  association: CustomerAssociation;
  /** When the customer asked. */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** When it was completed or withdrawn. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  status: DisassociationRequestStatus;
};

export type DisassociationRequestConnection = {
  edges: Array<DisassociationRequestEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type DisassociationRequestEdge = {
  cursor: Scalars['String']['output'];
  node: DisassociationRequest;
};

export type DisassociationRequestPayload = {
  errors: Array<UserError>;
  request?: Maybe<DisassociationRequest>;
};

export type DisassociationRequestStatus =
  | 'COMPLETED'
  | 'PENDING'
  | 'WITHDRAWN';

export type EndReferralAssociationInput = {
  associationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

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
  | 'ACCOUNT_DIRECTOR_ROLE_REQUIRED'
  | 'ACCOUNT_MANAGER_ROLE_REQUIRED'
  | 'ASSOCIATION_ENDED'
  | 'ASSOCIATION_MODEL_UNCHANGED'
  | 'ASSOCIATION_NOT_REFERRAL'
  | 'ASSOCIATION_REASON_REQUIRED'
  | 'ASSOCIATION_REFERRAL_OPERATOR_ONLY'
  | 'AUTHENTICATION_NOT_PENDING'
  | 'AUTHENTICATION_PENDING'
  | 'AUTHENTICATION_REASON_REQUIRED'
  | 'BILLING_CYCLE_INVALID'
  | 'BILL_OVERPAYMENT'
  | 'BILL_PAYMENT_INVALID'
  | 'BUDGET_AMOUNT_INVALID'
  | 'BUDGET_RESELLER_ONLY'
  | 'CERTIFICATE_DATES_INVALID'
  | 'CERTIFICATE_NOT_UPLOADABLE'
  | 'CERTIFICATE_NUMBER_TAKEN'
  | 'CERTIFICATE_TRANSFER_INVALID'
  | 'CURRENCY_INVALID'
  | 'CUSTOMER_ALREADY_ASSOCIATED'
  | 'CUSTOMER_ALREADY_FROZEN'
  | 'CUSTOMER_ASSOCIATED_ELSEWHERE'
  | 'CUSTOMER_BALANCE_DISPOSITION_REQUIRED'
  | 'CUSTOMER_BALANCE_NEEDS_TICKET'
  | 'CUSTOMER_INTERNAL_ACCOUNT'
  | 'CUSTOMER_INVITATION_EXPIRED'
  | 'CUSTOMER_INVITATION_OTHER_RECIPIENT'
  | 'CUSTOMER_INVITATION_PENDING'
  | 'CUSTOMER_INVITATION_REVOKED'
  | 'CUSTOMER_INVITATION_USED'
  | 'CUSTOMER_IN_ARREARS'
  | 'CUSTOMER_NOT_ASSOCIATED'
  | 'CUSTOMER_NOT_FROZEN'
  | 'CUSTOMER_PRE_REGISTERED_ELSEWHERE'
  | 'CUSTOMER_RESERVED_INSTANCES'
  | 'CUSTOMER_SPECIAL_CONTRACT'
  | 'DATE_RANGE_INVALID'
  | 'DISASSOCIATION_NOT_PENDING'
  | 'DISASSOCIATION_PENDING'
  | 'DISCOUNT_OUT_OF_RANGE'
  | 'DISCOUNT_RANGE_INVALID'
  | 'DISCOUNT_RANGE_NOT_AUTHORISED'
  | 'DISCOUNT_RESELLER'
  | 'EMAIL_REGISTERED'
  | 'LOGIN_ACCOUNT_INACTIVE'
  | 'LOGIN_INVALID_CREDENTIALS'
  | 'LOGIN_THROTTLED'
  | 'MANAGER_STATISTICS_OUT_OF_RANGE'
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
  | 'PRE_REGISTRATION_EXISTS'
  | 'PRE_REGISTRATION_EXPIRED'
  | 'PROGRAM_ALREADY_JOINED'
  | 'PROGRAM_FIELD_NOT_APPLICABLE'
  | 'PROGRAM_TIER_REQUIRED'
  | 'PURCHASE_AMOUNT_INVALID'
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
  | 'USAGE_IMPORT_FAILED'
  | 'USAGE_RECORD_INVALID'
  | 'VALIDATION';

/** Grouping of the Expenditure Distribution: customer account, product (resource type), region, billing mode, month or day (Beijing time). */
export type ExpenditureDimension =
  | 'BILLING_MODE'
  | 'CUSTOMER'
  | 'DAY'
  | 'MONTH'
  | 'PRODUCT'
  | 'REGION';

/** Operations Statistics › Expenditures › Expenditure Distribution (R-EX-4). */
export type ExpenditureDistribution = {
  /** When these figures were computed; they include every record ingested until then. */
  asOf: Scalars['DateTime']['output'];
  /** Time of the latest record of the partner ingested so far. */
  dataThrough?: Maybe<Scalars['DateTime']['output']>;
  from: Scalars['String']['output'];
  groupBy: ExpenditureDimension;
  rows: Array<ExpenditureFigures>;
  scope: ExpenditureScope;
  to: Scalars['String']['output'];
  totals: ExpenditureFigures;
};

export type ExpenditureDistributionInput = {
  /** First day (YYYY-MM-DD, Beijing time), inclusive. */
  from: Scalars['String']['input'];
  groupBy: ExpenditureDimension;
  /** Last day (YYYY-MM-DD, Beijing time), inclusive. */
  to: Scalars['String']['input'];
};

/** Summed usage records (R-EX-2): amount = cash + coupons; 8 decimals. */
export type ExpenditureFigures = {
  /** Cash + coupons. */
  amount: Scalars['Decimal']['output'];
  amountDue: Scalars['Decimal']['output'];
  cash: Scalars['Decimal']['output'];
  coupon: Scalars['Decimal']['output'];
  discount: Scalars['Decimal']['output'];
  /** The group: customer id, product, region, billing mode, YYYY-MM or YYYY-MM-DD; empty for totals. */
  key: Scalars['String']['output'];
  /** What to show for the key (customer name, product, …). */
  label: Scalars['String']['output'];
  listPrice: Scalars['Decimal']['output'];
  records: Scalars['Int']['output'];
  /** Revenue (R-EX-5): cash consumption outside KooGallery. */
  revenue: Scalars['Decimal']['output'];
};

/** Operations Statistics › Expenditures › Overview. */
export type ExpenditureOverview = {
  /** Amount due of the current billing month so far (Beijing time). */
  amountDue: Scalars['Decimal']['output'];
  asOf: Scalars['DateTime']['output'];
  dataThrough?: Maybe<Scalars['DateTime']['output']>;
  lastMonth: KindTotals;
  scope: ExpenditureScope;
  thisMonth: KindTotals;
  /** The last twelve months, oldest first, one row per month (key YYYY-MM). */
  trend: Array<ExpenditureFigures>;
};

/** One usage record (R-EX-2); append-only. */
export type ExpenditureRecord = {
  amountDue: Scalars['Decimal']['output'];
  availabilityZone?: Maybe<Scalars['String']['output']>;
  /** Billing cycle YYYY-MM (Beijing time). */
  billingCycle: Scalars['String']['output'];
  billingMode: BillingMode;
  cash: Scalars['Decimal']['output'];
  coupon: Scalars['Decimal']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  discount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  kind: UsageKind;
  listPrice: Scalars['Decimal']['output'];
  /** KooGallery (marketplace) consumption, which is not revenue (R-EX-5). */
  marketplace: Scalars['Boolean']['output'];
  monthlySettlement: Scalars['Decimal']['output'];
  product: Scalars['String']['output'];
  region: Scalars['String']['output'];
  resourceId: Scalars['String']['output'];
  resourceType: Scalars['String']['output'];
  specification: Scalars['String']['output'];
  transactedAt: Scalars['DateTime']['output'];
  transactionId: Scalars['String']['output'];
};

export type ExpenditureRecordConnection = {
  edges: Array<ExpenditureRecordEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ExpenditureRecordEdge = {
  cursor: Scalars['String']['output'];
  node: ExpenditureRecord;
};

/** Whose figures: every customer of the partner (administrators, finance) or the member's own and their managers' customers (R-EX-4). */
export type ExpenditureScope =
  | 'ALL_CUSTOMERS'
  | 'ASSIGNED_CUSTOMERS';

/** One kind of record in a billing cycle: the total and the per-customer breakdown (§5.7.11). */
export type ExpenditureSection = {
  /** Cash + coupons. */
  amount: Scalars['Decimal']['output'];
  cash: Scalars['Decimal']['output'];
  coupon: Scalars['Decimal']['output'];
  discount: Scalars['Decimal']['output'];
  kind: UsageKind;
  rows: Array<CustomerExpenditureRow>;
};

export type FreezeCustomerInput = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

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

export type IngestUsageRecordsInput = {
  /** 1 to 1000 records; all are stored or none. */
  records: Array<UsageRecordInput>;
};

export type IngestUsageRecordsPayload = {
  /** Records added. */
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Records skipped because their transaction id was ingested before. */
  duplicates?: Maybe<Scalars['Int']['output']>;
  errors: Array<UserError>;
};

/** An e-mail with a validity period, or a registration link / QR code that never expires (R-CU-6). */
export type InvitationChannel =
  | 'EMAIL'
  | 'LINK';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING';

export type InviteCustomerByEmailInput = {
  email: Scalars['String']['input'];
  model: AssociationModel;
  /** Validity in days, 1 to 30 (default 7); stated in the e-mail. */
  validDays?: InputMaybe<Scalars['Int']['input']>;
};

export type InvitePersonnelInput = {
  /** The individual's login ID: its cloud tenant name (R-DP-1). */
  loginId: Scalars['String']['input'];
};

/** Expenditures, refunds and adjustments of a period, and their sum. */
export type KindTotals = {
  adjustments: ExpenditureFigures;
  expenditures: ExpenditureFigures;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** All three together. */
  net: ExpenditureFigures;
  refunds: ExpenditureFigures;
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

export type MarkAllNotificationsReadPayload = {
  /** How many notifications were marked read. */
  count?: Maybe<Scalars['Int']['output']>;
  errors: Array<UserError>;
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

export type MonthRevenue = {
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  revenue: Scalars['Decimal']['output'];
};

export type Mutation = {
  /** Accepts an invitation: the customer is associated with the partner in its model (R-CU-1, 2, 5, 6, 9). */
  acceptCustomerInvitation: CustomerAssociationPayload;
  /** Accepts a pending invitation (valid 7 days, R-DP-2). */
  acceptPersonnelInvitation: PersonnelInvitationPayload;
  /** Assigns the customer to an account manager, or unassigns it (R-CU-11). */
  assignAccountManager: CustomerAssociationPayload;
  assignMemberRole: MemberPayload;
  /** The purchase gate the cloud's order system asks before a purchase, renewal or change (R-BU-2..4). */
  authorizePurchase: PurchaseDecisionPayload;
  /** Cancels a pending invitation; administrator only (R-ORG-4). */
  cancelPersonnelInvitation: PersonnelInvitationPayload;
  /** Changes an association's model, with the reason kept (R-CU-3). */
  changeAssociationModel: CustomerAssociationPayload;
  /** Changes the registered country, with the reason kept (R-PA-1). */
  changePartnerCountry: PartnerPayload;
  /** Changes the signed-in account's password; other sessions end. */
  changePassword: ChangePasswordPayload;
  /** Completes a reseller customer's disassociation request: the association ends (R-CU-8). */
  completeDisassociation: DisassociationRequestPayload;
  /** Creates a registration link and its QR code; it never expires (R-CU-6). */
  createCustomerInvitationLink: CustomerInvitationPayload;
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
  /** Ends a referral association (R-CU-8). */
  endReferralAssociation: CustomerAssociationPayload;
  /** Enrols a partner in a program (R-PA-5). */
  enrolPartnerInProgram: PartnerProgramPayload;
  /** Freezes a reseller customer: it cannot purchase, renew or change resources (R-BU-4). */
  freezeCustomer: CustomerBudgetPayload;
  /** The billing system sends usage records: all valid or none stored; a record whose transaction id was ingested before is skipped. */
  ingestUsageRecords: IngestUsageRecordsPayload;
  /** Sends an invitation by e-mail (to the outbox), valid for 1 to 30 days, default 7 (R-CU-6). */
  inviteCustomerByEmail: CustomerInvitationPayload;
  /** Invites an individual ID by login ID; administrator only (R-ORG-4). */
  invitePersonnel: PersonnelInvitationPayload;
  /** Signs in with e-mail and password and sets the session cookie. */
  login: LoginPayload;
  /** Ends the session and clears its cookie. */
  logout: LogoutPayload;
  markAllNotificationsRead: MarkAllNotificationsReadPayload;
  markNotificationRead: NotificationPayload;
  /** Pre-registers a prospect by e-mail: other partners cannot pre-register or associate it for 15 days (R-CU-5). */
  preRegisterCustomer: PreRegistrationPayload;
  reactivateMember: MemberPayload;
  /** Operators: records a payment of a bill (more than 0, at most the unpaid amount); the partner is notified. */
  recordBillPayment: PartnerBillPayload;
  /** Creates a customer account; the customer sets its password with the returned link. */
  registerCustomer: RegisterCustomerPayload;
  /** Registers a customer account from an invitation (an e-mail invitation registers only its own address) and signs it in; accepting is a separate step. */
  registerCustomerFromInvitation: CustomerSignUpPayload;
  /** Registers a partner and its first administrator, who receives a set-password link. */
  registerPartner: RegisterPartnerPayload;
  /** Ends a pre-registration’s protection now (e.g. a mistyped e-mail). */
  releasePreRegistration: PreRegistrationPayload;
  /** A reseller customer asks to leave its partner, which completes it (R-CU-8). */
  requestDisassociation: DisassociationRequestPayload;
  /** Asks whether this partner account may buy cloud resources; a Cloud Solution Provider may not (R-PA-7). */
  requestResourcePurchase: ResourcePurchasePayload;
  /** A new set-password link for the partner's administrator. */
  resendPartnerAdministratorLink: SetPasswordLinkPayload;
  /** A new set-password link; earlier links of the member stop working. */
  resendSetPasswordLink: MemberWithLinkPayload;
  /** Approves or rejects (with a reason) a pending authentication. */
  reviewAuthentication: PartnerAuthenticationPayload;
  /** Withdraws an active invitation or link. */
  revokeCustomerInvitation: CustomerInvitationPayload;
  /** Sets (or clears) the account director who leads an account manager (R-CU-11). */
  setAccountDirector: CustomerTeamMemberPayload;
  /** Sets the monthly budget (USD, ≥ 0) of a reseller customer; kept as an adjustment (R-BU-1). */
  setCustomerBudget: CustomerBudgetPayload;
  /** Sets a referral customer's discount within the authorised range; refused for reseller customers (R-CU-4). */
  setCustomerDiscount: CustomerAssociationPayload;
  /** Records whether an individual ID is authenticated as an enterprise user (R-DP-3). */
  setEnterpriseAuthentication: IndividualProfilePayload;
  /** Sets amount due, account balance and consumption quota (R-PA-8). */
  setPartnerAccountFigures: PartnerPayload;
  /** Sets the password with a one-time link; the link stops working. Does not sign in. */
  setPassword: SetPasswordPayload;
  /** Authorises the range of a partner's referral customer discounts (R-CU-4); both ends null withdraws it. */
  setReferralDiscountRange: PartnerPayload;
  /** Revokes (false) or restores (true) all reseller customers' permission to view Bills and Cost Center (R-CU-10). */
  setResellerBillVisibility: PartnerPayload;
  /** Starts a CSV import; then PUT the file to /api/usage-imports/{id}/content. */
  startUsageImport: UsageImportPayload;
  /** Submits (or resubmits) business information for authentication. */
  submitBusinessAuthentication: PartnerAuthenticationPayload;
  /** Submits (or resubmits) bank account, tax rate and settlement currency. */
  submitPaymentAuthentication: PartnerAuthenticationPayload;
  /** Synchronises a Cloud Migration certificate from the training institute to an ID (R-DP-6). */
  synchronizeCloudMigrationCertificate: CertificatePayload;
  /** Unbinds a certificate from one member and binds it to another (R-DP-7). */
  transferCertificate: CertificatePayload;
  /** Unfreezes a reseller customer (R-BU-4). */
  unfreezeCustomer: CustomerBudgetPayload;
  /** Sets the attributes the association rules check (R-CU-2, R-CU-9). */
  updateCustomerProfile: CustomerProfilePayload;
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
  /** Withdraws the pending disassociation request. */
  withdrawDisassociationRequest: DisassociationRequestPayload;
};


export type MutationAcceptCustomerInvitationArgs = {
  input: AcceptCustomerInvitationInput;
};


export type MutationAcceptPersonnelInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignAccountManagerArgs = {
  input: AssignAccountManagerInput;
};


export type MutationAssignMemberRoleArgs = {
  input: AssignMemberRoleInput;
};


export type MutationAuthorizePurchaseArgs = {
  input: AuthorizePurchaseInput;
};


export type MutationCancelPersonnelInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeAssociationModelArgs = {
  input: ChangeAssociationModelInput;
};


export type MutationChangePartnerCountryArgs = {
  input: ChangePartnerCountryInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCompleteDisassociationArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationCreateCustomerInvitationLinkArgs = {
  input: CreateCustomerInvitationLinkInput;
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


export type MutationEndReferralAssociationArgs = {
  input: EndReferralAssociationInput;
};


export type MutationEnrolPartnerInProgramArgs = {
  input: EnrolPartnerInput;
};


export type MutationFreezeCustomerArgs = {
  input: FreezeCustomerInput;
};


export type MutationIngestUsageRecordsArgs = {
  input: IngestUsageRecordsInput;
};


export type MutationInviteCustomerByEmailArgs = {
  input: InviteCustomerByEmailInput;
};


export type MutationInvitePersonnelArgs = {
  input: InvitePersonnelInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPreRegisterCustomerArgs = {
  input: PreRegisterCustomerInput;
};


export type MutationReactivateMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordBillPaymentArgs = {
  input: RecordBillPaymentInput;
};


export type MutationRegisterCustomerArgs = {
  input: RegisterCustomerInput;
};


export type MutationRegisterCustomerFromInvitationArgs = {
  input: RegisterCustomerFromInvitationInput;
};


export type MutationRegisterPartnerArgs = {
  input: RegisterPartnerInput;
};


export type MutationReleasePreRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestDisassociationArgs = {
  input: RequestDisassociationInput;
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


export type MutationRevokeCustomerInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAccountDirectorArgs = {
  input: SetAccountDirectorInput;
};


export type MutationSetCustomerBudgetArgs = {
  input: SetCustomerBudgetInput;
};


export type MutationSetCustomerDiscountArgs = {
  input: SetCustomerDiscountInput;
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


export type MutationSetReferralDiscountRangeArgs = {
  input: SetReferralDiscountRangeInput;
};


export type MutationSetResellerBillVisibilityArgs = {
  visible: Scalars['Boolean']['input'];
};


export type MutationStartUsageImportArgs = {
  input: StartUsageImportInput;
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


export type MutationUnfreezeCustomerArgs = {
  input: UnfreezeCustomerInput;
};


export type MutationUpdateCustomerProfileArgs = {
  input: UpdateCustomerProfileInput;
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

/** An in-app notification to the signed-in account. */
export type Notification = {
  body: Scalars['String']['output'];
  category: NotificationCategory;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** A console path to open, e.g. /customers/<id>. */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationCategory =
  | 'ASSOCIATION'
  | 'BILL'
  | 'BUDGET'
  | 'CUSTOMER'
  | 'DISASSOCIATION'
  | 'SYSTEM';

export type NotificationConnection = {
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationPayload = {
  errors: Array<UserError>;
  notification?: Maybe<Notification>;
};

/** An e-mail in the outbox (no mail server is configured; a later transport sends it). */
export type OutboxMail = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null until a mail transport has sent it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  /** Plain-text body. */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutboxMailConnection = {
  edges: Array<OutboxMailEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type OutboxMailEdge = {
  cursor: Scalars['String']['output'];
  node: OutboxMail;
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
  /** Highest referral customer discount an operator authorised (R-CU-4). */
  referralDiscountMax?: Maybe<Scalars['Decimal']['output']>;
  /** Lowest referral customer discount an operator authorised (0.02 = 2 % off); null while none is authorised (R-CU-4). */
  referralDiscountMin?: Maybe<Scalars['Decimal']['output']>;
  /** Whether reseller customers may view Bills and Cost Center (R-CU-10). */
  resellerBillsVisible: Scalars['Boolean']['output'];
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

/** A monthly partner bill (Beijing time) of the reseller customers’ consumption (R-EX-6). */
export type PartnerBill = {
  /** Amount due of adjustments. */
  adjustments: Scalars['Decimal']['output'];
  /** Total − coupons deducted: what the partner pays. */
  amountDue: Scalars['Decimal']['output'];
  /** By customer, like byProduct. */
  byCustomer: Array<BillBreakdownLine>;
  /** By product: the month’s billed usage as the bill was issued; the lines add up to the bill’s own sums (late usage aside; usage received after issue is not in them). Exact here, rounded on screen. */
  byProduct: Array<BillBreakdownLine>;
  /** Cash coupons deducted in the bill run (the month’s and those of the late usage). */
  couponsDeducted: Scalars['Decimal']['output'];
  /** Amount due of expenditure records. */
  expenditures: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** The cash coupons of that late usage (part of couponsDeducted). */
  lateCoupons: Scalars['Decimal']['output'];
  /** Amount due (cash + coupons) of usage of earlier months that arrived after their bills were issued, carried into this bill. */
  lateUsage: Scalars['Decimal']['output'];
  /** The billing month: its first day (YYYY-MM-DD, Beijing time). */
  month: Scalars['String']['output'];
  paid: Scalars['Decimal']['output'];
  partnerId: Scalars['ID']['output'];
  /** Newest first. */
  payments: Array<BillPayment>;
  /** Amount due of refunds (negative). */
  refunds: Scalars['Decimal']['output'];
  /** Expenditures + refunds + adjustments + late usage. */
  total: Scalars['Decimal']['output'];
  /** Amount due − paid. */
  unpaid: Scalars['Decimal']['output'];
  /** Usage of this bill’s month that arrived after it was issued (cash + coupons): not in this bill, carried into the next one issued. */
  usageReceivedAfterIssue: Scalars['Decimal']['output'];
};

export type PartnerBillConnection = {
  edges: Array<PartnerBillEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerBillEdge = {
  cursor: Scalars['String']['output'];
  node: PartnerBill;
};

export type PartnerBillPayload = {
  bill?: Maybe<PartnerBill>;
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

export type PreRegisterCustomerInput = {
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** The prospect's contact e-mail: the key of the protection (R-CU-5). */
  email: Scalars['String']['input'];
};

/** A prospect pre-registered by e-mail: protected from other partners for 15 days (R-CU-5). */
export type PreRegistration = {
  companyName: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** E-mail of the member who pre-registered it. */
  createdBy: Scalars['String']['output'];
  /** Whole days of protection left, rounded up; 0 once expired (R-CU-5). */
  daysLeft: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  /** The protection ends at this instant (15 days after pre-registration). */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  status: PreRegistrationStatus;
};

export type PreRegistrationConnection = {
  edges: Array<PreRegistrationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PreRegistrationEdge = {
  cursor: Scalars['String']['output'];
  node: PreRegistration;
};

export type PreRegistrationPayload = {
  errors: Array<UserError>;
  preRegistration?: Maybe<PreRegistration>;
};

/** A pre-registration protects its e-mail for 15 days (R-CU-5). */
export type PreRegistrationStatus =
  | 'ACTIVE'
  | 'EXPIRED';

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

/** What anyone holding an invitation link sees, and the invitations a customer received. */
export type PublicCustomerInvitation = {
  channel: InvitationChannel;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** E-mail invitations: the invited address, partly hidden (b****@example.com). */
  emailHint?: Maybe<Scalars['String']['output']>;
  /** E-mail invitations: when it expires; links never expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  model: AssociationModel;
  /** The partner's registered country (ISO 3166-1 alpha-2). */
  partnerCountry: Scalars['String']['output'];
  partnerName: Scalars['String']['output'];
  status: CustomerInvitationStatus;
  /** E-mail invitations: the stated validity in days. */
  validDays?: Maybe<Scalars['Int']['output']>;
};

export type PublicCustomerInvitationConnection = {
  edges: Array<PublicCustomerInvitationEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PublicCustomerInvitationEdge = {
  cursor: Scalars['String']['output'];
  node: PublicCustomerInvitation;
};

/** The purchase gate’s answer (R-BU-2, R-BU-3, R-BU-4). */
export type PurchaseDecision = {
  allowed: Scalars['Boolean']['output'];
  /** The monthly budget, if the customer has one. */
  budget?: Maybe<Scalars['Decimal']['output']>;
  frozen: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
  /** This Beijing month’s spend at list price with the customer’s partner. */
  monthSpendAtListPrice: Scalars['Decimal']['output'];
  reason?: Maybe<PurchaseRefusal>;
};

export type PurchaseDecisionPayload = {
  decision?: Maybe<PurchaseDecision>;
  errors: Array<UserError>;
};

/** Frozen by the partner (nothing can be bought), or the month budget is used up (no yearly/monthly or reserved instances). */
export type PurchaseRefusal =
  | 'BUDGET_EXHAUSTED'
  | 'CUSTOMER_FROZEN';

export type Query = {
  /** Every change made through the API, newest first (R-SV-3). */
  auditLog: AuditEntryConnection;
  /** The authentication review queue (pending, oldest first) or past reviews. */
  authenticationReviews: PartnerAuthenticationConnection;
  /** Amount due (unpaid of the latest and previous months) and the estimate of months not billed yet. */
  billingOverview: BillingOverview;
  /** Every change of a customer’s budget and freeze state, newest first (R-BU-1). */
  budgetAdjustments: Array<BudgetAdjustment>;
  /** Transfers of a certificate made by this partner, newest first (R-DP-7). */
  certificateHistory: Array<CertificateMove>;
  /** One customer with its history. */
  customerAssociation: CustomerAssociation;
  /** Reseller customers with their monthly budget and this Beijing month’s spend, newest association first. */
  customerBudgets: CustomerBudgetRowConnection;
  /** Customer Expenditure: expenditures, refunds and adjustments of a billing cycle per customer (§5.7.11). */
  customerExpenditureSummary: CustomerExpenditureSummary;
  /** The invitation behind /invite/<code>, for anyone holding the link; null for an unknown code. */
  customerInvitation?: Maybe<PublicCustomerInvitation>;
  /** Invitations by e-mail and registration links, newest first (R-CU-6). */
  customerInvitations: CustomerInvitationConnection;
  customerProfile: CustomerProfile;
  /** Every customer, newest first; search and filters combine. */
  customerProfiles: CustomerProfileConnection;
  /** Account managers and account directors, who leads whom, and their customer counts (R-CU-11). */
  customerTeam: Array<CustomerTeamMember>;
  /** The customers the member may see (all with CUSTOMERS_VIEW_ALL, else those it manages or whose managers it leads, R-CU-11), newest first. */
  customers: CustomerAssociationConnection;
  dedicatedPerson: DedicatedPerson;
  /** Reseller customers’ disassociation requests, newest first (R-CU-8). */
  disassociationRequests: DisassociationRequestConnection;
  /** Expenditure Distribution over a range of Beijing dates grouped by a dimension (R-EX-4), from the rollups. */
  expenditureDistribution: ExpenditureDistribution;
  /** Amount due this month, this and last month by kind, and the twelve-month trend (R-EX-4 scoping). */
  expenditureOverview: ExpenditureOverview;
  /** Expenditure records of a billing cycle, newest first (R-EX-2). */
  expenditureRecords: ExpenditureRecordConnection;
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
  /** Invitations e-mailed to the customer's address, newest first: active, accepted, expired (R-CU-7). */
  myCustomerInvitations: PublicCustomerInvitationConnection;
  /** My Partner: the customer's associated partner, or null (R-CU-7). */
  myCustomerPartner?: Maybe<CustomerPartnerView>;
  /** The signed-in customer's account attributes. */
  myCustomerProfile: CustomerProfile;
  myIndividualProfile: IndividualProfile;
  /** The signed-in account's notifications, newest first. */
  myNotifications: NotificationConnection;
  /** The signed-in member's partner. */
  myPartner: Partner;
  /** Current and past associations with partners, newest first. */
  myPersonnelAssociations: Array<PersonnelAssociation>;
  /** Invitations received, newest first. */
  myPersonnelInvitations: PersonnelInvitationConnection;
  /** Operators: the bills of one partner, newest month first. */
  operatorPartnerBills: PartnerBillConnection;
  /** A partner's revenue per month (R-EX-5), for operators. */
  operatorPartnerRevenue: RevenueReport;
  /** E-mails waiting for a mail transport, newest first: the partner's own (invitations, association notices); operators see all. */
  outboxMails: OutboxMailConnection;
  partner: Partner;
  partnerBill: PartnerBill;
  /** Issued bills, newest month first. */
  partnerBills: PartnerBillConnection;
  /** Certificates of the associated personnel (R-DP-5). */
  partnerCertificates: CertificateConnection;
  partnerCustomerInvitation: CustomerInvitation;
  /** The partner's revenue per month (R-EX-5), YYYY-MM to YYYY-MM inclusive, at most 36 months. */
  partnerRevenue: RevenueReport;
  /** Every partner, newest first; search and filters combine. */
  partners: PartnerConnection;
  /** Whom a set-password link is for. A used, replaced, expired or unknown token answers an error with code PASSWORD_LINK_INVALID. */
  passwordLink: PasswordLinkInfo;
  /** Associated personnel with their certificates, newest first. */
  personnel: DedicatedPersonConnection;
  /** The partner's invitations, newest first. */
  personnelInvitations: PersonnelInvitationConnection;
  /** Pre-registered prospects with their days left, newest first (R-CU-5). */
  preRegistrations: PreRegistrationConnection;
  role: Role;
  /** Built-in roles and the partner's custom roles. */
  roles: RoleConnection;
  /** Unread notifications of the signed-in account (the bell badge). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** One import with its progress. */
  usageImport: UsageImport;
  /** CSV imports, newest first. */
  usageImports: UsageImportConnection;
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


export type QueryBudgetAdjustmentsArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryCertificateHistoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerBudgetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCustomerExpenditureSummaryArgs = {
  billingCycle: Scalars['String']['input'];
};


export type QueryCustomerInvitationArgs = {
  code: Scalars['String']['input'];
};


export type QueryCustomerInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<InvitationChannel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CustomerInvitationStatus>;
};


export type QueryCustomerProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerProfilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  associated?: InputMaybe<Scalars['Boolean']['input']>;
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCustomersArgs = {
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  model?: InputMaybe<AssociationModel>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssociationStatus>;
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDedicatedPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDisassociationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisassociationRequestStatus>;
};


export type QueryExpenditureDistributionArgs = {
  input: ExpenditureDistributionInput;
};


export type QueryExpenditureRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  billingCycle: Scalars['String']['input'];
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<UsageKind>;
  resourceId?: InputMaybe<Scalars['String']['input']>;
  transactionId?: InputMaybe<Scalars['String']['input']>;
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


export type QueryMyCustomerInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CustomerInvitationStatus>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyPersonnelInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvitationStatus>;
};


export type QueryOperatorPartnerBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type QueryOperatorPartnerRevenueArgs = {
  fromMonth: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  toMonth: Scalars['String']['input'];
};


export type QueryOutboxMailsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerBillArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minimumLevel?: InputMaybe<CertificateLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
  validOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPartnerCustomerInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerRevenueArgs = {
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
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


export type QueryPreRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PreRegistrationStatus>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUsageImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsageImportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordBillPaymentInput = {
  /** USD, more than 0 and at most the unpaid amount. */
  amount: Scalars['Decimal']['input'];
  billId: Scalars['ID']['input'];
  /** When it was paid; now when omitted. */
  paidAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference: Scalars['String']['input'];
};

export type RegisterCustomerFromInvitationInput = {
  code: Scalars['String']['input'];
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** Contact name (default: the company name). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type RegisterCustomerInput = {
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** The contact name shown for the account (default: the company name). */
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
};

export type RegisterCustomerPayload = {
  errors: Array<UserError>;
  registration?: Maybe<RegisteredCustomer>;
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

export type RegisteredCustomer = {
  customer: CustomerProfile;
  /** Path of the customer's set-password link (shown while no mail server is configured). */
  setPasswordLink: Scalars['String']['output'];
};

export type RegisteredPartnerResult = {
  partner: Partner;
  /** Path of the administrator's set-password link (shown while no mail server is configured). */
  setPasswordLink: Scalars['String']['output'];
};

export type RequestDisassociationInput = {
  reason: Scalars['String']['input'];
};

export type ResourcePurchasePayload = {
  /** True when this partner account may buy cloud resources. */
  allowed?: Maybe<Scalars['Boolean']['output']>;
  errors: Array<UserError>;
};

/** Revenue (R-EX-5): cash consumption of the partner's customers; coupons, test coupons and KooGallery excluded. */
export type RevenueReport = {
  fromMonth: Scalars['String']['output'];
  months: Array<MonthRevenue>;
  /** Whose revenue: the partner's (administrators, finance, incentive viewers, operators) or the member's customers' (R-EX-4). */
  scope: ExpenditureScope;
  toMonth: Scalars['String']['output'];
  total: Scalars['Decimal']['output'];
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

export type SetAccountDirectorInput = {
  /** A member with the Account Director role; null: nobody leads the manager. */
  directorId?: InputMaybe<Scalars['ID']['input']>;
  /** A member with the Account Manager role. */
  managerId: Scalars['ID']['input'];
};

export type SetCustomerBudgetInput = {
  /** Monthly budget in USD, 0 or more (8 decimals at most). */
  amount: Scalars['Decimal']['input'];
  /** The customer's account id. */
  customerId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SetCustomerDiscountInput = {
  associationId: Scalars['ID']['input'];
  /** Fraction off list price within the authorised range; null removes the discount. */
  discountRate?: InputMaybe<Scalars['Decimal']['input']>;
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

export type SetReferralDiscountRangeInput = {
  max?: InputMaybe<Scalars['Decimal']['input']>;
  /** Fraction off list price (0.02 = 2 %); both null withdraws the authorisation. */
  min?: InputMaybe<Scalars['Decimal']['input']>;
  partnerId: Scalars['ID']['input'];
};

export type StartUsageImportInput = {
  /** The file size in bytes, for progress. */
  bytesTotal?: InputMaybe<Scalars['Float']['input']>;
  fileName: Scalars['String']['input'];
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

/** A member of the partner, as shown next to the customers they manage. */
export type TeamMemberSummary = {
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
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

export type UnfreezeCustomerInput = {
  customerId: Scalars['ID']['input'];
};

/** Attributes the cloud’s other systems own; omitted fields stay as they are. */
export type UpdateCustomerProfileInput = {
  /** USD. */
  accountBalance?: InputMaybe<Scalars['Decimal']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  hasTopUpRewards?: InputMaybe<Scalars['Boolean']['input']>;
  inArrears?: InputMaybe<Scalars['Boolean']['input']>;
  internalAccount?: InputMaybe<Scalars['Boolean']['input']>;
  /** RMB. */
  outstandingInvoicesRmb?: InputMaybe<Scalars['Decimal']['input']>;
  /** YYYY-MM-DD (Beijing time); null: no reserved instances. */
  reservedInstancesUntil?: InputMaybe<Scalars['String']['input']>;
  specialContract?: InputMaybe<Scalars['Boolean']['input']>;
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

/** A CSV import of usage records and its progress. */
export type UsageImport = {
  /** Records added (after the import completed). */
  accepted: Scalars['Int']['output'];
  bytesRead: Scalars['Float']['output'];
  /** Size of the upload in bytes, when the client said so. */
  bytesTotal?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** E-mail of who started it. */
  createdBy: Scalars['String']['output'];
  /** Rows whose transaction id had been ingested before: skipped, not added twice. */
  duplicates: Scalars['Int']['output'];
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** The first bad row (1 = the first data row) of a failed import. */
  errorRow?: Maybe<Scalars['Int']['output']>;
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Data rows read so far (header excluded). */
  rowsRead: Scalars['Int']['output'];
  status: UsageImportStatus;
  /** When the file began to arrive (an import takes one file). */
  uploadStartedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type UsageImportConnection = {
  edges: Array<UsageImportEdge>;
  pageInfo: PageInfo;
  /** Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type UsageImportEdge = {
  cursor: Scalars['String']['output'];
  node: UsageImport;
};

export type UsageImportPayload = {
  errors: Array<UserError>;
  usageImport?: Maybe<UsageImport>;
};

export type UsageImportStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** Expenditure, refund (negative amounts) or adjustment (R-EX-3). */
export type UsageKind =
  | 'ADJUSTMENT'
  | 'EXPENDITURE'
  | 'REFUND';

/** One usage record from the billing system (R-EX-2). */
export type UsageRecordInput = {
  amountDue: Scalars['Decimal']['input'];
  availabilityZone?: InputMaybe<Scalars['String']['input']>;
  billingMode: BillingMode;
  cash: Scalars['Decimal']['input'];
  coupon?: InputMaybe<Scalars['Decimal']['input']>;
  /** The customer's account id. */
  customerId: Scalars['ID']['input'];
  discount?: InputMaybe<Scalars['Decimal']['input']>;
  kind: UsageKind;
  /** List price; 0 for adjustments. */
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** KooGallery consumption. */
  marketplace?: InputMaybe<Scalars['Boolean']['input']>;
  monthlySettlement?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product / resource type code, e.g. ECS. */
  product: Scalars['String']['input'];
  region: Scalars['String']['input'];
  resourceId: Scalars['String']['input'];
  resourceType?: InputMaybe<Scalars['String']['input']>;
  specification?: InputMaybe<Scalars['String']['input']>;
  transactedAt: Scalars['DateTime']['input'];
  /** Unique id of the billing transaction: a record sent twice is stored once. */
  transactionId: Scalars['String']['input'];
};

/** An expected failure, shown next to the field it concerns. */
export type UserError = {
  code: ErrorCode;
  /** The input field the error belongs to, if any. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};
