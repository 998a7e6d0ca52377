import { BigIntType, Entity, Enum, Index, Opt, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';

export enum UsageImportStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(UsageImportStatus, { name: 'UsageImportStatus' });

/**
 * A CSV import of usage records (operators, or the billing system's account). The file is streamed: rows are validated
 * and staged as they arrive and committed together at the end, so a failed import leaves nothing behind. While it runs,
 * `rowsRead` and `bytesRead` are written after every staged chunk (any process can show them) and `updatedAt` says the
 * import is alive (see UsageImportService).
 */
@ObjectType({ description: 'A CSV import of usage records and its progress.' })
@Entity({ tableName: 'usage_import' })
@Index({ properties: ['createdAt', 'id'] })
export class UsageImport extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Field(() => String, { description: 'E-mail of who started it.' })
  @Property({ type: 'string', length: 254 })
  createdBy!: string;

  @Field(() => UsageImportStatus)
  @Enum({ items: () => UsageImportStatus, nativeEnumName: 'usage_import_status' })
  status!: UsageImportStatus;

  @Field(() => Float, { nullable: true, description: 'Size of the upload in bytes, when the client said so.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  bytesTotal: number | null = null;

  @Field(() => Float)
  @Property({ type: new BigIntType('number'), default: 0 })
  bytesRead: number & Opt = 0;

  @Field(() => Int, { description: 'Data rows read so far (header excluded).' })
  @Property({ type: 'integer', default: 0 })
  rowsRead: number & Opt = 0;

  @Field(() => Int, { description: 'Records added (after the import completed).' })
  @Property({ type: 'integer', default: 0 })
  accepted: number & Opt = 0;

  @Field(() => Int, { description: 'Rows whose transaction id had been ingested before: skipped, not added twice.' })
  @Property({ type: 'integer', default: 0 })
  duplicates: number & Opt = 0;

  @Field(() => Int, { nullable: true, description: 'The first bad row (1 = the first data row) of a failed import.' })
  @Property({ type: 'integer', nullable: true })
  errorRow: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  errorMessage: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the file began to arrive (an import takes one file).' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  uploadStartedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  finishedAt: Date | null = null;
}
