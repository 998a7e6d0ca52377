import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AccountKind } from '../account/account.entity.js';
import { certificateFileName, renderProgramCertificate } from './program-certificate.pdf.js';

type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

/** REST: the program certificate PDF (R-PA-5), for the partner's own members who may view it and for operators. */
export async function registerPartnerRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  app.get<{ Params: { id: string } }>('/api/partner-programs/:id/certificate.pdf', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const account = ctx.account;
    if (!account) return reply.code(401).send({ error: 'Sign in to download certificates.' });
    const isOperator = account.kind === AccountKind.OPERATOR;
    if (!isOperator && !ctx.permissions.has(Permission.PARTNER_VIEW)) {
      return reply.code(403).send({ error: 'Your role does not allow this.' });
    }
    // Partner members read through their tenant filter: another partner's program is simply not found.
    const em = isOperator ? crossTenantEm(ctx.em) : ctx.em;
    let enrolment;
    try {
      enrolment = await ctx.services.partnerPrograms.find(em, request.params.id);
    } catch (error) {
      if (error instanceof DomainError) return reply.code(404).send({ error: 'Certificate not found.' });
      throw error;
    }
    const partner = await enrolment.partner.loadOrFail();
    const pdf = await renderProgramCertificate(partner, enrolment);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${certificateFileName(enrolment)}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });
}
