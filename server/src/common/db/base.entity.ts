import { randomUUID } from 'node:crypto';
import { Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** id + created/updated stamps; timestamps are set by services from the injectable clock. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  createdAt!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  updatedAt!: Date & Opt;
}
