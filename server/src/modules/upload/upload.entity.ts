import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { Account } from '../account/account.entity.js';

/** What a file is for; each purpose has its own types and size limit (upload.purposes.ts). */
export enum UploadPurpose {
  CERTIFICATE_PROOF = 'CERTIFICATE_PROOF',
}
registerEnumType(UploadPurpose, { name: 'UploadPurpose' });

/**
 * A file received through POST /api/uploads and stored under UPLOAD_DIR by its id. Mutations reference it by id;
 * until then only its uploader can use it. Downloads are checked against what the file is attached to.
 */
@Entity({ tableName: 'upload' })
@Index({ properties: ['uploadedBy', 'createdAt'] })
export class Upload {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  uploadedBy!: Ref<Account>;

  @Enum({ items: () => UploadPurpose, nativeEnumName: 'upload_purpose' })
  purpose!: UploadPurpose;

  /** The client's file name after the purpose's rules, for the download's Content-Disposition. */
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  /** Sniffed from the content, never taken from the client. */
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Property({ type: 'bigint' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  createdAt!: Date;

  /** Set when a mutation attaches the file (e.g. as a certificate's proof): it cannot be attached twice. */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  attachedAt: Date | null = null;
}
