import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../common/auth/auth-checker.js';
import { DateTimeScalar } from '../common/scalars/date-time.js';
import { runInAuditScope } from '../common/audit/audit-scope.js';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { RoleResolver } from '../modules/organization/role.resolver.js';
import { MemberResolver } from '../modules/organization/member.resolver.js';
import { PasswordLinkResolver } from '../modules/account/password-link.resolver.js';
import { AuditResolver } from '../common/audit/audit.resolver.js';
import { PartnerResolver } from '../modules/partner/partner.resolver.js';
import { PartnerAuthenticationResolver, PartnerOperatorResolver } from '../modules/partner/partner-operator.resolver.js';
import {
  IndividualPersonnelResolver,
  PersonnelAssociationFields,
  PersonnelInvitationFields,
  PersonnelResolver,
} from '../modules/personnel/personnel.resolver.js';
import { IndividualResolver } from '../modules/personnel/individual.resolver.js';
import { CertificateResolver } from '../modules/certificate/certificate.resolver.js';
import {
  CustomerAssociationFields,
  CustomerInvitationFields,
  CustomerProfileFields,
  CustomerResolver,
  DisassociationRequestFields,
  PreRegistrationFields,
} from '../modules/customer/customer.resolver.js';
import { CustomerOperatorResolver, CustomerPortalResolver } from '../modules/customer/customer-portal.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { BudgetResolver } from '../modules/budget/budget.resolver.js';
import { BillResolver, PartnerBillFields } from '../modules/bill/bill.resolver.js';
import { ExpenditureResolver } from '../modules/expenditure/expenditure.resolver.js';
import type { Ctx } from './context.js';
import '../common/errors/error-codes.js';

export const resolvers = [
  AccountResolver,
  RoleResolver,
  AuditResolver,
  MemberResolver,
  PasswordLinkResolver,
  PartnerResolver,
  PartnerOperatorResolver,
  PartnerAuthenticationResolver,
  PersonnelResolver,
  IndividualPersonnelResolver,
  PersonnelInvitationFields,
  PersonnelAssociationFields,
  IndividualResolver,
  CertificateResolver,
  CustomerResolver,
  CustomerAssociationFields,
  DisassociationRequestFields,
  PreRegistrationFields,
  CustomerInvitationFields,
  CustomerProfileFields,
  CustomerPortalResolver,
  CustomerOperatorResolver,
  NotificationResolver,
  ExpenditureResolver,
  BudgetResolver,
  BillResolver,
  PartnerBillFields,
] as const;

/** Builds the executable schema; needs no database, so `pnpm codegen` can emit it anywhere. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  auditEveryMutation(schema);
  return schema;
}

/** Every root mutation runs inside an audit scope, so any flush it makes is recorded (R-SV-3). */
function auditEveryMutation(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: Ctx, info) =>
      runInAuditScope(
        {
          operation: info.fieldName,
          requestId: ctx.requestId,
          at: () => ctx.clock.now(),
          actorId: ctx.account?.id ?? null,
          actorEmail: ctx.account?.email ?? null,
          actorKind: ctx.account?.kind ?? null,
          partnerId: ctx.partnerId,
        },
        () => resolve(source, args, ctx, info),
      );
  }
}
