import type { Config } from './config.js';
import type { Clock } from '../common/clock.js';
import { AuthService } from '../modules/account/auth.service.js';
import { PasswordLinkService } from '../modules/account/password-link.service.js';
import { RoleService } from '../modules/organization/role.service.js';
import { MemberService } from '../modules/organization/member.service.js';
import { AuditService } from '../common/audit/audit.service.js';
import { PartnerService } from '../modules/partner/partner.service.js';
import { PartnerAuthenticationService } from '../modules/partner/partner-authentication.service.js';
import { PartnerProgramService } from '../modules/partner/partner-program.service.js';
import { registerUploadReader, UploadService } from '../modules/upload/upload.service.js';
import { UploadPurpose } from '../modules/upload/upload.entity.js';
import { PersonnelService } from '../modules/personnel/personnel.service.js';
import { CertificateService } from '../modules/certificate/certificate.service.js';
import { NotificationService } from '../modules/notification/notification.service.js';
import { CustomerDevelopmentService } from '../modules/customer/customer-development.service.js';
import { CustomerProfileService } from '../modules/customer/customer-profile.service.js';
import { CustomerAssociationService } from '../modules/customer/customer-association.service.js';
import { UsageIngestionService } from '../modules/expenditure/usage-ingestion.service.js';
import { UsageImportService } from '../modules/expenditure/usage-import.service.js';
import { ExpenditureStatisticsService } from '../modules/expenditure/expenditure-statistics.service.js';
import { BudgetService } from '../modules/budget/budget.service.js';
import { BillService } from '../modules/bill/bill.service.js';

/** One instance of each service per server; they are stateless and receive the request context per call. */
export function createServices(config: Config, clock: Clock) {
  const passwordLinks = new PasswordLinkService(clock);
  const partners = new PartnerService(clock, passwordLinks);
  const uploads = new UploadService(config, clock);
  const certificates = new CertificateService(clock, uploads);
  // Partners may download the certificate proofs of their associated personnel (R-DP-5).
  registerUploadReader(UploadPurpose.CERTIFICATE_PROOF, (ctx, upload) => certificates.canReadProof(ctx, upload.id));
  const notifications = new NotificationService(clock);
  const customerDevelopment = new CustomerDevelopmentService(clock, notifications);
  const customerProfiles = new CustomerProfileService(clock, passwordLinks, customerDevelopment);
  const usageIngestion = new UsageIngestionService(clock);
  const customerAssociations = new CustomerAssociationService(clock, notifications, customerDevelopment, customerProfiles);
  // R-BU-2: threshold alerts are checked in the ingestion transaction.
  const budgets = new BudgetService(clock, notifications, customerAssociations);
  usageIngestion.addListener(budgets);
  return {
    auth: new AuthService(config, clock),
    passwordLinks,
    roles: new RoleService(clock),
    members: new MemberService(clock),
    audit: new AuditService(),
    partners,
    partnerAuthentications: new PartnerAuthenticationService(clock, partners),
    partnerPrograms: new PartnerProgramService(clock, partners),
    uploads,
    personnel: new PersonnelService(clock),
    certificates,
    notifications,
    customerDevelopment,
    customerProfiles,
    customerAssociations,
    usageIngestion,
    usageImports: new UsageImportService(clock, usageIngestion),
    expenditureStatistics: new ExpenditureStatisticsService(clock),
    budgets,
    bills: new BillService(clock, notifications),
  };
}

export type Services = ReturnType<typeof createServices>;
