import { useLayoutEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { certificateLevelLabel } from '../../lib/labels';
import { PersonnelOptionsQuery, TransferCertificateMutation } from './personnel.graphql';
import { personnelKeys, type CertificateLike } from './personnelUi';

export interface TransferableCertificate extends CertificateLike {
  holder: { id: string; loginId: string };
}

const FIELDS = ['toPersonnelId'];

/** R-DP-7: unbind a certificate from its member and bind it to another current member. */
export function TransferCertificateModal({ certificate, onClose }: { certificate?: TransferableCertificate; onClose: () => void }) {
  const [form] = Form.useForm<{ toPersonnelId: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  const members = useQuery({
    queryKey: [...personnelKeys.personnel, 'options'],
    queryFn: async () => (await request(PersonnelOptionsQuery, {})).personnel.edges.map((e) => e.node),
    enabled: !!certificate,
  });

  useLayoutEffect(() => {
    if (!certificate) return;
    setFormErrors([]);
    form.resetFields();
  }, [certificate, form]);

  const transfer = useMutation({
    mutationFn: async (toPersonnelId: string) =>
      (await mutate(TransferCertificateMutation, { input: { certificateId: certificate!.id, toPersonnelId } })).transferCertificate,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, certificate: moved }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await Promise.all(
        [personnelKeys.personnel, personnelKeys.certificates, personnelKeys.history].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      onClose();
      void message.success(`Certificate ${certificate?.number} now belongs to ${moved?.holder.loginId}.`);
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  const options = (members.data ?? [])
    .filter((m) => m.individual.id !== certificate?.holder.id)
    .map((m) => ({ value: m.id, label: `${m.individual.loginId} (${m.individual.displayName})` }));

  return (
    <Modal
      open={!!certificate}
      title="Transfer certificate"
      okText="Transfer"
      onOk={() => form.submit()}
      confirmLoading={transfer.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      {certificate ? (
        <Typography.Paragraph>
          {certificateLevelLabel(certificate.level)} {certificate.track}, No. {certificate.number}, is bound to{' '}
          <Typography.Text strong>{certificate.holder.loginId}</Typography.Text>. It moves to the member you choose; the move is kept in the
          certificate&apos;s history.
        </Typography.Paragraph>
      ) : null}
      <Form form={form} name="transfer" layout="vertical" onFinish={(v) => transfer.mutate(v.toPersonnelId)} disabled={transfer.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        {members.isError ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={errorMessage(members.error)} /> : null}
        <Form.Item label="Transfer to" name="toPersonnelId" rules={[{ required: true, message: 'Choose the member who receives the certificate.' }]}>
          <Select
            placeholder="Choose a member"
            loading={members.isPending}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            notFoundContent="No other current member"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
