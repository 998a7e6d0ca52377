import { Entity, Enum, Filter, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { Upload } from '../upload/upload.entity.js';
import { CertificateLevel } from './certificate.levels.js';

export enum CertificateSource {
  UPLOADED = 'UPLOADED',
  SYNCHRONIZED = 'SYNCHRONIZED',
}
registerEnumType(CertificateSource, { name: 'CertificateSource', description: 'Uploaded by the individual, or synchronised from the training institute.' });

/**
 * A person's certificate, held by an individual ID. Not tenant-owned: partners see it while the holder is
 * associated with them (R-DP-5), and a partner can move it to another of its members (R-DP-7).
 */
@ObjectType()
@Entity({ tableName: 'certificate' })
@Unique({ properties: ['level', 'number'] })
@Index({ properties: ['holder', 'expiresOn'] })
export class Certificate extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  holder!: Ref<Account>;

  @Field(() => CertificateLevel)
  @Enum({ items: () => CertificateLevel, nativeEnumName: 'certificate_level' })
  level!: CertificateLevel;

  @Field(() => String, { description: 'The certification track, e.g. "Cloud Service" or "Cloud Developer".' })
  @Property({ type: 'string', length: 120 })
  track!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  number!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day it is valid.' })
  @Property({ type: 'date' })
  expiresOn!: string;

  @Field(() => CertificateSource)
  @Enum({ items: () => CertificateSource, nativeEnumName: 'certificate_source' })
  source!: CertificateSource;

  @ManyToOne(() => Upload, { ref: true, nullable: true, deleteRule: 'set null' })
  proof: Ref<Upload> | null = null;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;

  /** Valid on a date (YYYY-MM-DD): issued on or before it and not yet expired. */
  validOn(date: string): boolean {
    return this.issuedOn <= date && date <= this.expiresOn;
  }
}

/** R-DP-7: a certificate moved by a partner from one of its members to another; each partner sees its own moves. */
@ObjectType()
@Entity({ tableName: 'certificate_transfer' })
@Filter(tenantFilter)
@Index({ properties: ['certificate', 'createdAt'] })
export class CertificateTransfer extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Certificate, { ref: true, deleteRule: 'cascade' })
  certificate!: Ref<Certificate>;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  fromHolder!: Ref<Account>;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  toHolder!: Ref<Account>;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  transferredBy!: string;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}
