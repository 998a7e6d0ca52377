import { Tag } from 'antd';
import type { AssociationModel, CustomerInvitationStatus } from '../../gql/graphql';

export const MODEL_LABELS: Record<AssociationModel, string> = { REFERRAL: 'Referral', RESELLER: 'Reseller' };
export const modelLabel = (model: AssociationModel): string => MODEL_LABELS[model] ?? model;

/** One line per model (FAQ §5.1.10). */
export const MODEL_EXPLANATIONS: Record<AssociationModel, string> = {
  REFERRAL:
    'You sign the contract with the cloud provider and pay it directly (with your own payment method); the partner advises you and may give you a discount.',
  RESELLER:
    'You transact with the partner, who pays the cloud provider for you and handles your budget, contracts, bills and invoices; no credit card is needed.',
};

export const INVITATION_STATUS_LABELS: Record<CustomerInvitationStatus, string> = {
  ACTIVE: 'Pending',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Withdrawn',
};
const INVITATION_STATUS_COLORS: Record<CustomerInvitationStatus, string> = {
  ACTIVE: 'processing',
  ACCEPTED: 'success',
  EXPIRED: 'default',
  REVOKED: 'error',
};

export function CustomerInvitationStatusTag({ status }: { status: CustomerInvitationStatus }) {
  return <Tag color={INVITATION_STATUS_COLORS[status]}>{INVITATION_STATUS_LABELS[status] ?? status}</Tag>;
}

/** "5%" from a fraction string ("0.05"). */
export function percent(rate: string | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const value = Number(rate) * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}%`;
}

export const invitePath = (code: string): string => `/invite/${encodeURIComponent(code)}`;
