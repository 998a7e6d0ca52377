import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * Sign-in attempts that have not (yet) succeeded, kept in the database so throttling holds across server instances.
 * Each attempt is written before its password check; a successful sign-in deletes the e-mail's rows.
 */
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

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  at!: Date;
}
