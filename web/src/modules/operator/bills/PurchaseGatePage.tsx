import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Typography } from 'antd';
import { compareMoney, isMoneyInput } from '@pc/shared';
import type { BillingMode, OperatorAuthorizePurchaseMutation } from '../../../gql/graphql';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate, request } from '../../../lib/graphql';
import { purchaseRefusalLabel } from '../../../lib/labels';
import { Money } from '../../../ui/Money';
import { PageTitle } from '../../../ui/PageTitle';
import { AuthorizePurchaseMutation, PurchaseGateCustomersQuery } from './operatorBills.graphql';

type Decision = NonNullable<OperatorAuthorizePurchaseMutation['authorizePurchase']['decision']>;

const BILLING_MODES: { value: BillingMode; label: string }[] = [
  { value: 'PAY_PER_USE', label: 'Pay-per-use' },
  { value: 'YEARLY_MONTHLY', label: 'Yearly/monthly' },
  { value: 'RESERVED_INSTANCE', label: 'Reserved instance' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AMOUNT_INPUT = /^\d{1,12}(\.\d{1,8})?$/;

interface GateValues {
  customerId?: string;
  billingMode?: BillingMode;
  amount?: string;
}

function DecisionCard({ decision, customer }: { decision: Decision; customer: string }) {
  return (
    <Card title="Decision" style={{ marginTop: 16 }} role="region" aria-label="Decision" aria-live="polite">
      <Alert
        type={decision.allowed ? 'success' : 'error'}
        showIcon
        style={{ marginBottom: 16 }}
        title={decision.allowed ? 'Allowed' : `Refused${decision.reason ? `: ${purchaseRefusalLabel(decision.reason)}` : ''}`}
        description={decision.message}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'customer', label: 'Customer', children: customer },
          { key: 'frozen', label: 'Frozen', children: decision.frozen ? 'Yes' : 'No' },
          {
            key: 'budget',
            label: 'Monthly budget',
            children: decision.budget !== null && decision.budget !== undefined ? <Money value={decision.budget} currency="USD" /> : 'None set',
          },
          { key: 'spend', label: 'Spend this month at list price', children: <Money value={decision.monthSpendAtListPrice} currency="USD" /> },
        ]}
      />
    </Card>
  );
}

/**
 * Operator › Purchase gate: asks the check the cloud's order system makes before a purchase, renewal or change
 * (R-BU-2..4), so support staff can see why a customer's order is refused.
 */
export function PurchaseGatePage() {
  const [form] = Form.useForm<GateValues>();
  const [search, setSearch] = useState('');
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [result, setResult] = useState<{ decision: Decision; customer: string } | null>(null);

  const customers = useQuery({
    queryKey: ['purchaseGateCustomers', search],
    queryFn: async () => (await request(PurchaseGateCustomersQuery, { search: search || null })).customerProfiles.edges.map((e) => e.node),
  });
  const options = (customers.data ?? []).map((c) => ({ value: c.id, label: `${c.companyName} (${c.email})` }));
  const typedId = search.trim();
  if (UUID.test(typedId) && !options.some((o) => o.value === typedId)) options.unshift({ value: typedId, label: `Customer id ${typedId}` });

  const check = useMutation({
    mutationFn: async (v: GateValues) =>
      (await mutate(AuthorizePurchaseMutation, { input: { customerId: v.customerId!, billingMode: v.billingMode!, amount: v.amount!.trim() } }))
        .authorizePurchase,
    onMutate: () => {
      setFormErrors([]);
      setResult(null);
    },
    onSuccess: ({ decision, errors }, v) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['customerId', 'billingMode', 'amount']));
        return;
      }
      if (decision) setResult({ decision, customer: options.find((o) => o.value === v.customerId)?.label ?? v.customerId! });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <>
      <PageTitle
        title="Purchase gate"
        subtitle="The check the order system makes before a customer buys, renews or changes resources: frozen customers are refused; at 100 % of the monthly budget, yearly/monthly and reserved-instance purchases are refused while pay-per-use goes through (also at a budget of 0)."
      />
      <Card>
        <Typography.Paragraph type="secondary">Trying the gate does not buy anything; it only shows the decision.</Typography.Paragraph>
        <Form<GateValues>
          form={form}
          name="purchase-gate"
          layout="vertical"
          initialValues={{ billingMode: 'PAY_PER_USE' }}
          onFinish={(v) => check.mutate(v)}
          disabled={check.isPending}
          style={{ maxWidth: 560 }}
        >
          {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} style={{ marginBottom: 16 }} /> : null}
          <Form.Item
            label="Customer"
            name="customerId"
            extra="Search by company or e-mail, or paste the customer's account id."
            rules={[{ required: true, message: 'Pick a customer.' }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: (value) => setSearch(value) }}
              placeholder="Search customers"
              options={options}
              loading={customers.isFetching}
              notFoundContent={customers.isFetching ? 'Searching…' : 'No customers found'}
            />
          </Form.Item>
          <Form.Item label="Billing mode" name="billingMode" rules={[{ required: true, message: 'Pick the billing mode.' }]}>
            <Radio.Group options={BILLING_MODES} optionType="button" />
          </Form.Item>
          <Form.Item
            label="Amount (USD, list price)"
            name="amount"
            rules={[
              { required: true, whitespace: true, message: 'Enter the amount of the order.' },
              {
                validator: async (_: unknown, value?: string) => {
                  const text = value?.trim() ?? '';
                  if (text && !(AMOUNT_INPUT.test(text) && isMoneyInput(text))) throw new Error('Enter an amount in USD with at most 8 decimals (digits only).');
                  if (text && AMOUNT_INPUT.test(text) && compareMoney(text, '0') <= 0) throw new Error('A purchase amount is more than 0 USD.');
                },
              },
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" prefix="$" suffix="USD" style={{ maxWidth: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isPending}>
            Check purchase
          </Button>
        </Form>
      </Card>
      {result ? <DecisionCard decision={result.decision} customer={result.customer} /> : null}
    </>
  );
}
