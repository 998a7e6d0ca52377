import { useQuery } from '@tanstack/react-query';
import { Badge, Tag, type BadgeProps } from 'antd';
import type {
  AssociationEventKind,
  AssociationModel,
  AssociationStatus,
  BalanceDisposition,
  CustomerInvitationStatus,
  InvitationChannel,
  PreRegistrationStatus,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { fractionToPercent } from '../partner/taxRate';
import { CustomerSettingsQuery, CustomerTeamQuery } from './customers.graphql';

/** TanStack Query key prefixes of this module; mutations invalidate them. */
export const customerKeys = {
  settings: ['customerSettings'] as const,
  customers: ['partnerCustomers'] as const,
  association: ['partnerCustomerAssociation'] as const,
  team: ['customerTeam'] as const,
  preRegistrations: ['preRegistrations'] as const,
  invitations: ['partnerCustomerInvitations'] as const,
  outbox: ['outboxMails'] as const,
};

function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

export const MODEL_LABELS: Record<AssociationModel, string> = { REFERRAL: 'Referral', RESELLER: 'Reseller' };
export const modelLabel = (model: AssociationModel): string => MODEL_LABELS[model] ?? model;
export const modelOptions = optionsOf(MODEL_LABELS);

export const ASSOCIATION_STATUS_LABELS: Record<AssociationStatus, string> = { ACTIVE: 'Active', ENDED: 'Ended' };
export const associationStatusOptions = optionsOf(ASSOCIATION_STATUS_LABELS);

export const CHANNEL_LABELS: Record<InvitationChannel, string> = { EMAIL: 'E-mail', LINK: 'Link / QR code' };
export const channelOptions = optionsOf(CHANNEL_LABELS);

export const CUSTOMER_INVITATION_STATUS_LABELS: Record<CustomerInvitationStatus, string> = {
  ACTIVE: 'Active',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};
export const customerInvitationStatusOptions = optionsOf(CUSTOMER_INVITATION_STATUS_LABELS);

export const PRE_REGISTRATION_STATUS_LABELS: Record<PreRegistrationStatus, string> = { ACTIVE: 'Protected', EXPIRED: 'Expired' };
export const preRegistrationStatusOptions = optionsOf(PRE_REGISTRATION_STATUS_LABELS);

export const BALANCE_DISPOSITION_LABELS: Record<BalanceDisposition, string> = {
  NONE: 'No balance',
  KEPT: 'Kept by the customer (referral)',
  TRANSFERRED_TO_PARTNER: "Transferred to the partner's sub-account",
  WITHDRAWN: 'Withdrawn by the customer',
};

export const EVENT_KIND_LABELS: Record<AssociationEventKind, string> = {
  ASSOCIATED: 'Associated',
  MODEL_CHANGED: 'Model changed',
  DISCOUNT_SET: 'Discount set',
  ACCOUNT_MANAGER_ASSIGNED: 'Account manager assigned',
  DISASSOCIATION_REQUESTED: 'Disassociation requested',
  DISASSOCIATION_WITHDRAWN: 'Disassociation request withdrawn',
  DISASSOCIATED: 'Disassociated',
};

// Dark text on a light tint: the preset tag colours fail WCAG contrast for small text.
const REFERRAL_STYLE = { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' };
const RESELLER_STYLE = { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' };

export function ModelTag({ model }: { model: AssociationModel }) {
  return <Tag style={model === 'REFERRAL' ? REFERRAL_STYLE : RESELLER_STYLE}>{modelLabel(model)}</Tag>;
}

const ASSOCIATION_STATUS_COLORS: Record<AssociationStatus, BadgeProps['status']> = { ACTIVE: 'success', ENDED: 'default' };
export function AssociationStatusBadge({ status }: { status: AssociationStatus }) {
  return <Badge status={ASSOCIATION_STATUS_COLORS[status]} text={ASSOCIATION_STATUS_LABELS[status] ?? status} />;
}

const INVITATION_STATUS_COLORS: Record<CustomerInvitationStatus, BadgeProps['status']> = {
  ACTIVE: 'processing',
  ACCEPTED: 'success',
  EXPIRED: 'warning',
  REVOKED: 'default',
};
export function CustomerInvitationStatusBadge({ status }: { status: CustomerInvitationStatus }) {
  return <Badge status={INVITATION_STATUS_COLORS[status]} text={CUSTOMER_INVITATION_STATUS_LABELS[status] ?? status} />;
}

export function PreRegistrationStatusBadge({ status }: { status: PreRegistrationStatus }) {
  return <Badge status={status === 'ACTIVE' ? 'processing' : 'default'} text={PRE_REGISTRATION_STATUS_LABELS[status] ?? status} />;
}

/** "0.05000000" → "5 %"; null → "—". */
export function formatPercent(fraction: string | null | undefined): string {
  return fraction ? `${fractionToPercent(fraction)} %` : '—';
}

/** The partner's settings: referral discount range (R-CU-4) and reseller bill visibility (R-CU-10). */
export function useCustomerSettings(enabled = true) {
  return useQuery({
    queryKey: customerKeys.settings,
    queryFn: async () => (await request(CustomerSettingsQuery, {})).myPartner,
    staleTime: 60_000,
    enabled,
  });
}

/** Account managers and directors (R-CU-11). */
export function useCustomerTeam(enabled = true) {
  return useQuery({
    queryKey: customerKeys.team,
    queryFn: async () => (await request(CustomerTeamQuery, {})).customerTeam,
    enabled,
  });
}
