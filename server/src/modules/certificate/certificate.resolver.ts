import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { INDIVIDUAL, OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload } from '../../common/errors/user-error.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { IndividualSummary } from '../personnel/personnel.types.js';
import { beijingDate } from '../../common/beijing-time.js';
import { Certificate } from './certificate.entity.js';
import { CertificateFamily, familyOf } from './certificate.levels.js';
import {
  CertificateMove,
  CertificatePayload,
  PartnerCertificatesArgs,
  SynchronizeCertificateInput,
  TransferCertificateInput,
  UploadCertificateInput,
} from './certificate.types.js';

const CertificateConnection = ConnectionType(Certificate, 'Certificate');

@Resolver(() => Certificate)
export class CertificateResolver {
  @Authorized(INDIVIDUAL)
  @Query(() => [Certificate], { description: "The signed-in individual's certificates." })
  myCertificates(@GqlCtx() ctx: Ctx): Promise<Certificate[]> {
    return ctx.services.certificates.myCertificates(ctx);
  }

  @Authorized(INDIVIDUAL)
  @Mutation(() => CertificatePayload, { description: 'Adds an HCIA/HCIP/HCIE or HCCDA/HCCDP/HCCDE certificate with its proof (R-DP-6).' })
  uploadCertificate(@Arg('input', () => UploadCertificateInput) input: UploadCertificateInput, @GqlCtx() ctx: Ctx): Promise<CertificatePayload> {
    return toPayload('certificate', () => ctx.services.certificates.upload(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => CertificatePayload, { description: 'Synchronises a Cloud Migration certificate from the training institute to an ID (R-DP-6).' })
  synchronizeCloudMigrationCertificate(
    @Arg('input', () => SynchronizeCertificateInput) input: SynchronizeCertificateInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<CertificatePayload> {
    return toPayload('certificate', () => ctx.services.certificates.synchronize(ctx, input));
  }

  @Authorized(Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE)
  @Query(() => CertificateConnection, { description: 'Certificates of the associated personnel (R-DP-5).' })
  partnerCertificates(@Args(() => PartnerCertificatesArgs) args: PartnerCertificatesArgs, @GqlCtx() ctx: Ctx): Promise<Connection<Certificate>> {
    return ctx.services.certificates.partnerCertificates(ctx, args);
  }

  @Authorized(Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE)
  @Query(() => [CertificateMove], { description: 'Transfers of a certificate made by this partner, newest first (R-DP-7).' })
  certificateHistory(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CertificateMove[]> {
    return ctx.services.certificates.history(ctx, id);
  }

  @Authorized(Permission.PERSONNEL_MANAGE)
  @Mutation(() => CertificatePayload, { description: 'Unbinds a certificate from one member and binds it to another (R-DP-7).' })
  transferCertificate(@Arg('input', () => TransferCertificateInput) input: TransferCertificateInput, @GqlCtx() ctx: Ctx): Promise<CertificatePayload> {
    return toPayload('certificate', () => ctx.services.certificates.transfer(ctx, input));
  }

  @FieldResolver(() => CertificateFamily)
  family(@Root() certificate: Certificate): CertificateFamily {
    return familyOf(certificate.level);
  }

  @FieldResolver(() => Boolean, { description: 'Valid today (Beijing time).' })
  validToday(@Root() certificate: Certificate, @GqlCtx() ctx: Ctx): boolean {
    return certificate.validOn(beijingDate(ctx.clock.now()));
  }

  @FieldResolver(() => IndividualSummary, { description: 'The member the certificate is bound to.' })
  async holder(@Root() certificate: Certificate): Promise<IndividualSummary> {
    const holder = await certificate.holder.loadOrFail();
    return { id: holder.id, loginId: holder.loginId ?? '', displayName: holder.displayName };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the proof file, when there is one.' })
  proofUrl(@Root() certificate: Certificate): string | null {
    return certificate.proof ? `/api/uploads/${certificate.proof.id}` : null;
  }
}
