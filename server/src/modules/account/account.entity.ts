import { Entity, Enum, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { Role } from '../organization/role.entity.js';

export enum AccountKind {
  OPERATOR = 'OPERATOR',
  PARTNER_MEMBER = 'PARTNER_MEMBER',
  INDIVIDUAL = 'INDIVIDUAL',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(AccountKind, { name: 'AccountKind', description: 'Who an account belongs to.' });

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

/**
 * Anyone who signs in. Partner members carry their partner and role; the other kinds have neither.
 * Not tenant-filtered as a whole because sign-in looks accounts up by e-mail before any tenant is known;
 * member listings (organisation module) scope by partner in their service.
 */
@Entity({ tableName: 'account' })
@Index({ properties: ['partner', 'createdAt', 'id'] })
export class Account extends BaseEntity {
  @Enum({ items: () => AccountKind, nativeEnumName: 'account_kind' })
  kind!: AccountKind;

  /** Stored lower-cased; unique across every kind (one e-mail, one account). */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  mobile: string | null = null;

  /** The cloud tenant name, lower-cased: how partners find an individual to invite (R-DP-1). */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique()
  loginId: string | null = null;

  /** Set by operators: an ID authenticated as an enterprise user cannot be invited as personnel (R-DP-3). */
  @Property({ type: 'boolean', default: false })
  enterpriseAuthenticated: boolean & Opt = false;

  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status', default: AccountStatus.ACTIVE })
  status: AccountStatus & Opt = AccountStatus.ACTIVE;

  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'cascade' })
  partner!: Ref<Partner> | null;

  @ManyToOne(() => Role, { ref: true, nullable: true })
  role!: Ref<Role> | null;

  /** R-CU-11: the account director (a member of the same partner) who leads this account manager. */
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  ledBy: Ref<Account> | null = null;
}
