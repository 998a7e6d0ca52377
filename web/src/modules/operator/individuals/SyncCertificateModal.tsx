import { useLayoutEffect, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../../lib/graphql';
import { CertificateDateFields, isoDay } from '../../individual/CertificateDateFields';
import { SynchronizeCloudMigrationCertificateMutation } from './individuals.graphql';

interface SyncValues {
  track: string;
  number: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
}

const FIELDS = ['track', 'number', 'issuedOn', 'expiresOn'];

export interface SyncCertificateModalProps {
  /** The individual's login ID; the modal is open while it is set. */
  loginId?: string;
  onClose: () => void;
}

/** Records a Cloud Migration certificate from the training institute on an individual ID (R-DP-6). */
export function SyncCertificateModal({ loginId, onClose }: SyncCertificateModalProps) {
  const [form] = Form.useForm<SyncValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const { message } = App.useApp();

  useLayoutEffect(() => {
    if (!loginId) return;
    setFormErrors([]);
    form.resetFields();
  }, [loginId, form]);

  const sync = useMutation({
    mutationFn: async (v: SyncValues): Promise<readonly UserError[]> =>
      (
        await mutate(SynchronizeCloudMigrationCertificateMutation, {
          input: { loginId: loginId ?? '', track: v.track.trim(), number: v.number.trim(), issuedOn: isoDay(v.issuedOn), expiresOn: isoDay(v.expiresOn) },
        })
      ).synchronizeCloudMigrationCertificate.errors,
    onMutate: () => setFormErrors([]),
    onSuccess: (errors, v) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      void message.success(`Cloud Migration certificate ${v.number.trim().toUpperCase()} synchronised to ${loginId}.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!loginId}
      title="Synchronise Cloud Migration certificate"
      okText="Synchronise"
      onOk={() => form.submit()}
      confirmLoading={sync.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>
        Records the certificate the training institute issued to <Typography.Text strong>{loginId}</Typography.Text>. Individuals cannot
        upload Cloud Migration certificates themselves.
      </Typography.Paragraph>
      <Form<SyncValues>
        form={form}
        name="sync-certificate"
        layout="vertical"
        initialValues={{ track: 'Cloud Migration' }}
        onFinish={(v) => sync.mutate(v)}
        disabled={sync.isPending}
      >
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item
          label="Track"
          name="track"
          rules={[
            { required: true, whitespace: true, message: 'Enter the certification track.' },
            { min: 2, max: 120, message: 'Use 2 to 120 characters.' },
          ]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item
          label="Certificate number"
          name="number"
          rules={[
            { required: true, whitespace: true, message: 'Enter the certificate number.' },
            { pattern: /^\s*[A-Za-z0-9-]{4,60}\s*$/, message: 'Use 4 to 60 letters, digits or "-".' },
          ]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <CertificateDateFields />
      </Form>
    </Modal>
  );
}
