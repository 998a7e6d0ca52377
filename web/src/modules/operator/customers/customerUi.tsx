import { Space, Tag, Typography } from 'antd';
import type { AssociationEventKind, AssociationModel } from '../../../gql/graphql';
import { fractionToPercent } from '../../partner/taxRate';

const MODEL_LABELS: Record<AssociationModel, string> = { REFERRAL: 'Referral', RESELLER: 'Reseller' };

export const associationModelLabel = (model: AssociationModel): string => MODEL_LABELS[model];

export const associationModelOptions = (Object.keys(MODEL_LABELS) as AssociationModel[]).map((value) => ({
  value,
  label: MODEL_LABELS[value],
}));

export function AssociationModelTag({ model }: { model: AssociationModel }) {
  return <Tag color={model === 'REFERRAL' ? 'geekblue' : 'purple'}>{associationModelLabel(model)}</Tag>;
}

const EVENT_LABELS: Record<AssociationEventKind, string> = {
  ASSOCIATED: 'Associated',
  ACCOUNT_MANAGER_ASSIGNED: 'Account manager assigned',
  DISCOUNT_SET: 'Discount set',
  MODEL_CHANGED: 'Model changed',
  DISASSOCIATION_REQUESTED: 'Disassociation requested',
  DISASSOCIATION_WITHDRAWN: 'Disassociation request withdrawn',
  DISASSOCIATED: 'Association ended',
};

export const associationEventLabel = (kind: AssociationEventKind): string => EVENT_LABELS[kind] ?? kind;

/** "0.05000000" → "5 %"; null → undefined. Exact: only the decimal point moves. */
export function percentText(fraction: string | null | undefined): string | undefined {
  return fraction === null || fraction === undefined ? undefined : `${fractionToPercent(fraction)} %`;
}

/** A readable summary of an event's details ({ from, to, reason, … }). */
export function eventDetailsText(kind: AssociationEventKind, details: unknown): string {
  const d = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const parts: string[] = [];
  if (kind === 'MODEL_CHANGED') {
    const from = str(d.from) as AssociationModel | undefined;
    const to = str(d.to) as AssociationModel | undefined;
    if (from && to) parts.push(`${MODEL_LABELS[from] ?? from} → ${MODEL_LABELS[to] ?? to}`);
    if (d.discountCleared === true) parts.push('discount cleared');
  } else if (kind === 'DISCOUNT_SET') {
    parts.push(`${percentText(str(d.from)) ?? 'none'} → ${percentText(str(d.to)) ?? 'none'}`);
  } else if (kind === 'DISASSOCIATED') {
    if (d.by === 'OPERATOR') parts.push('by the operator');
    else if (d.by === 'PARTNER') parts.push('by the partner, on request');
  } else if (kind === 'ASSOCIATED') {
    const model = str(d.model) as AssociationModel | undefined;
    if (model) parts.push(MODEL_LABELS[model] ?? model);
  }
  const reason = str(d.reason);
  if (reason) parts.push(`Reason: ${reason}`);
  return parts.join(' · ');
}

export interface CustomerFlags {
  inArrears: boolean;
  specialContract: boolean;
  internalAccount: boolean;
  reservedInstancesUntil?: string | null;
  hasUnexpiredReservedInstances: boolean;
}

/** R-CU-2 attributes as badges, red while they block association; reserved instances show their expiry. */
/** `quiet`: nothing at all (rather than “None”) when no flag is set. */
export function CustomerFlagTags({ customer, quiet }: { customer: CustomerFlags; quiet?: boolean }) {
  const tags = [
    customer.inArrears ? <Tag key="arrears" color="red">In arrears</Tag> : null,
    customer.specialContract ? <Tag key="special" color="red">Special contract</Tag> : null,
    customer.internalAccount ? <Tag key="internal" color="red">Internal account</Tag> : null,
    customer.reservedInstancesUntil ? (
      <Tag key="ri" color={customer.hasUnexpiredReservedInstances ? 'red' : 'default'}>
        RIs until {customer.reservedInstancesUntil}
      </Tag>
    ) : null,
  ].filter(Boolean);
  if (tags.length === 0) return quiet ? null : <Typography.Text type="secondary">None</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {tags}
    </Space>
  );
}
