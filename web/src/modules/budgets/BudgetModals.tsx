import { useEffect, useLayoutEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Descriptions, Drawer, Empty, Form, Input, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { isMoneyInput } from '@pc/shared';
import type { PartnerBudgetAdjustmentsQuery, PartnerCustomerBudgetsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { budgetAdjustmentKindLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { BudgetAdjustmentsQuery, FreezeCustomerMutation, SetCustomerBudgetMutation, UnfreezeCustomerMutation } from './budgets.graphql';

export type BudgetRow = PartnerCustomerBudgetsQuery['customerBudgets']['edges'][number]['node'];
type AdjustmentRow = PartnerBudgetAdjustmentsQuery['budgetAdjustments'][number];

export const budgetKeys = {
  all: ['budgets'] as const,
  list: (variables: object) => ['budgets', 'list', variables] as const,
  adjustments: (customerId: string) => ['budgets', 'adjustments', customerId] as const,
};

/** A budget amount as typed: 0 or more, ≤ 12 integer digits and ≤ 8 decimals. */
export const BUDGET_INPUT = /^\d{1,12}(\.\d{1,8})?$/;

function FormAlert({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return <Alert className="pc-form-alert" type="error" showIcon role="alert" title={errors.join(' ')} style={{ marginBottom: 16 }} />;
}

function CustomerFacts({ row }: { row: BudgetRow }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'budget',
          label: 'Monthly Budget',
          children: row.amount !== null && row.amount !== undefined ? <Money value={row.amount} currency="USD" /> : 'Not set',
        },
        { key: 'estimate', label: 'Current Estimate', children: <Money value={row.currentEstimate} currency="USD" /> },
        { key: 'spend', label: 'Spend this month at list price', children: <Money value={row.monthSpendAtListPrice} currency="USD" /> },
        { key: 'name', label: 'Customer Name', children: row.customer.companyName },
        { key: 'account', label: 'Account Name', children: row.customer.email },
      ]}
    />
  );
}

interface BudgetValues {
  amount?: string;
  note?: string;
}

/** "Set Monthly Budget" (R-BU-1..3): amount in USD, ≥ 0, up to 8 decimals; every change is an adjustment record. */
export function SetBudgetModal({ row, onClose }: { row: BudgetRow | null; onClose: () => void }) {
  const [form] = Form.useForm<BudgetValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!row) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({ amount: row.amount ? row.amount.replace(/\.?0+$/, '') : '', note: '' });
  }, [row, form]);

  const save = useMutation({
    mutationFn: async (v: BudgetValues) =>
      (await mutate(SetCustomerBudgetMutation, { input: { customerId: row!.customer.id, amount: v.amount!.trim(), note: v.note?.trim() || null } }))
        .setCustomerBudget,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['amount', 'note']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: budgetKeys.all });
      void message.success(`Monthly budget of ${row!.customer.companyName} saved.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!row}
      title="Set Monthly Budget"
      okText="OK"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {row ? <CustomerFacts row={row} /> : null}
      <Typography.Paragraph>To manage your reseller customers' monthly expenditures, set a monthly budget for each of them.</Typography.Paragraph>
      <ul className="pc-budget-notes">
        <li>The budget is compared with the customer's expenditure of the current month (Beijing time) at list price; it restarts each month.</li>
        <li>
          We alert you when the customer uses 75 %, 90 % and 100 % of the monthly budget. From 100 %, the customer can no longer buy yearly/monthly
          products or reserved instances; pay-per-use purchases continue.
        </li>
        <li>After an alert, increase the budget or freeze the customer to stop pay-per-use subscriptions as well.</li>
        <li>A budget of 0 still lets the customer buy pay-per-use resources: as a reseller, you are billed for them and pay them.</li>
        <li>The customer expenditure is an estimate and may be delayed by up to an hour.</li>
      </ul>
      <Form<BudgetValues> form={form} name="set-budget" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        <FormAlert errors={formErrors} />
        <Form.Item
          label="Monthly Budget (USD)"
          name="amount"
          rules={[
            { required: true, whitespace: true, message: 'Enter the monthly budget in USD (0 or more).' },
            {
              validator: async (_: unknown, value?: string) => {
                const text = value?.trim() ?? '';
                if (text && !(BUDGET_INPUT.test(text) && isMoneyInput(text))) {
                  throw new Error('Enter an amount of 0 or more USD with at most 8 decimals (digits only, e.g. 1500.50).');
                }
              },
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" prefix="$" suffix="USD" />
        </Form.Item>
        <Form.Item label="Note (optional)" name="note" rules={[{ max: 1000, message: 'At most 1,000 characters.' }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface FreezeValues {
  reason?: string;
}

/** Freezes a reseller customer after a confirmation and a reason (R-BU-4). */
export function FreezeModal({ row, onClose }: { row: BudgetRow | null; onClose: () => void }) {
  const [form] = Form.useForm<FreezeValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!row) return;
    setFormErrors([]);
    form.resetFields();
  }, [row, form]);

  const freeze = useMutation({
    mutationFn: async (v: FreezeValues) =>
      (await mutate(FreezeCustomerMutation, { input: { customerId: row!.customer.id, reason: v.reason!.trim() } })).freezeCustomer,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['reason']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: budgetKeys.all });
      void message.success(`${row!.customer.companyName} is frozen.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!row}
      title={row ? `Freeze ${row.customer.companyName}?` : 'Freeze customer'}
      okText="Freeze"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={freeze.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="A frozen customer cannot purchase, renew or change resources."
        description="Resources already provisioned may become unavailable but still incur fees, which you pay as the reseller. You can unfreeze the customer at any time."
      />
      <Form<FreezeValues> form={form} name="freeze-customer" layout="vertical" onFinish={(v) => freeze.mutate(v)} disabled={freeze.isPending}>
        <FormAlert errors={formErrors} />
        <Form.Item
          label="Reason"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: 'Say why the customer is frozen.' },
            { max: 1000, message: 'At most 1,000 characters.' },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Unfreezes a reseller customer after a confirmation (R-BU-4). */
export function UnfreezeModal({ row, onClose }: { row: BudgetRow | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  useEffect(() => setFormErrors([]), [row]);
  const unfreeze = useMutation({
    mutationFn: async () => (await mutate(UnfreezeCustomerMutation, { input: { customerId: row!.customer.id } })).unfreezeCustomer,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(errors.map((e) => e.message));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: budgetKeys.all });
      void message.success(`${row!.customer.companyName} is no longer frozen.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });
  return (
    <Modal
      open={!!row}
      title={row ? `Unfreeze ${row.customer.companyName}?` : 'Unfreeze customer'}
      okText="Unfreeze"
      onOk={() => unfreeze.mutate()}
      confirmLoading={unfreeze.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormAlert errors={formErrors} />
      {row?.freezeReason ? <Typography.Paragraph>Frozen because: {row.freezeReason}</Typography.Paragraph> : null}
      <Typography.Paragraph>
        The customer can purchase, renew and change resources again, within its monthly budget for yearly/monthly products and reserved instances.
      </Typography.Paragraph>
    </Modal>
  );
}

function amountText(value: string | null | undefined) {
  return value !== null && value !== undefined ? <Money value={value} currency="USD" /> : <Typography.Text type="secondary">none</Typography.Text>;
}

/** Every change of a customer's budget and freeze state, newest first (R-BU-1). */
export function AdjustmentsDrawer({ row, onClose }: { row: BudgetRow | null; onClose: () => void }) {
  const customerId = row?.customer.id ?? '';
  const adjustments = useQuery({
    queryKey: budgetKeys.adjustments(customerId),
    queryFn: async () => (await request(BudgetAdjustmentsQuery, { customerId })).budgetAdjustments,
    enabled: !!row,
    staleTime: 0,
  });
  const columns: TableColumnsType<AdjustmentRow> = [
    { title: 'When', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatDateTime(at) },
    { title: 'Change', dataIndex: 'kind', key: 'kind', width: 130, render: (_: unknown, a) => budgetAdjustmentKindLabel(a.kind) },
    {
      title: 'Budget',
      key: 'amounts',
      render: (_: unknown, a) =>
        a.kind === 'AMOUNT' ? (
          <span>
            {amountText(a.previousAmount)} → {amountText(a.newAmount)}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: 'Note / reason', dataIndex: 'note', key: 'note', render: (note: string | null) => note || <Typography.Text type="secondary">—</Typography.Text> },
    { title: 'By', dataIndex: 'actorEmail', key: 'actorEmail', width: 220 },
  ];
  return (
    <Drawer open={!!row} onClose={onClose} size="large" title={row ? `Adjustment records of ${row.customer.companyName}` : 'Adjustment records'} destroyOnHidden>
      {adjustments.isError ? <ErrorAlert error={adjustments.error} onRetry={() => void adjustments.refetch()} /> : null}
      <Table<AdjustmentRow>
        rowKey="id"
        aria-label="Budget adjustment records"
        columns={columns}
        dataSource={adjustments.data ?? []}
        loading={adjustments.isFetching}
        pagination={false}
        size="small"
        locale={{ emptyText: adjustments.isPending ? ' ' : <Empty description="No budget changes yet." /> }}
      />
    </Drawer>
  );
}
