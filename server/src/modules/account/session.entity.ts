import { Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { PrimaryKey } from '@mikro-orm/core';
import { Account } from './account.entity.js';

/** A server-side session; the cookie holds a random token, the table only its SHA-256. */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  @Index()
  account!: Ref<Account>;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  lastSeenAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  @Index()
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ip!: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent!: string | null;
}
