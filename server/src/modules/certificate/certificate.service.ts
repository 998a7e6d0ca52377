import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { PersonnelErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { Permission } from '../../common/auth/permission.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { Account, AccountKind } from '../account/account.entity.js';
import { PersonnelAssociation } from '../personnel/personnel-association.entity.js';
import { escapeLike } from '../organization/role.service.js';
import type { UploadService } from '../upload/upload.service.js';
import { UploadPurpose } from '../upload/upload.entity.js';
import { Certificate, CertificateSource, CertificateTransfer } from './certificate.entity.js';
import { CertificateLevel, isUploadable, levelsAtLeast } from './certificate.levels.js';
import type { CertificateMove, PartnerCertificatesArgs, SynchronizeCertificateInput, TransferCertificateInput, UploadCertificateInput } from './certificate.types.js';

type CertificateDetails = { level: CertificateLevel; track: string; number: string; issuedOn: string; expiresOn: string };

/** Certificates of individual IDs: uploads, synchronisation, what partners see, and transfers (R-DP-5 … R-DP-7, R-DP-9). */
export class CertificateService {
  constructor(
    private readonly clock: Clock,
    private readonly uploads: UploadService,
  ) {}

  // ---- Individual side ----

  myCertificates(ctx: Ctx): Promise<Certificate[]> {
    return ctx.em.find(Certificate, { holder: requireAccount(ctx).id }, { orderBy: { expiresOn: 'DESC', id: 'ASC' } });
  }

  /** R-DP-6: individuals upload HCIA/HCIP/HCIE and HCCDA/HCCDP/HCCDE certificates with a proof; Cloud Migration ones cannot be uploaded. */
  async upload(ctx: Ctx, input: UploadCertificateInput): Promise<Certificate> {
    if (!isUploadable(input.level)) {
      throw new DomainError(
        PersonnelErrorCode.CERTIFICATE_NOT_UPLOADABLE,
        'Cloud Migration certificates cannot be uploaded: they are synchronised automatically from the training institute once you are certified.',
        'level',
      );
    }
    const details = this.checkDetails(input);
    const proof = await this.uploads.attach(ctx.em, ctx, input.proofUploadId, UploadPurpose.CERTIFICATE_PROOF, 'proofUploadId');
    return this.save(ctx.em, requireAccount(ctx).id, details, CertificateSource.UPLOADED, proof.id);
  }

  /** R-DP-6: an operator (the training institute's synchronisation) adds a Cloud Migration certificate to an ID. */
  async synchronize(ctx: Ctx, input: SynchronizeCertificateInput): Promise<Certificate> {
    const holder = await ctx.em.findOne(Account, { loginId: input.loginId.trim().toLowerCase(), kind: AccountKind.INDIVIDUAL });
    if (!holder) throw new DomainError(PersonnelErrorCode.PERSONNEL_LOGIN_ID_NOT_FOUND, 'The login ID cannot be found.', 'loginId');
    const details = this.checkDetails({ ...input, level: CertificateLevel.CLOUD_MIGRATION });
    return this.save(ctx.em, holder.id, details, CertificateSource.SYNCHRONIZED, null);
  }

  // ---- Partner side ----

  /** R-DP-5: every certificate of the partner's associated personnel, and only while the association is open. */
  async partnerCertificates(ctx: Ctx, args: PartnerCertificatesArgs): Promise<Connection<Certificate>> {
    const holders = await this.associatedIndividuals(ctx);
    const where: FilterQuery<Certificate>[] = [{ holder: { $in: holders } }];
    const today = beijingDate(this.clock.now());
    if (args.minimumLevel) where.push({ level: { $in: levelsAtLeast(args.minimumLevel) } });
    if (args.validOnly) where.push({ issuedOn: { $lte: today }, expiresOn: { $gte: today } });
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ $or: [{ number: { $ilike: like } }, { track: { $ilike: like } }, { holder: { loginId: { $like: like.toLowerCase() } } }] });
    }
    return paginate(ctx.em, Certificate, { $and: where }, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /**
   * R-DP-7: the partner unbinds a certificate from one of its members and binds it to another; the move is kept
   * (certificate history) and, like every mutation, audited.
   */
  async transfer(ctx: Ctx, input: TransferCertificateInput): Promise<Certificate> {
    const certificate = await this.visibleCertificate(ctx, input.certificateId);
    const target = isUuid(input.toPersonnelId)
      ? await ctx.em.findOne(PersonnelAssociation, { id: input.toPersonnelId, endedAt: null })
      : null;
    if (!target) throw new NotFoundError('Personnel', 'toPersonnelId');
    if (target.individual.id === certificate.holder.id) {
      throw new DomainError(PersonnelErrorCode.CERTIFICATE_TRANSFER_INVALID, 'The certificate is already bound to this member.', 'toPersonnelId');
    }
    const now = this.clock.now();
    ctx.em.create(CertificateTransfer, {
      certificate,
      partner: requirePartnerId(ctx),
      fromHolder: certificate.holder.id,
      toHolder: target.individual.id,
      transferredBy: requireAccount(ctx).email,
      createdAt: now,
      updatedAt: now,
    });
    certificate.holder = ctx.em.getReference(Account, target.individual.id, { wrapped: true });
    certificate.updatedAt = now;
    await ctx.em.flush();
    return certificate;
  }

  /** The moves this partner made of a certificate it can see, newest first. */
  async history(ctx: Ctx, certificateId: string): Promise<CertificateMove[]> {
    await this.visibleCertificate(ctx, certificateId);
    const moves = await ctx.em.find(CertificateTransfer, { certificate: certificateId }, { orderBy: { createdAt: 'DESC' }, populate: ['fromHolder', 'toHolder'] });
    return moves.map((m) => ({
      id: m.id,
      fromLoginId: m.fromHolder.getEntity().loginId ?? '',
      toLoginId: m.toHolder.getEntity().loginId ?? '',
      transferredBy: m.transferredBy,
      at: m.createdAt,
    }));
  }

  /** For upload downloads: may this caller read the proof? The holder, and partners the holder is associated with. */
  async canReadProof(ctx: Ctx, uploadId: string): Promise<boolean> {
    const certificate = await ctx.em.findOne(Certificate, { proof: uploadId });
    if (!certificate) return false;
    if (certificate.holder.id === ctx.account?.id) return true;
    if (!ctx.partnerId || !ctx.permissions.has(Permission.PERSONNEL_VIEW)) return false;
    return (await ctx.em.count(PersonnelAssociation, { individual: certificate.holder.id, endedAt: null })) > 0;
  }

  private async visibleCertificate(ctx: Ctx, id: string): Promise<Certificate> {
    const holders = await this.associatedIndividuals(ctx);
    const certificate = isUuid(id) ? await ctx.em.findOne(Certificate, { id, holder: { $in: holders } }) : null;
    if (!certificate) throw new NotFoundError('Certificate', 'certificateId');
    return certificate;
  }

  /** The partner's personnel with an open association (the tenant filter scopes associations to the caller). */
  private async associatedIndividuals(ctx: Ctx): Promise<string[]> {
    requirePartnerId(ctx);
    const open = await ctx.em.find(PersonnelAssociation, { endedAt: null }, { fields: ['individual'] });
    return open.map((a) => a.individual.id);
  }

  private checkDetails(input: CertificateDetails): CertificateDetails {
    const today = beijingDate(this.clock.now());
    for (const field of ['issuedOn', 'expiresOn'] as const) {
      const date = input[field];
      if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        throw new DomainError(PersonnelErrorCode.CERTIFICATE_DATES_INVALID, 'This is not a calendar date.', field);
      }
    }
    if (input.issuedOn > today) throw new DomainError(PersonnelErrorCode.CERTIFICATE_DATES_INVALID, 'The issue date cannot be in the future.', 'issuedOn');
    if (input.expiresOn <= input.issuedOn) {
      throw new DomainError(PersonnelErrorCode.CERTIFICATE_DATES_INVALID, 'The expiry date must be after the issue date.', 'expiresOn');
    }
    return { level: input.level, track: input.track.trim(), number: input.number.trim().toUpperCase(), issuedOn: input.issuedOn, expiresOn: input.expiresOn };
  }

  private async save(em: EntityManager, holderId: string, details: CertificateDetails, source: CertificateSource, proofId: string | null): Promise<Certificate> {
    const now = this.clock.now();
    const certificate = em.create(Certificate, { ...details, holder: holderId, source, proof: proofId, createdAt: now, updatedAt: now });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        em.clear();
        throw new DomainError(PersonnelErrorCode.CERTIFICATE_NUMBER_TAKEN, `A ${details.level} certificate with number ${details.number} is already registered.`, 'number');
      }
      throw error;
    }
    return certificate;
  }
}
