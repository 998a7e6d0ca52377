import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Failed sign-ins, kept in the database so throttling holds across server instances. */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['email', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginFailure {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 254 })
  email!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
