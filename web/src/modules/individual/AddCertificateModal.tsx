import { useLayoutEffect, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { CertificateLevel } from '../../gql/graphql';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../lib/graphql';
import { certificateLevelLabel } from '../../lib/labels';
import { CertificateDateFields, isoDay } from './CertificateDateFields';
import { UploadCertificateMutation } from './individual.graphql';
import { individualKey } from './queries';
import { PROOF_ACCEPT, proofFileProblem, uploadCertificateProof, type UploadedFile } from './proofUpload';

/** Shown under the level picker: why Cloud Migration is not offered (R-DP-6). */
export const CLOUD_MIGRATION_NOTE =
  'Cloud Migration certificates are synchronised automatically from the training institute once you are certified, so they are not uploaded here.';

/** The levels an individual may upload, grouped by family (R-DP-6, R-DP-9); Cloud Migration is left out on purpose. */
const LEVEL_GROUPS: { label: string; levels: CertificateLevel[] }[] = [
  { label: 'HCIX — Huawei Certified ICT', levels: ['HCIA', 'HCIP', 'HCIE'] },
  { label: 'HCCDX — Huawei Certified Cloud Developer', levels: ['HCCDA', 'HCCDP', 'HCCDE'] },
  { label: 'Other', levels: ['PROJECT_MANAGEMENT'] },
];
const levelOptions = LEVEL_GROUPS.map((group) => ({
  label: group.label,
  title: group.label,
  options: group.levels.map((level) => ({ value: level, label: certificateLevelLabel(level) })),
}));

interface CertificateValues {
  level: CertificateLevel;
  track: string;
  number: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
  proof: UploadFile<UploadedFile>[];
}

const FIELDS = ['level', 'track', 'number', 'issuedOn', 'expiresOn', 'proof'];

export interface AddCertificateModalProps {
  open: boolean;
  onClose: () => void;
}

/** "Add certificate": details, dates and a proof file uploaded first (POST /api/uploads), then uploadCertificate. */
export function AddCertificateModal({ open, onClose }: AddCertificateModalProps) {
  const [form] = Form.useForm<CertificateValues>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const upload = useMutation({ mutationFn: (file: File) => uploadCertificateProof(file) });

  const save = useMutation({
    mutationFn: async (v: CertificateValues): Promise<readonly UserError[]> => {
      const proofUploadId = v.proof[0]?.response?.id ?? '';
      const { uploadCertificate } = await mutate(UploadCertificateMutation, {
        input: {
          level: v.level,
          track: v.track.trim(),
          number: v.number.trim(),
          issuedOn: isoDay(v.issuedOn),
          expiresOn: isoDay(v.expiresOn),
          proofUploadId,
        },
      });
      return uploadCertificate.errors;
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async (errors, v) => {
      if (errors.length > 0) {
        // The server names the proof `proofUploadId`; in the form it is the `proof` upload.
        const mapped = errors.map((e) => (e.field?.endsWith('proofUploadId') ? { ...e, field: 'proof' } : e));
        setFormErrors(applyUserErrors(form, mapped, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: [individualKey, 'certificates'] });
      void message.success(`${certificateLevelLabel(v.level)} certificate ${v.number.trim().toUpperCase()} added.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Add certificate"
      okText="Add certificate"
      onOk={() => form.submit()}
      okButtonProps={{ disabled: upload.isPending }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form<CertificateValues> form={form} name="certificate" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="Level" name="level" rules={[{ required: true, message: 'Choose the certificate level.' }]} extra={CLOUD_MIGRATION_NOTE}>
          <Select placeholder="Choose a level" options={levelOptions} virtual={false} />
        </Form.Item>
        <Form.Item
          label="Track"
          name="track"
          rules={[
            { required: true, whitespace: true, message: 'Enter the certification track.' },
            { min: 2, max: 120, message: 'Use 2 to 120 characters.' },
          ]}
        >
          <Input placeholder="e.g. Cloud Service" maxLength={120} />
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
        <Form.Item
          label="Proof"
          name="proof"
          required
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
          extra="A scan or PDF of the certificate: PDF, PNG or JPEG, up to 5 MB."
          rules={[
            {
              validator: (_, list?: UploadFile<UploadedFile>[]) => {
                const file = list?.[0];
                if (!file) return Promise.reject(new Error('Upload the proof of the certificate.'));
                if (file.status === 'uploading') return Promise.reject(new Error('Wait until the proof is uploaded.'));
                if (file.status !== 'done' || !file.response?.id) return Promise.reject(new Error('Upload the proof again.'));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Upload<UploadedFile>
            accept={PROOF_ACCEPT}
            maxCount={1}
            beforeUpload={(file) => {
              const problem = proofFileProblem(file);
              if (problem) {
                form.setFields([{ name: 'proof', errors: [problem] }]);
                return Upload.LIST_IGNORE;
              }
              form.setFields([{ name: 'proof', errors: [] }]);
              return true;
            }}
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              // fetch reports no upload progress: the item shows "uploading" until the server answers.
              upload.mutateAsync(file as File).then(
                (uploaded) => {
                  onProgress?.({ percent: 100 });
                  onSuccess?.(uploaded);
                  void form.validateFields(['proof']);
                },
                (error: unknown) => {
                  const text = errorMessage(error);
                  onError?.(new Error(text));
                  form.setFields([{ name: 'proof', errors: [text] }]);
                },
              );
            }}
          >
            <Button icon={<UploadOutlined />}>Choose file</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
