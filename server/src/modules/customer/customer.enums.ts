import { registerEnumType } from 'type-graphql';

/** R-CU-3: one model per customer, permanent once associated. */
export enum AssociationModel {
  REFERRAL = 'REFERRAL',
  RESELLER = 'RESELLER',
}
registerEnumType(AssociationModel, { name: 'AssociationModel', description: 'Referral (the customer pays the cloud) or Reseller (the partner pays, prepayment).' });

export enum InvitationChannel {
  EMAIL = 'EMAIL',
  LINK = 'LINK',
}
registerEnumType(InvitationChannel, { name: 'InvitationChannel', description: 'An e-mail with a validity period, or a registration link / QR code that never expires (R-CU-6).' });

export enum CustomerInvitationStatus {
  ACTIVE = 'ACTIVE',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(CustomerInvitationStatus, {
  name: 'CustomerInvitationStatus',
  description: 'ACTIVE can be accepted; an e-mail invitation becomes ACCEPTED once used and EXPIRED after its validity; links stay ACTIVE until REVOKED.',
});

export enum PreRegistrationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
}
registerEnumType(PreRegistrationStatus, { name: 'PreRegistrationStatus', description: 'A pre-registration protects its e-mail for 15 days (R-CU-5).' });

/** R-CU-9: what happened to a customer's cash balance at association. */
export enum BalanceDisposition {
  NONE = 'NONE',
  KEPT = 'KEPT',
  TRANSFERRED_TO_PARTNER = 'TRANSFERRED_TO_PARTNER',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(BalanceDisposition, {
  name: 'BalanceDisposition',
  description:
    "NONE: no balance; KEPT: a referral customer keeps using its balance; TRANSFERRED_TO_PARTNER: a reseller customer's balance moves to the partner's sub-account; WITHDRAWN: the reseller customer withdraws it (R-CU-9).",
});

export enum DisassociationRequestStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(DisassociationRequestStatus, { name: 'DisassociationRequestStatus' });

export enum AssociationEventKind {
  ASSOCIATED = 'ASSOCIATED',
  MODEL_CHANGED = 'MODEL_CHANGED',
  DISCOUNT_SET = 'DISCOUNT_SET',
  ACCOUNT_MANAGER_ASSIGNED = 'ACCOUNT_MANAGER_ASSIGNED',
  DISASSOCIATION_REQUESTED = 'DISASSOCIATION_REQUESTED',
  DISASSOCIATION_WITHDRAWN = 'DISASSOCIATION_WITHDRAWN',
  DISASSOCIATED = 'DISASSOCIATED',
}
registerEnumType(AssociationEventKind, { name: 'AssociationEventKind' });

/** The built-in roles of R-CU-11 (account directors lead account managers). */
export enum AccountTeamRole {
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ACCOUNT_DIRECTOR = 'ACCOUNT_DIRECTOR',
}
registerEnumType(AccountTeamRole, { name: 'AccountTeamRole', description: 'Account Manager or Account Director (built-in roles).' });
