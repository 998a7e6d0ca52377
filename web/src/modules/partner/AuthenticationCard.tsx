import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Divider, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { AuthenticationKind, AuthenticationStatus, PartnerInformationQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../lib/graphql';
import { SubmitBusinessAuthenticationMutation, SubmitPaymentAuthenticationMutation } from './partner.graphql';
import { AuthenticationStatusBadge, Dash, myPartnerKey, orNull } from './partnerUi';
import { fractionToPercent, PERCENT_INPUT, percentToFraction } from './taxRate';

export type Submission = PartnerInformationQuery['myPartner']['authentications'][number];

interface AuthenticationValues {
  legalEntityName?: string;
  registrationNumber?: string;
  legalRepresentative?: string;
  registeredAddress?: string;
  bankName?: string;
  bankAccountName?: string;
  bankAccountNumber?: string;
  bankCode?: string;
  /** Typed as a percentage ("6" = 6 %); sent as a fraction. */
  taxRate?: string;
  settlementCurrency?: string;
}

const TEXT: Record<AuthenticationKind, { title: string; what: string; intro: string; formName: string }> = {
  BUSINESS: {
    title: 'Business information authentication',
    what: 'business information',
    intro: 'Your legal entity as registered. Every cloud solution provider needs it approved.',
    formName: 'business-authentication',
  },
  PAYMENT: {
    title: 'Payment information authentication',
    what: 'payment information',
    intro: 'The bank account incentives are paid to, the VAT rate you invoice with and the settlement currency.',
    formName: 'payment-authentication',
  },
};

const FIELDS: Record<AuthenticationKind, (keyof AuthenticationValues)[]> = {
  BUSINESS: ['legalEntityName', 'registrationNumber', 'legalRepresentative', 'registeredAddress'],
  PAYMENT: ['bankName', 'bankAccountName', 'bankAccountNumber', 'bankCode', 'taxRate', 'settlementCurrency'],
};

/** The form's starting values: the latest submission, so a resubmission only needs the corrections. */
function valuesOf(latest: Submission | undefined): AuthenticationValues {
  if (latest?.business) return { ...latest.business };
  if (latest?.payment) {
    const p = latest.payment;
    return { ...p, bankCode: p.bankCode ?? undefined, taxRate: fractionToPercent(p.taxRate) };
  }
  return {};
}

function currencyOptions(): { value: string; label: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

function BusinessFields() {
  return (
    <>
      <Form.Item label="Legal entity name" name="legalEntityName" rules={[{ required: true, whitespace: true, min: 2, max: 200, message: 'Enter the legal entity name (2 to 200 characters).' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label="Registration number"
        name="registrationNumber"
        extra="Unified social credit code or trade register number."
        rules={[{ required: true, pattern: /^[A-Za-z0-9-]{5,60}$/, message: 'Enter the registration number: 5 to 60 letters, digits or "-".' }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item label="Legal representative" name="legalRepresentative" rules={[{ required: true, whitespace: true, max: 200, message: 'Enter the legal representative.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Registered address" name="registeredAddress" rules={[{ required: true, whitespace: true, min: 5, max: 500, message: 'Enter the registered address (5 to 500 characters).' }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </>
  );
}

function PaymentFields() {
  const currencies = useMemo(currencyOptions, []);
  return (
    <>
      <Form.Item label="Bank name" name="bankName" rules={[{ required: true, whitespace: true, min: 2, max: 200, message: 'Enter the bank name.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Account holder name" name="bankAccountName" rules={[{ required: true, whitespace: true, min: 2, max: 200, message: 'Enter the account holder name.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label="Bank account number or IBAN"
        name="bankAccountNumber"
        rules={[{ required: true, pattern: /^[A-Za-z0-9 -]{5,60}$/, message: 'Enter the bank account number or IBAN: 5 to 60 letters, digits, spaces or "-".' }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item label="SWIFT/BIC or branch code" name="bankCode" rules={[{ pattern: /^[A-Za-z0-9]{4,20}$/, message: 'Enter a SWIFT/BIC or branch code: 4 to 20 letters or digits.' }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item
        label="Tax rate (VAT)"
        name="taxRate"
        extra="The VAT rate you invoice incentives with, in percent: 6 means 6 %. Payouts are incentive × (1 + tax rate)."
        rules={[
          { required: true, message: 'Enter the tax rate in percent, e.g. 6.' },
          { pattern: PERCENT_INPUT, message: 'Enter a percentage from 0 to below 100 with at most 6 decimals, e.g. 6 or 6.5.' },
        ]}
      >
        <Input suffix="%" inputMode="decimal" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item label="Settlement currency" name="settlementCurrency" rules={[{ required: true, message: 'Choose the settlement currency.' }]}>
        <Select showSearch options={currencies} optionFilterProp="label" placeholder="e.g. USD" style={{ maxWidth: 360 }} />
      </Form.Item>
    </>
  );
}

function SubmissionDetails({ submission }: { submission: Submission }) {
  const b = submission.business;
  const p = submission.payment;
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
      {b ? (
        <>
          <Descriptions.Item label="Legal entity name">{b.legalEntityName}</Descriptions.Item>
          <Descriptions.Item label="Registration number">{b.registrationNumber}</Descriptions.Item>
          <Descriptions.Item label="Legal representative">{b.legalRepresentative}</Descriptions.Item>
          <Descriptions.Item label="Registered address">{b.registeredAddress}</Descriptions.Item>
        </>
      ) : null}
      {p ? (
        <>
          <Descriptions.Item label="Bank name">{p.bankName}</Descriptions.Item>
          <Descriptions.Item label="Account holder">{p.bankAccountName}</Descriptions.Item>
          <Descriptions.Item label="Account number">{p.bankAccountNumber}</Descriptions.Item>
          <Descriptions.Item label="SWIFT/BIC or branch code">{p.bankCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Tax rate">{fractionToPercent(p.taxRate)} %</Descriptions.Item>
          <Descriptions.Item label="Settlement currency">{p.settlementCurrency}</Descriptions.Item>
        </>
      ) : null}
    </Descriptions>
  );
}

const historyColumns: TableColumnsType<Submission> = [
  { title: 'Submitted', dataIndex: 'submittedAt', key: 'submittedAt', width: 170, render: (at: string) => formatDateTime(at) },
  { title: 'Submitted by', dataIndex: 'submittedBy', key: 'submittedBy' },
  { title: 'Status', dataIndex: 'status', key: 'status', width: 140, render: (s: AuthenticationStatus) => <AuthenticationStatusBadge status={s} /> },
  { title: 'Reviewed', dataIndex: 'reviewedAt', key: 'reviewedAt', width: 170, render: (at: string | null) => (at ? formatDateTime(at) : <Dash />) },
  { title: 'Reviewed by', dataIndex: 'reviewedBy', key: 'reviewedBy', render: (by: string | null) => by ?? <Dash /> },
  { title: 'Reason', dataIndex: 'rejectionReason', key: 'rejectionReason', render: (r: string | null) => r ?? <Dash /> },
];

export interface AuthenticationCardProps {
  kind: AuthenticationKind;
  status: AuthenticationStatus;
  /** This kind's submissions, newest first. */
  history: Submission[];
  canManage: boolean;
}

/** One authentication (R-PA-3): its status, the rejection reason, the (re)submit form and the history. */
export function AuthenticationCard({ kind, status, history, canManage }: AuthenticationCardProps) {
  const text = TEXT[kind];
  const latest = history[0];
  const [form] = Form.useForm<AuthenticationValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const submit = useMutation({
    mutationFn: async (v: AuthenticationValues): Promise<readonly UserError[]> => {
      if (kind === 'BUSINESS') {
        const { submitBusinessAuthentication: payload } = await mutate(SubmitBusinessAuthenticationMutation, {
          input: {
            legalEntityName: v.legalEntityName?.trim() ?? '',
            registrationNumber: v.registrationNumber?.trim() ?? '',
            legalRepresentative: v.legalRepresentative?.trim() ?? '',
            registeredAddress: v.registeredAddress?.trim() ?? '',
          },
        });
        return payload.errors;
      }
      const { submitPaymentAuthentication: payload } = await mutate(SubmitPaymentAuthenticationMutation, {
        input: {
          bankName: v.bankName?.trim() ?? '',
          bankAccountName: v.bankAccountName?.trim() ?? '',
          bankAccountNumber: v.bankAccountNumber?.trim() ?? '',
          bankCode: orNull(v.bankCode),
          taxRate: percentToFraction(v.taxRate ?? ''),
          settlementCurrency: v.settlementCurrency ?? '',
        },
      });
      return payload.errors;
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async (errors) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS[kind]));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: myPartnerKey });
      void message.success(`Your ${text.what} has been submitted for review.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  const pending = status === 'PENDING';
  return (
    <Card title={text.title} extra={<AuthenticationStatusBadge status={status} />}>
      <Typography.Paragraph type="secondary">{text.intro}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Status">
          <AuthenticationStatusBadge status={status} />
        </Descriptions.Item>
        <Descriptions.Item label="Last submitted">
          {latest ? `${formatDateTime(latest.submittedAt)} by ${latest.submittedBy}` : 'Never'}
        </Descriptions.Item>
        {latest?.reviewedAt ? (
          <Descriptions.Item label="Reviewed">{`${formatDateTime(latest.reviewedAt)} by ${latest.reviewedBy ?? '—'}`}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {status === 'REJECTED' ? (
        <Alert
          className="pc-form-alert"
          type="error"
          showIcon
          title="Rejected: please correct your information and resubmit"
          description={
            <>
              <Typography.Text strong>Reason given by the reviewer: </Typography.Text>
              {latest?.rejectionReason ?? 'No reason was given.'}
            </>
          }
        />
      ) : null}
      {pending ? (
        <Alert
          className="pc-form-alert"
          type="info"
          showIcon
          title="Waiting for review"
          description={`Your ${text.what} is being reviewed by the cloud provider. You can resubmit once it has been reviewed.`}
        />
      ) : null}

      {canManage ? (
        <>
          <Divider titlePlacement="start">{status === 'NOT_SUBMITTED' ? 'Submit for authentication' : 'Correct and resubmit'}</Divider>
          <Form<AuthenticationValues>
            key={latest?.id ?? 'new'}
            form={form}
            name={text.formName}
            layout="vertical"
            initialValues={valuesOf(latest)}
            onFinish={(v) => submit.mutate(v)}
            disabled={pending || submit.isPending}
            style={{ maxWidth: 640 }}
          >
            {formErrors.length > 0 ? (
              <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
            ) : null}
            {kind === 'BUSINESS' ? <BusinessFields /> : <PaymentFields />}
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              {status === 'NOT_SUBMITTED' ? 'Submit for authentication' : 'Resubmit'}
            </Button>
          </Form>
        </>
      ) : (
        <Typography.Paragraph type="secondary">Your role can view this authentication but not submit it.</Typography.Paragraph>
      )}

      <Divider titlePlacement="start">History</Divider>
      <Table<Submission>
        rowKey="id"
        size="small"
        columns={historyColumns}
        dataSource={history}
        pagination={history.length > 5 ? { pageSize: 5 } : false}
        expandable={{ expandedRowRender: (s) => <SubmissionDetails submission={s} /> }}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Typography.Text type="secondary">Nothing submitted yet.</Typography.Text> }}
      />
    </Card>
  );
}
