import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, ConfigProvider, Descriptions, Flex, Form, Input, Modal, Row, Select, Space, Table, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { countryName } from '@pc/shared';
import type { PartnerInformationQuery as PartnerInformationResult, TenantType } from '../../gql/graphql';
import { hasPermission, meQueryKey, useMe } from '../../app/auth';
import { formatDate, formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { tenantTypeLabel, tenantTypeOptions } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { AuthenticationCard } from './AuthenticationCard';
import { DeregisterPartnerAccountMutation, PartnerInformationQuery, UpdatePartnerInformationMutation } from './partner.graphql';
import { companyNameProblem, Dash, myPartnerKey, orNull, PartnerStatusBadge, PHONE, PHONE_MESSAGE } from './partnerUi';

type PartnerInfo = PartnerInformationResult['myPartner'];
type CountryChange = PartnerInfo['countryChanges'][number];

interface BasicValues {
  name: string;
  tenantType: TenantType;
  industry?: string;
  address?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

const BASIC_FIELDS = ['name', 'tenantType', 'industry', 'address', 'contactName', 'contactEmail', 'contactPhone'];

const COUNTRY_NOTE =
  'The registered country is the country of your legal entity. Only the cloud provider can change it; contact your partner manager if it is wrong.';

function countryText(code: string): string {
  return `${countryName(code)} (${code})`;
}

function BasicInformationForm({ partner, onDone }: { partner: PartnerInfo; onDone: () => void }) {
  const [form] = Form.useForm<BasicValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const save = useMutation({
    mutationFn: async (v: BasicValues) =>
      (
        await mutate(UpdatePartnerInformationMutation, {
          input: {
            name: v.name.trim(),
            tenantType: v.tenantType,
            industry: orNull(v.industry),
            address: orNull(v.address),
            contactName: orNull(v.contactName),
            contactEmail: orNull(v.contactEmail),
            contactPhone: orNull(v.contactPhone),
          },
        })
      ).updatePartnerInformation,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, BASIC_FIELDS));
        return;
      }
      // The header shows the company name from `me`.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: myPartnerKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
      void message.success('Basic information saved.');
      onDone();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Form<BasicValues>
      form={form}
      name="partner-information"
      layout="vertical"
      style={{ maxWidth: 640 }}
      disabled={save.isPending}
      onFinish={(v) => save.mutate(v)}
      initialValues={{
        name: partner.name,
        tenantType: partner.tenantType,
        industry: partner.industry ?? '',
        address: partner.address ?? '',
        contactName: partner.contactName ?? '',
        contactEmail: partner.contactEmail ?? '',
        contactPhone: partner.contactPhone ?? '',
      }}
    >
      {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
      <Form.Item
        label="Company name"
        name="name"
        extra="Chinese or English only."
        rules={[
          { required: true, whitespace: true, message: 'Enter the company name.' },
          {
            validator: (_rule, value: string | undefined) => {
              const problem = value ? companyNameProblem(value) : null;
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Registered country" extra={COUNTRY_NOTE}>
        <Typography.Text>{countryText(partner.country)}</Typography.Text>
      </Form.Item>
      <Form.Item label="Tenant type" name="tenantType" rules={[{ required: true, message: 'Choose the tenant type.' }]}>
        <Select options={tenantTypeOptions} style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item label="Industry" name="industry" rules={[{ max: 100, message: 'Use at most 100 characters.' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="Address" name="address" rules={[{ max: 500, message: 'Use at most 500 characters.' }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item label="Contact name" name="contactName" rules={[{ max: 200, message: 'Use at most 200 characters.' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="Contact e-mail" name="contactEmail" rules={[{ type: 'email', message: 'Enter a valid e-mail address.' }]}>
        <Input type="email" maxLength={254} autoComplete="email" />
      </Form.Item>
      <Form.Item label="Contact phone" name="contactPhone" rules={[{ pattern: PHONE, message: PHONE_MESSAGE }]}>
        <Input type="tel" maxLength={30} autoComplete="tel" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Save
        </Button>
        <Button onClick={onDone} disabled={save.isPending}>
          Cancel
        </Button>
      </Space>
    </Form>
  );
}

function BasicInformationCard({ partner, canManage }: { partner: PartnerInfo; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  const text = (value: string | null) => value || <Dash />;
  return (
    <Card
      title="Basic information"
      extra={
        canManage && !editing ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null
      }
    >
      {editing ? (
        <BasicInformationForm partner={partner} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Descriptions column={{ xs: 1, xl: 2 }} size="small" bordered styles={{ label: { width: 160 } }}>
            <Descriptions.Item label="Company name">{partner.name}</Descriptions.Item>
            <Descriptions.Item label="Status">
              <PartnerStatusBadge status={partner.status} />
            </Descriptions.Item>
            <Descriptions.Item label="Registered country">{countryText(partner.country)}</Descriptions.Item>
            <Descriptions.Item label="Tenant type">{tenantTypeLabel(partner.tenantType)}</Descriptions.Item>
            <Descriptions.Item label="Industry">{text(partner.industry)}</Descriptions.Item>
            <Descriptions.Item label="Address">{text(partner.address)}</Descriptions.Item>
            <Descriptions.Item label="Contact name">{text(partner.contactName)}</Descriptions.Item>
            <Descriptions.Item label="Contact e-mail">{text(partner.contactEmail)}</Descriptions.Item>
            <Descriptions.Item label="Contact phone">{text(partner.contactPhone)}</Descriptions.Item>
            <Descriptions.Item label="Registered on">{formatDate(partner.createdAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {COUNTRY_NOTE}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}

function CountryChangesCard({ changes }: { changes: CountryChange[] }) {
  return (
    <Card title="Registered country changes">
      <Table<CountryChange>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={changes}
        scroll={{ x: 700 }}
        columns={[
          { title: 'Changed', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatDateTime(at) },
          { title: 'From', dataIndex: 'fromCountry', key: 'fromCountry', render: countryText },
          { title: 'To', dataIndex: 'toCountry', key: 'toCountry', render: countryText },
          { title: 'Reason', dataIndex: 'reason', key: 'reason' },
          { title: 'Changed by', dataIndex: 'changedBy', key: 'changedBy' },
        ]}
      />
    </Card>
  );
}

const DANGER_RED = '#c41d1d';

/** R-PA-7: deregistration, refused by the server once the account has joined a program. */
function DangerZoneCard({ inProgram }: { inProgram: boolean }) {
  const { message } = App.useApp();
  const [modal, modalHolder] = Modal.useModal();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<string | null>(null);

  const deregister = useMutation({
    mutationFn: async () => (await mutate(DeregisterPartnerAccountMutation, {})).deregisterPartnerAccount,
    onMutate: () => setRefusal(null),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setRefusal(errors.map((e) => e.message).join(' '));
        return;
      }
      // Every member's session has ended.
      void message.success('The partner account has been deregistered.');
      await navigate('/login', { replace: true });
      queryClient.clear();
    },
    onError: (error) => setRefusal(errorMessage(error)),
  });

  return (
    // A darker red than the default, so the danger buttons' text meets WCAG AA contrast.
    <ConfigProvider theme={{ token: { colorError: DANGER_RED } }}>
      {modalHolder}
      <Card title="Danger zone">
        <Flex justify="space-between" align="center" gap={16} wrap>
          <div>
            <Typography.Text strong>Deregister this partner account</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              All members are signed out and deactivated. An account that has joined a partner program cannot be deregistered
              {inProgram ? ' — yours has.' : '.'}
            </Typography.Paragraph>
          </div>
          <Button
            danger
            loading={deregister.isPending}
            onClick={() =>
              modal.confirm({
                title: 'Deregister the partner account?',
                content: 'Every member of your organization is signed out and can no longer sign in. This cannot be undone.',
                okText: 'Deregister',
                okButtonProps: { danger: true },
                onOk: () => deregister.mutateAsync().then(() => undefined),
              })
            }
          >
            Deregister account
          </Button>
        </Flex>
        {refusal ? <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" title={refusal} /> : null}
      </Card>
    </ConfigProvider>
  );
}

export function PartnerInformationPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'PARTNER_MANAGE');
  const info = useQuery({
    queryKey: [...myPartnerKey, 'information'],
    queryFn: async () => (await request(PartnerInformationQuery, {})).myPartner,
  });

  const partner = info.data;
  return (
    <>
      <PageTitle
        title="Partner Information"
        subtitle="Your organization's basic information and its business and payment information authentications."
      />
      {info.isError ? <ErrorAlert error={info.error} onRetry={() => void info.refetch()} /> : null}
      {info.isPending ? <Card loading /> : null}
      {partner ? (
        <Row gutter={[24, 24]}>
          <Col span={24}>
            <BasicInformationCard partner={partner} canManage={canManage} />
          </Col>
          <Col span={24}>
            <Alert
              type={partner.canReceiveIncentives ? 'success' : 'warning'}
              showIcon
              title={partner.canReceiveIncentives ? 'Your organization can receive incentives.' : 'Your organization cannot receive incentives yet.'}
              description="Incentives are paid only when both the business information and the payment information authentications are approved."
            />
          </Col>
          <Col xs={24} xxl={12}>
            <AuthenticationCard
              kind="BUSINESS"
              status={partner.businessAuthStatus}
              history={partner.authentications.filter((a) => a.kind === 'BUSINESS')}
              canManage={canManage}
            />
          </Col>
          <Col xs={24} xxl={12}>
            <AuthenticationCard
              kind="PAYMENT"
              status={partner.paymentAuthStatus}
              history={partner.authentications.filter((a) => a.kind === 'PAYMENT')}
              canManage={canManage}
            />
          </Col>
          {partner.countryChanges.length > 0 ? (
            <Col span={24}>
              <CountryChangesCard changes={partner.countryChanges} />
            </Col>
          ) : null}
          {canManage ? (
            <Col span={24}>
              <DangerZoneCard inProgram={partner.programs.length > 0} />
            </Col>
          ) : null}
        </Row>
      ) : null}
    </>
  );
}
