import { useLayoutEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate, request } from '../../../lib/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fractionToPercent, PERCENT_INPUT, percentToFraction } from '../../partner/taxRate';
import { PartnerDiscountRangeQuery, SetReferralDiscountRangeMutation } from './customers.graphql';

interface RangeValues {
  min?: string;
  max?: string;
}

const percentRules = (label: string) => [
  {
    validator: async (_: unknown, value?: string) => {
      const text = value?.trim() ?? '';
      if (text && !PERCENT_INPUT.test(text)) throw new Error(`Enter the ${label} as a percentage from 0 to below 100, at most 6 decimals.`);
    },
  },
];

/** Compares two percentages typed as text, exactly (through their fractions' digits). */
function percentGreater(a: string, b: string): boolean {
  const scale = (s: string) => {
    const [i, f = ''] = percentToFraction(s).split('.');
    return { i: BigInt(i), f: f.padEnd(10, '0') };
  };
  const x = scale(a);
  const y = scale(b);
  return x.i !== y.i ? x.i > y.i : x.f > y.f;
}

interface ModalProps {
  open: boolean;
  partner: { id: string; name: string; referralDiscountMin?: string | null; referralDiscountMax?: string | null };
  onClose: () => void;
}

function DiscountRangeModal({ open, partner, onClose }: ModalProps) {
  const [form] = Form.useForm<RangeValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({
      min: partner.referralDiscountMin ? fractionToPercent(partner.referralDiscountMin) : '',
      max: partner.referralDiscountMax ? fractionToPercent(partner.referralDiscountMax) : '',
    });
  }, [open, partner, form]);

  const save = useMutation({
    mutationFn: async (v: RangeValues) => {
      const min = v.min?.trim() ? percentToFraction(v.min) : null;
      const max = v.max?.trim() ? percentToFraction(v.max) : null;
      return (await mutate(SetReferralDiscountRangeMutation, { input: { partnerId: partner.id, min, max } })).setReferralDiscountRange;
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['min', 'max']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartnerDiscountRange', partner.id] });
      void message.success('Referral discount range saved.');
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`Referral discount range of “${partner.name}”`}
      okText="Save"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        The partner may give its referral customers a discount within this range (R-CU-4). Leave both empty to withdraw the authorisation.
      </Typography.Paragraph>
      <Form<RangeValues> form={form} name="discount-range" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item
          label="Minimum discount (%)"
          name="min"
          dependencies={['max']}
          rules={[
            ...percentRules('minimum'),
            ({ getFieldValue }) => ({
              validator: async (_: unknown, value?: string) => {
                const max = (getFieldValue('max') as string | undefined)?.trim() ?? '';
                const min = value?.trim() ?? '';
                if (!min && max) throw new Error('Enter both ends of the range, or neither.');
              },
            }),
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" suffix="%" />
        </Form.Item>
        <Form.Item
          label="Maximum discount (%)"
          name="max"
          dependencies={['min']}
          rules={[
            ...percentRules('maximum'),
            ({ getFieldValue }) => ({
              validator: async (_: unknown, value?: string) => {
                const min = (getFieldValue('min') as string | undefined)?.trim() ?? '';
                const max = value?.trim() ?? '';
                if (min && !max) throw new Error('Enter both ends of the range, or neither.');
                if (min && max && PERCENT_INPUT.test(min) && PERCENT_INPUT.test(max) && percentGreater(min, max)) {
                  throw new Error('The maximum cannot be below the minimum.');
                }
              },
            }),
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" suffix="%" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Operator › Partners › one partner: the referral customer discount range the operator authorises (R-CU-4). */
export function DiscountRangeCard({ partnerId }: { partnerId: string }) {
  const [editing, setEditing] = useState(false);
  const range = useQuery({
    queryKey: ['operatorPartnerDiscountRange', partnerId],
    queryFn: async () => (await request(PartnerDiscountRangeQuery, { id: partnerId })).partner,
  });
  const p = range.data;
  return (
    <Card
      title="Referral discount range"
      loading={range.isPending}
      extra={
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} disabled={!p} aria-label="Edit referral discount range">
          Edit
        </Button>
      }
    >
      {range.isError ? <ErrorAlert error={range.error} onRetry={() => void range.refetch()} /> : null}
      {p ? (
        <>
          <Typography.Paragraph data-testid="referral-discount-range">
            {p.referralDiscountMin != null && p.referralDiscountMax != null ? (
              <Space size={4}>
                <Typography.Text strong>
                  {fractionToPercent(p.referralDiscountMin)} % – {fractionToPercent(p.referralDiscountMax)} %
                </Typography.Text>
                <span>off list price for referral customers.</span>
              </Space>
            ) : (
              <Typography.Text type="secondary">Not authorised: the partner cannot give referral customers a discount.</Typography.Text>
            )}
          </Typography.Paragraph>
          <DiscountRangeModal open={editing} partner={p} onClose={() => setEditing(false)} />
        </>
      ) : null}
    </Card>
  );
}
