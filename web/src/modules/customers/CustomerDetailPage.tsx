import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, ConfigProvider, Descriptions, Empty, Flex, Form, Input, Popconfirm, Select, Space, Spin, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { PartnerCustomerAssociationQuery as AssociationQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { countryLabel } from '../operator/partnerUi';
import { fractionToPercent, PERCENT_INPUT, percentToFraction } from '../partner/taxRate';
import { AssignAccountManagerMutation, CompleteDisassociationMutation, CustomerAssociationQuery, SetCustomerDiscountMutation } from './customers.graphql';
import {
  AssociationStatusBadge,
  BALANCE_DISPOSITION_LABELS,
  CHANNEL_LABELS,
  customerKeys,
  EVENT_KIND_LABELS,
  formatPercent,
  ModelTag,
  modelLabel,
  useCustomerSettings,
  useCustomerTeam,
} from './customersUi';

type Association = AssociationQueryResult['customerAssociation'];
type AssociationEvent = Association['events'][number];

/** A darker red than antd's default (as on Partner Information), so danger text meets WCAG AA contrast. */
const DANGER_RED = '#c41d1d';

/** The section's fields, by server field path. */
const DISCOUNT_FIELDS = ['discountRate'];

function useInvalidateCustomer() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: customerKeys.association });
    await queryClient.invalidateQueries({ queryKey: customerKeys.customers });
    await queryClient.invalidateQueries({ queryKey: customerKeys.team });
  };
}

/** R-CU-4: a referral customer's discount, within the range the cloud provider authorised. */
function DiscountEditor({ association, canManage }: { association: Association; canManage: boolean }) {
  const me = useMe();
  const settings = useCustomerSettings(hasPermission(me.data, 'PARTNER_VIEW'));
  const [form] = Form.useForm<{ discountRate: string }>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { message } = App.useApp();
  const invalidate = useInvalidateCustomer();
  const current = association.discountRate ? fractionToPercent(association.discountRate) : '';

  useEffect(() => {
    form.setFieldsValue({ discountRate: current });
  }, [current, form]);

  const save = useMutation({
    mutationFn: async (discountRate: string | null) =>
      (await mutate(SetCustomerDiscountMutation, { input: { associationId: association.id, discountRate } })).setCustomerDiscount,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, association: saved }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, DISCOUNT_FIELDS));
        return;
      }
      await invalidate();
      void message.success(saved?.discountRate ? `Discount set to ${formatPercent(saved.discountRate)}.` : 'Discount removed.');
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  if (association.model === 'RESELLER') {
    return (
      <Alert
        type="info"
        showIcon
        title="No discount for reseller customers"
        description="Reseller customers buy through your organization at the prices you agree with them, so no cloud discount can be set (R-CU-4)."
      />
    );
  }
  const min = settings.data?.referralDiscountMin;
  const max = settings.data?.referralDiscountMax;
  const range =
    min && max
      ? `The cloud provider authorised discounts from ${formatPercent(min)} to ${formatPercent(max)} for your referral customers.`
      : settings.data
        ? 'The cloud provider has not authorised a discount range for your organization yet.'
        : undefined;

  return (
    <>
      <Typography.Paragraph>
        Current discount: <Typography.Text strong>{formatPercent(association.discountRate)}</Typography.Text> off list price.
      </Typography.Paragraph>
      {range ? <Typography.Paragraph type="secondary">{range}</Typography.Paragraph> : null}
      {canManage && association.status === 'ACTIVE' ? (
        <Form
          form={form}
          name="discount"
          layout="inline"
          disabled={save.isPending}
          onFinish={(v) => save.mutate(v.discountRate.trim() ? percentToFraction(v.discountRate) : null)}
        >
          {formErrors.length > 0 ? (
            <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} style={{ width: '100%', marginBottom: 12 }} />
          ) : null}
          <Form.Item
            label="Discount (%)"
            name="discountRate"
            rules={[{ pattern: PERCENT_INPUT, message: 'Enter a percentage from 0 to below 100, e.g. 5 or 7.5.' }]}
            extra="Leave empty to remove the discount."
          >
            <Input style={{ width: 120 }} inputMode="decimal" autoComplete="off" suffix="%" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              Save discount
            </Button>
          </Form.Item>
        </Form>
      ) : null}
    </>
  );
}

/** R-CU-11: the account manager responsible for the customer. */
function AccountManagerEditor({ association, canManage }: { association: Association; canManage: boolean }) {
  const team = useCustomerTeam();
  const [managerId, setManagerId] = useState<string | undefined>(association.accountManager?.id);
  const { message } = App.useApp();
  const invalidate = useInvalidateCustomer();

  useEffect(() => setManagerId(association.accountManager?.id), [association.accountManager?.id]);

  const assign = useMutation({
    mutationFn: async (accountManagerId: string | null) =>
      (await mutate(AssignAccountManagerMutation, { input: { associationId: association.id, accountManagerId } })).assignAccountManager,
    onSuccess: async ({ errors, association: saved }) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await invalidate();
      void message.success(saved?.accountManager ? `Assigned to ${saved.accountManager.displayName}.` : 'The customer has no account manager now.');
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const options = (team.data ?? []).filter((m) => m.role === 'ACCOUNT_MANAGER').map((m) => ({ value: m.id, label: `${m.displayName} (${m.email})` }));
  const current = association.accountManager;
  return (
    <>
      <Typography.Paragraph>
        {current ? (
          <>
            Managed by <Typography.Text strong>{current.displayName}</Typography.Text> ({current.email}).
          </>
        ) : (
          'No account manager is assigned.'
        )}
      </Typography.Paragraph>
      {canManage && association.status === 'ACTIVE' ? (
        <Space wrap>
          <Select
            aria-label="Account manager"
            placeholder="No account manager"
            allowClear
            style={{ width: 320 }}
            loading={team.isPending}
            value={managerId}
            options={options}
            onChange={(value?: string) => setManagerId(value)}
            notFoundContent="No member holds the Account Manager role."
          />
          <Button type="primary" loading={assign.isPending} disabled={(managerId ?? null) === (current?.id ?? null)} onClick={() => assign.mutate(managerId ?? null)}>
            Save account manager
          </Button>
        </Space>
      ) : null}
    </>
  );
}

function personOf(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { displayName?: string; email?: string };
  return v.displayName ?? v.email ?? null;
}

/** One history entry as a sentence. */
function describeEvent(event: AssociationEvent): string {
  const d = (event.details ?? {}) as Record<string, unknown>;
  switch (event.kind) {
    case 'ASSOCIATED':
      return `Associated through ${d.channel === 'LINK' ? 'a registration link' : 'an e-mail invitation'}${typeof d.label === 'string' && d.label ? ` (${d.label})` : ''}.`;
    case 'DISCOUNT_SET': {
      const from = typeof d.from === 'string' ? formatPercent(d.from) : 'none';
      const to = typeof d.to === 'string' ? formatPercent(d.to) : 'none';
      return `Discount changed from ${from} to ${to}.`;
    }
    case 'ACCOUNT_MANAGER_ASSIGNED':
      return `Account manager changed from ${personOf(d.from) ?? 'nobody'} to ${personOf(d.to) ?? 'nobody'}.`;
    case 'MODEL_CHANGED':
      return `Model changed from ${typeof d.from === 'string' ? modelLabel(d.from as never) : '?'} to ${typeof d.to === 'string' ? modelLabel(d.to as never) : '?'}${typeof d.reason === 'string' ? `. Reason: ${d.reason}` : ''}.`;
    case 'DISASSOCIATION_REQUESTED':
      return `The customer asked to disassociate${typeof d.reason === 'string' ? `: "${d.reason}"` : ''}.`;
    case 'DISASSOCIATION_WITHDRAWN':
      return 'The customer withdrew its disassociation request.';
    case 'DISASSOCIATED':
      return `The association ended (${d.by === 'OPERATOR' ? 'by the cloud provider' : 'request completed by the partner'})${typeof d.reason === 'string' ? `: ${d.reason}` : ''}.`;
    default:
      return EVENT_KIND_LABELS[event.kind as keyof typeof EVENT_KIND_LABELS] ?? event.kind;
  }
}

/** R-CU-8: a reseller customer's pending disassociation request, which the partner completes. */
function DisassociationCard({ association, canManage }: { association: Association; canManage: boolean }) {
  const request = association.pendingDisassociationRequest;
  const { message } = App.useApp();
  const invalidate = useInvalidateCustomer();
  const complete = useMutation({
    mutationFn: async (requestId: string) => (await mutate(CompleteDisassociationMutation, { requestId })).completeDisassociation,
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await invalidate();
      void message.success(`${association.customer.companyName} is no longer associated with your organization.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  if (!request) return null;
  return (
    <Card title="Disassociation request" className="pc-card">
      <Alert
        type="warning"
        showIcon
        title={`The customer asked to leave on ${formatDateTime(request.createdAt)}`}
        description={request.reason ? `Reason: ${request.reason}` : undefined}
      />
      {canManage ? (
        // A darker red than the default, so the danger button's text meets WCAG AA contrast.
        <ConfigProvider theme={{ token: { colorError: DANGER_RED } }}>
          <Flex justify="flex-end" style={{ marginTop: 12 }}>
            <Popconfirm
              title={`Complete the disassociation of ${association.customer.companyName}?`}
              description="The association ends now; the customer is then free to associate with another partner."
              okText="Complete disassociation"
              okButtonProps={{ danger: true }}
              onConfirm={() => complete.mutate(request.id)}
            >
              <Button danger loading={complete.isPending}>
                Complete disassociation
              </Button>
            </Popconfirm>
          </Flex>
        </ConfigProvider>
      ) : null}
    </Card>
  );
}

/** Customer Business › Customers › one customer: details, model, discount, account manager, history. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const canManage = hasPermission(me.data, 'CUSTOMERS_MANAGE');
  const association = useQuery({
    queryKey: [...customerKeys.association, id],
    queryFn: async () => (await request(CustomerAssociationQuery, { id })).customerAssociation,
  });

  const back = (
    <Link to="/partner/customers">
      <ArrowLeftOutlined /> All customers
    </Link>
  );
  if (association.isPending) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description="Loading the customer…" />
      </Flex>
    );
  }
  if (association.isError) {
    return (
      <>
        {back}
        <ErrorAlert title="Could not load the customer" error={association.error} onRetry={() => void association.refetch()} />
      </>
    );
  }
  const a = association.data;
  return (
    <>
      {back}
      <PageTitle title={a.customer.companyName} subtitle={a.customer.email} />
      <Flex vertical gap={16}>
        <DisassociationCard association={a} canManage={canManage} />
        <Card title="Customer" className="pc-card">
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'company', label: 'Company', children: a.customer.companyName },
              { key: 'email', label: 'E-mail', children: a.customer.email },
              { key: 'country', label: 'Country', children: a.customer.country ? countryLabel(a.customer.country) : '—' },
              { key: 'status', label: 'Status', children: <AssociationStatusBadge status={a.status} /> },
              { key: 'since', label: 'Associated since', children: formatDateTime(a.startedAt) },
              { key: 'channel', label: 'Came through', children: a.invitationChannel ? CHANNEL_LABELS[a.invitationChannel] : '—' },
              {
                key: 'balance',
                label: 'Balance at association',
                children: (
                  <Space wrap>
                    <Money value={a.balanceAmount} currency="USD" />
                    <Typography.Text type="secondary">{BALANCE_DISPOSITION_LABELS[a.balanceDisposition]}</Typography.Text>
                  </Space>
                ),
              },
              {
                key: 'bills',
                label: 'Bills and cost centre',
                children: a.canViewBills ? 'Visible to the customer' : 'Hidden from the customer (orders at list price stay visible)',
              },
              ...(a.endedAt
                ? [
                    { key: 'ended', label: 'Ended', children: `${formatDate(a.endedAt)}${a.endedBy ? ` by ${a.endedBy}` : ''}` },
                    { key: 'endReason', label: 'Reason', children: a.endReason ?? '—' },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card title="Model" className="pc-card">
          <Space orientation="vertical">
            <span>
              <ModelTag model={a.model} />
            </span>
            <Typography.Text type="secondary">
              The association model is permanent once the customer is associated. Only the cloud provider can change it, after you submit a
              service ticket (R-CU-3).
            </Typography.Text>
          </Space>
        </Card>
        <Card title="Discount" className="pc-card">
          <DiscountEditor association={a} canManage={canManage} />
        </Card>
        <Card title="Account manager" className="pc-card">
          <AccountManagerEditor association={a} canManage={canManage} />
        </Card>
        <Card title="History" className="pc-card">
          {a.events.length === 0 ? (
            <Empty description="No history yet." />
          ) : (
            <Timeline
              aria-label="History"
              items={a.events.map((e) => ({
                key: e.id,
                content: (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{EVENT_KIND_LABELS[e.kind] ?? e.kind}</Typography.Text>
                    <span>{describeEvent(e)}</span>
                    <Typography.Text type="secondary">
                      {formatDateTime(e.at)}
                      {e.actorEmail ? ` · ${e.actorEmail}` : ' · system'}
                    </Typography.Text>
                  </Space>
                ),
              }))}
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
