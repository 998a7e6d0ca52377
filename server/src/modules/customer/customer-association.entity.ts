import type { Decimal } from 'decimal.js';
import { Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { DecimalScalar, Money } from '../../common/scalars/decimal.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { CustomerInvitation } from './customer-development.entity.js';
import { CustomerProfile } from './customer-profile.entity.js';
import { AssociationEventKind, AssociationModel, BalanceDisposition, DisassociationRequestStatus } from './customer.enums.js';

/**
 * A customer associated with a partner, from acceptance until it ends. R-CU-1: at most one association is open per
 * customer, enforced by a partial unique index, so that two acceptances (or two partners) racing cannot both win.
 * Ended associations stay for the partner's history and the dashboards of later issues.
 */
@ObjectType({ description: 'A customer of the partner: the association, its model and who manages it.' })
@Entity({ tableName: 'customer_association' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'startedAt', 'id'] })
@Index({ properties: ['partner', 'accountManager'] })
@Index({ properties: ['customer', 'startedAt'] })
@Unique({
  name: 'customer_association_one_open',
  expression: 'create unique index "customer_association_one_open" on "customer_association" ("customer_id") where "ended_at" is null',
})
export class CustomerAssociation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerProfile, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<CustomerProfile>;

  /** R-CU-3: chosen on the invitation, permanent; only an operator changes it. */
  @Field(() => AssociationModel)
  @Enum({ items: () => AssociationModel, nativeEnumName: 'association_model' })
  model!: AssociationModel;

  @Field(() => Date, { description: 'When the customer accepted the invitation.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail of who ended it (the partner completing a request, or an operator).' })
  @Property({ type: 'string', length: 254, nullable: true })
  endedBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  endReason: string | null = null;

  /** R-CU-4: referral only, within the range an operator authorised for the partner; a fraction off list price. */
  @Field(() => DecimalScalar, { nullable: true, description: 'Referral discount as a fraction of list price (0.05 = 5 % off); null for none and always for Reseller (R-CU-4).' })
  @Property({ type: MoneyType, nullable: true })
  discountRate: Decimal | null = null;

  /** R-CU-11: a member of the partner with the built-in Account Manager role. */
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  accountManager: Ref<Account> | null = null;

  @ManyToOne(() => CustomerInvitation, { ref: true, nullable: true, deleteRule: 'set null' })
  invitation: Ref<CustomerInvitation> | null = null;

  /** R-CU-9: what happened to the customer's balance at association, and how much it was. */
  @Field(() => BalanceDisposition)
  @Enum({ items: () => BalanceDisposition, nativeEnumName: 'balance_disposition', default: BalanceDisposition.NONE })
  balanceDisposition: BalanceDisposition & Opt = BalanceDisposition.NONE;

  @Field(() => DecimalScalar, { description: 'The balance (USD) at association that the disposition applied to.' })
  @Property({ type: MoneyType, default: '0' })
  balanceAmount: Decimal & Opt = new Money(0);

  @OneToMany(() => AssociationEvent, (event) => event.association, { orderBy: { at: 'ASC', id: 'ASC' } })
  events = new Collection<AssociationEvent>(this);

  @OneToMany(() => DisassociationRequest, (request) => request.association, { orderBy: { createdAt: 'DESC', id: 'DESC' } })
  disassociationRequests = new Collection<DisassociationRequest>(this);

  declare updatedAt: Date & Opt;
}

/** The history of an association, shown on the customer's detail page. */
@ObjectType({ description: 'Something that happened to an association: association, model change, discount, account manager, disassociation.' })
@Entity({ tableName: 'association_event' })
@Filter(tenantFilter)
@Index({ properties: ['association', 'at', 'id'] })
@Index({ properties: ['partner', 'at'] })
export class AssociationEvent extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerAssociation, { ref: true, deleteRule: 'cascade' })
  association!: Ref<CustomerAssociation>;

  @Field(() => AssociationEventKind)
  @Enum({ items: () => AssociationEventKind, nativeEnumName: 'association_event_kind' })
  kind!: AssociationEventKind;

  @Field(() => GraphQLJSON, { description: 'What changed, e.g. { from, to, reason }.' })
  @Property({ type: 'json' })
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'E-mail of who did it (customer, partner member or operator); null for the system.' })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  at!: Date;

  declare updatedAt: Date & Opt;
}

/**
 * R-CU-8: a reseller customer asks to leave its partner; the partner completes it, which ends the association. At most
 * one request per association is pending (partial unique index).
 */
@ObjectType({ description: 'A reseller customer’s request to disassociate from its partner (R-CU-8).' })
@Entity({ tableName: 'disassociation_request' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Unique({
  name: 'disassociation_request_one_pending',
  expression: `create unique index "disassociation_request_one_pending" on "disassociation_request" ("association_id") where "status" = 'PENDING'`,
})
export class DisassociationRequest extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerAssociation, { ref: true, deleteRule: 'cascade' })
  association!: Ref<CustomerAssociation>;

  @Field(() => String)
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field(() => DisassociationRequestStatus)
  @Enum({ items: () => DisassociationRequestStatus, nativeEnumName: 'disassociation_request_status' })
  status!: DisassociationRequestStatus;

  @Field(() => Date, { nullable: true, description: 'When it was completed or withdrawn.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  resolvedBy: string | null = null;

  @Field(() => Date, { description: 'When the customer asked.' })
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}
