import { useLayoutEffect, useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, Modal, Table, type TableColumnsType } from 'antd';
import { DollarOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { compareMoney, isMoneyInput } from '@pc/shared';
import type { OperatorPartnerBillsQuery as OperatorPartnerBillsResult } from '../../../gql/graphql';
import { billingMonthStart, formatBeijingDateTime, formatDate } from '../../../lib/dates';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate, request } from '../../../lib/graphql';
import { useCursorPager } from '../../../lib/useCursorPager';
import { CursorPagination } from '../../../ui/CursorPagination';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Money } from '../../../ui/Money';
import { BillStatus, monthLabel } from '../../bills/billsUi';
import { OperatorPartnerBillsQuery, RecordBillPaymentMutation } from './operatorBills.graphql';

type BillRow = OperatorPartnerBillsResult['operatorPartnerBills']['edges'][number]['node'];

const PAYMENT_INPUT = /^\d{1,12}(\.\d{1,8})?$/;

/**
 * Why a payment date is refused, if it is: a payment is dated no later than now and not before its bill's month began
 * (00:00 on the first day, Beijing time). The server checks the same.
 */
function paymentDateProblem(paidAt: Dayjs, month: string): string | null {
  if (paidAt.isAfter(dayjs())) return 'The payment date cannot be in the future.';
  if (paidAt.isBefore(billingMonthStart(month))) return `The payment date cannot be before the bill's month (from ${month.slice(0, 7)}-01 00:00 Beijing time, GMT+8).`;
  return null;
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The picker's hours and minutes of a day outside [start of the bill's month, now]. */
function disabledPaymentTime(date: Dayjs, month: string) {
  const min = billingMonthStart(month);
  const max = dayjs();
  const outside = (from: Dayjs, to: Dayjs) => to.isBefore(min) || from.isAfter(max);
  return {
    disabledHours: () => upTo(24).filter((h) => outside(date.hour(h).startOf('hour'), date.hour(h).endOf('hour'))),
    disabledMinutes: (h: number) => upTo(60).filter((m) => outside(date.hour(h).minute(m).startOf('minute'), date.hour(h).minute(m).endOf('minute'))),
  };
}

interface PaymentValues {
  amount?: string;
  paidAt?: Dayjs | null;
  reference?: string;
}

function RecordPaymentModal({ bill, partnerName, onClose }: { bill: BillRow | null; partnerName: string; onClose: () => void }) {
  const [form] = Form.useForm<PaymentValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!bill) return;
    setFormErrors([]);
    form.resetFields();
  }, [bill, form]);

  const record = useMutation({
    mutationFn: async (v: PaymentValues) =>
      (
        await mutate(RecordBillPaymentMutation, {
          input: { billId: bill!.id, amount: v.amount!.trim(), paidAt: v.paidAt ? v.paidAt.toISOString() : null, reference: v.reference!.trim() },
        })
      ).recordBillPayment,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['amount', 'paidAt', 'reference']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartnerBills'] });
      void message.success(`Payment recorded for the ${monthLabel(bill!.month)} bill.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!bill}
      title={bill ? `Record a payment of the ${monthLabel(bill.month)} bill of ${partnerName}` : 'Record a payment'}
      okText="Record payment"
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {bill ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'due', label: 'Amount due', children: <Money value={bill.amountDue} currency="USD" /> },
            { key: 'paid', label: 'Paid', children: <Money value={bill.paid} currency="USD" /> },
            { key: 'unpaid', label: 'Unpaid', children: <Money value={bill.unpaid} currency="USD" /> },
          ]}
        />
      ) : null}
      <Form<PaymentValues> form={form} name="record-payment" layout="vertical" onFinish={(v) => record.mutate(v)} disabled={record.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          label="Amount (USD)"
          name="amount"
          extra="More than 0 and at most the unpaid amount; up to 8 decimals."
          rules={[
            { required: true, whitespace: true, message: 'Enter the amount paid.' },
            {
              validator: async (_: unknown, value?: string) => {
                const text = value?.trim() ?? '';
                if (text && !(PAYMENT_INPUT.test(text) && isMoneyInput(text))) throw new Error('Enter an amount in USD with at most 8 decimals (digits only).');
                if (text && PAYMENT_INPUT.test(text) && compareMoney(text, '0') <= 0) throw new Error('A payment is more than 0 USD.');
              },
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" prefix="$" suffix="USD" />
        </Form.Item>
        <Form.Item
          label="Paid at"
          name="paidAt"
          extra={
            bill
              ? `Leave empty for now. Not in the future, nor before the bill's month began (${bill.month.slice(0, 7)}-01 00:00 Beijing time, GMT+8).`
              : 'Leave empty for now.'
          }
          rules={[
            {
              validator: async (_: unknown, value?: Dayjs | null) => {
                const problem = value && bill ? paymentDateProblem(value, bill.month) : null;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <DatePicker
            showTime
            format="YYYY-MM-DD HH:mm"
            allowClear
            style={{ width: 240 }}
            minDate={bill ? billingMonthStart(bill.month) : undefined}
            maxDate={dayjs()}
            disabledTime={(date) => (bill && date ? disabledPaymentTime(date, bill.month) : {})}
          />
        </Form.Item>
        <Form.Item
          label="Reference"
          name="reference"
          extra="Bank transfer or receipt reference."
          rules={[
            { required: true, whitespace: true, message: 'Give the payment reference.' },
            { max: 200, message: 'At most 200 characters.' },
          ]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Operator › Partners › one partner: its monthly bills and their payments (R-EX-6). */
export function PartnerBillsCard({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const pager = useCursorPager(10);
  const [paying, setPaying] = useState<BillRow | null>(null);
  const variables = { partnerId, first: pager.pageSize, after: pager.after };
  const bills = useQuery({
    queryKey: ['operatorPartnerBills', variables],
    queryFn: async () => (await request(OperatorPartnerBillsQuery, variables)).operatorPartnerBills,
    placeholderData: keepPreviousData,
  });
  const columns: TableColumnsType<BillRow> = [
    { title: 'Month', key: 'month', width: 100, render: (_, b) => monthLabel(b.month) },
    // Usage of earlier months that arrived after their bills, carried into this one (part of the total).
    { title: 'Late usage', key: 'lateUsage', align: 'right', render: (_, b) => <Money value={b.lateUsage} /> },
    { title: 'Total', key: 'total', align: 'right', render: (_, b) => <Money value={b.total} /> },
    { title: 'Coupons', key: 'coupons', align: 'right', render: (_, b) => <Money value={b.couponsDeducted} /> },
    { title: 'Amount due', key: 'amountDue', align: 'right', render: (_, b) => <Money value={b.amountDue} /> },
    { title: 'Paid', key: 'paid', align: 'right', render: (_, b) => <Money value={b.paid} /> },
    { title: 'Unpaid', key: 'unpaid', align: 'right', render: (_, b) => <Money value={b.unpaid} /> },
    { title: 'Status', key: 'status', width: 130, render: (_, b) => <BillStatus bill={b} /> },
    { title: 'Issued', key: 'issuedAt', width: 110, render: (_, b) => formatDate(b.issuedAt) },
    {
      title: 'Actions',
      key: 'actions',
      width: 160,
      render: (_, b) =>
        compareMoney(b.unpaid, '0') > 0 ? (
          <Button size="small" icon={<DollarOutlined />} onClick={() => setPaying(b)}>
            Record payment
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title="Bills">
      {bills.isError ? <ErrorAlert error={bills.error} onRetry={() => void bills.refetch()} /> : null}
      <Table<BillRow>
        rowKey="id"
        aria-label="Partner bills"
        columns={columns}
        dataSource={bills.data?.edges.map((e) => e.node) ?? []}
        loading={bills.isFetching}
        size="small"
        pagination={false}
        scroll={bills.data?.edges.length ? { x: 1000 } : undefined}
        expandable={{
          rowExpandable: (b) => b.payments.length > 0,
          expandedRowRender: (b) => (
            <ul style={{ margin: 0 }}>
              {b.payments.map((p) => (
                <li key={p.id}>
                  <Money value={p.amount} currency="USD" /> paid {formatBeijingDateTime(p.paidAt)}, reference {p.reference} (recorded by {p.recordedBy})
                </li>
              ))}
            </ul>
          ),
        }}
        locale={{ emptyText: bills.isPending ? ' ' : <Empty description="No bills issued for this partner yet." /> }}
      />
      <CursorPagination pager={pager} connection={bills.data} loading={bills.isFetching} itemNames={['bill', 'bills']} pageSizeOptions={[10, 20, 50]} />
      <RecordPaymentModal bill={paying} partnerName={partnerName} onClose={() => setPaying(null)} />
    </Card>
  );
}
