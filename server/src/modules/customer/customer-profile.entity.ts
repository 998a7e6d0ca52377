import type { Decimal } from 'decimal.js';
import { Collection, Entity, Index, OneToMany, OneToOne, Opt, OptionalProps, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { DecimalScalar, Money } from '../../common/scalars/decimal.js';
import { Account } from '../account/account.entity.js';
import { CustomerAssociation } from './customer-association.entity.js';

/**
 * A cloud customer's account attributes that the association rules need (R-CU-2, R-CU-9). They come from the cloud's
 * other systems (billing, contracts); operators and the demo data maintain them here. One per customer account: the
 * id is the account's id, so association rows point at the customer by its account id. Not tenant-owned: which
 * partner a customer belongs to is the association's business.
 */
@ObjectType({ description: "A cloud customer and the account attributes the association rules check (operators and the customer itself see it)." })
@Entity({ tableName: 'customer_profile' })
@Index({ properties: ['createdAt', 'id'] })
export class CustomerProfile extends BaseEntity {
  [OptionalProps]?: 'associations';

  @Field(() => ID, { description: "The customer's account id." })
  declare id: string;

  @OneToOne(() => Account, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  companyName!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country; null only for customers that existed before profiles did.' })
  @Property({ type: 'string', length: 2, nullable: true })
  country: string | null = null;

  /** R-CU-2: a customer in arrears cannot be associated. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  inArrears: boolean & Opt = false;

  /** R-CU-2: offline directly-signed, authorised telemarketing or directly-signed special offer contracts. */
  @Field(() => Boolean, { description: 'A special contract with the cloud (offline directly-signed, telemarketing with discounts, special offer).' })
  @Property({ type: 'boolean', default: false })
  specialContract: boolean & Opt = false;

  @Field(() => Boolean, { description: "The cloud provider's own internal account." })
  @Property({ type: 'boolean', default: false })
  internalAccount: boolean & Opt = false;

  /** R-CU-2: when its latest reserved instance expires (Beijing date); while that is after today, association is refused. */
  @Field(() => String, { nullable: true, description: 'Expiry date (YYYY-MM-DD, Beijing time) of its latest reserved instance; unexpired while after today.' })
  @Property({ type: 'date', nullable: true })
  reservedInstancesUntil: string | null = null;

  /** R-CU-9: the cash balance (USD). */
  @Field(() => DecimalScalar, { description: 'Cash balance of the cloud account (USD).' })
  @Property({ type: MoneyType, default: '0' })
  accountBalance: Decimal & Opt = new Money(0);

  @Field(() => Boolean, { description: 'The balance includes rewards for top-ups (§5.3.1).' })
  @Property({ type: 'boolean', default: false })
  hasTopUpRewards: boolean & Opt = false;

  @Field(() => DecimalScalar, { description: 'Value of outstanding invoices (RMB).' })
  @Property({ type: MoneyType, default: '0' })
  outstandingInvoicesRmb: Decimal & Opt = new Money(0);

  /** Every association, newest first; loaded through the entity's own EntityManager (operators read cross-tenant). */
  @OneToMany(() => CustomerAssociation, (association) => association.customer, { orderBy: { startedAt: 'DESC', id: 'DESC' } })
  associations = new Collection<CustomerAssociation>(this);

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => Date)
  declare updatedAt: Date & Opt;
}
