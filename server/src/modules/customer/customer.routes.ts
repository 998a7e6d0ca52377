import QRCode from 'qrcode';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { invitationPath, requestOrigin } from './customer.queries.js';

type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

const CUSTOMER_RIGHTS = [Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_VIEW_ALL, Permission.CUSTOMERS_MANAGE];
const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * REST: the QR code of an invitation (R-CU-6, §5.3.4), as PNG or SVG, encoding the absolute invitation URL on the host
 * the request came to. For members of the owning partner with customer rights; another partner's invitation is
 * simply not found (tenant filter).
 */
export async function registerCustomerRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  for (const format of ['png', 'svg'] as const) {
    app.get<{ Params: { id: string } }>(`/api/customer-invitations/:id/qr.${format}`, (request, reply) => sendQr(request, reply, format));
  }

  async function sendQr(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, format: 'png' | 'svg') {
    const ctx = await contextFor(request, reply);
    if (!ctx.account) return reply.code(401).send({ error: 'Sign in to download QR codes.' });
    if (!CUSTOMER_RIGHTS.some((p) => ctx.permissions.has(p))) return reply.code(403).send({ error: 'Your role does not allow this.' });
    let invitation;
    try {
      invitation = await ctx.services.customerDevelopment.invitation(ctx, request.params.id);
    } catch (error) {
      if (error instanceof DomainError) return reply.code(404).send({ error: 'Invitation not found.' });
      throw error;
    }
    const url = `${requestOrigin(request)}${invitationPath(invitation.code)}`;
    const name = `invitation-${invitation.code.slice(0, 8)}.${format}`;
    reply.header('content-disposition', `inline; filename="${name}"`).header('cache-control', 'private, no-store');
    if (format === 'png') {
      return reply.type('image/png').send(await QRCode.toBuffer(url, { ...QR_OPTIONS, type: 'png', width: 512 }));
    }
    return reply.type('image/svg+xml').send(await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' }));
  }
}
