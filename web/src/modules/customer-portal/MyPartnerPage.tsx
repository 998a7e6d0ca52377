import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import type { MyCustomerPartnerQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../lib/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { RequestDisassociationMutation, WithdrawDisassociationRequestMutation } from './customerPortal.graphql';
import { MODEL_EXPLANATIONS, modelLabel, percent } from './portalUi';
import { customerKey, useMyCustomerPartner } from './queries';

type PartnerView = NonNullable<MyCustomerPartnerQuery['myCustomerPartner']>;

const BALANCE_TEXT: Record<string, string> = {
  NONE: 'You had no balance when you associated.',
  KEPT: 'You kept your balance (referral).',
  TRANSFERRED_TO_PARTNER: "Your balance was transferred to the partner's sub-account.",
  WITHDRAWN: 'You withdrew your balance.',
};

function RequestDisassociationModal({ partner, open, onClose }: { partner: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const send = useMutation({
    mutationFn: async (reason: string) => (await mutate(RequestDisassociationMutation, { input: { reason } })).requestDisassociation.errors,
    onMutate: () => setFormErrors([]),
    onSuccess: async (errors) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['reason']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: [customerKey] });
      void message.success(`Your disassociation request was sent to ${partner}.`);
      form.resetFields();
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      title="Request disassociation"
      open={open}
      onCancel={onClose}
      okText="Send request"
      okButtonProps={{ loading: send.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph>
        You ask {partner} to end the association. It ends once the partner completes the request; until then you can withdraw it.
      </Typography.Paragraph>
      {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => send.mutate(v.reason.trim())}>
        <Form.Item label="Reason" name="reason" rules={[{ required: true, whitespace: true, message: 'Tell the partner why.' }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Disassociation({ view }: { view: PartnerView }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const pending = view.pendingDisassociationRequest;

  const withdraw = useMutation({
    mutationFn: async () => (await mutate(WithdrawDisassociationRequestMutation, {})).withdrawDisassociationRequest.errors,
    onMutate: () => setErrors([]),
    onSuccess: async (result) => {
      setErrors(result);
      await queryClient.invalidateQueries({ queryKey: [customerKey] });
      if (result.length === 0) void message.success('Your disassociation request was withdrawn.');
    },
    onError: (error) => setErrors([{ code: 'REQUEST', message: errorMessage(error) }]),
  });

  if (!view.canRequestDisassociation && view.model === 'REFERRAL') {
    return (
      <Card title="Ending the association">
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          A referral association is ended by the cloud provider: contact its customer service (for example with a service ticket) if you want to
          leave {view.partner.name}.
        </Typography.Paragraph>
      </Card>
    );
  }

  return (
    <Card title="Ending the association">
      {errors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={errors.map((e) => e.message).join(' ')} /> : null}
      {pending ? (
        <section aria-label="Pending disassociation request">
          <Alert
            className="pc-form-alert"
            type="warning"
            showIcon
            title={`Disassociation requested on ${formatDateTime(pending.createdAt)}`}
            description={
              <>
                Your reason: “{pending.reason}”
                <br />
                {view.partner.name} completes the request; until then you can withdraw it.
              </>
            }
          />
          <Popconfirm title="Withdraw your disassociation request?" okText="Withdraw" onConfirm={() => withdraw.mutate()}>
            <Button loading={withdraw.isPending}>Withdraw</Button>
          </Popconfirm>
        </section>
      ) : (
        <>
          <Typography.Paragraph>
            As a reseller customer you can ask {view.partner.name} to end the association; it ends when the partner completes your request.
          </Typography.Paragraph>
          <Button onClick={() => setOpen(true)} disabled={!view.canRequestDisassociation}>
            Request disassociation
          </Button>
          <RequestDisassociationModal partner={view.partner.name} open={open} onClose={() => setOpen(false)} />
        </>
      )}
    </Card>
  );
}

/** My Partner (R-CU-7): the associated partner, the model and what it means; reseller customers can ask to leave (R-CU-8). */
export function MyPartnerPage() {
  const partner = useMyCustomerPartner();
  const view = partner.data;

  return (
    <>
      <PageTitle title="My partner" subtitle="The partner your cloud account is associated with." />
      {partner.isError ? <ErrorAlert error={partner.error} onRetry={() => void partner.refetch()} /> : null}
      {partner.isPending ? <Card loading /> : null}
      {partner.isSuccess && !view ? (
        <Card>
          <Empty
            description={
              <>
                You are not associated with a partner. Open an invitation link from a partner, or see{' '}
                <Link to="/customer/invitations">Invitations received</Link>.
              </>
            }
          />
        </Card>
      ) : null}
      {view ? (
        <div style={{ display: 'grid', gap: 24 }}>
          <Card title={view.partner.name}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="Partner">{view.partner.name}</Descriptions.Item>
              <Descriptions.Item label="Model">
                <div>
                  <Typography.Text strong>{modelLabel(view.model)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">{MODEL_EXPLANATIONS[view.model]}</Typography.Text>
                </div>
              </Descriptions.Item>
              <Descriptions.Item label="Associated since">{formatDate(view.since)}</Descriptions.Item>
              {view.model === 'REFERRAL' ? (
                <Descriptions.Item label="Discount">{view.discountRate ? `${percent(view.discountRate)} off list price` : 'None'}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label="Balance">{BALANCE_TEXT[view.balanceDisposition] ?? view.balanceDisposition}</Descriptions.Item>
              <Descriptions.Item label="Bills and cost centre">
                {view.canViewBills
                  ? 'You can view your bills and cost centre.'
                  : `${view.partner.name} has turned off viewing bills and cost centre for its reseller customers; your orders at list price stay visible.`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Disassociation view={view} />
        </div>
      ) : null}
    </>
  );
}
