import { Partner } from '../modules/partner/partner.entity.js';
import { PartnerProgram } from '../modules/partner/partner-program.entity.js';
import { PartnerAuthentication, PartnerCountryChange } from '../modules/partner/partner-authentication.entity.js';
import { Role } from '../modules/organization/role.entity.js';
import { Account } from '../modules/account/account.entity.js';
import { Session } from '../modules/account/session.entity.js';
import { PasswordLink } from '../modules/account/password-link.entity.js';
import { LoginFailure } from '../modules/account/login-attempt.entity.js';
import { AuditEntry } from '../common/audit/audit-entry.entity.js';
import { PersonnelInvitation } from '../modules/personnel/personnel-invitation.entity.js';
import { PersonnelAssociation } from '../modules/personnel/personnel-association.entity.js';
import { Certificate, CertificateTransfer } from '../modules/certificate/certificate.entity.js';
import { Upload } from '../modules/upload/upload.entity.js';
import { CustomerProfile } from '../modules/customer/customer-profile.entity.js';
import { CustomerInvitation, PreRegistration } from '../modules/customer/customer-development.entity.js';
import { AssociationEvent, CustomerAssociation, DisassociationRequest } from '../modules/customer/customer-association.entity.js';
import { Notification, OutboxMail } from '../modules/notification/notification.entity.js';
import { UsageImport } from '../modules/expenditure/usage-import.entity.js';
import { BudgetAdjustment, BudgetAlert, CustomerBudget } from '../modules/budget/budget.entity.js';
import { BillPayment, PartnerBill, PartnerBillLine } from '../modules/bill/bill.entity.js';

export const entities = [
  Partner,
  PartnerProgram,
  PartnerAuthentication,
  PartnerCountryChange,
  Role,
  Account,
  Session,
  PasswordLink,
  LoginFailure,
  AuditEntry,
  PersonnelInvitation,
  PersonnelAssociation,
  Certificate,
  CertificateTransfer,
  Upload,
  CustomerProfile,
  PreRegistration,
  CustomerInvitation,
  CustomerAssociation,
  AssociationEvent,
  DisassociationRequest,
  Notification,
  OutboxMail,
  UsageImport,
  CustomerBudget,
  BudgetAdjustment,
  BudgetAlert,
  PartnerBill,
  PartnerBillLine,
  BillPayment,
];
