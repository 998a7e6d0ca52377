import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { isMoneyInput } from '@pc/shared';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { SetPartnerAccountFiguresMutation } from './operator.graphql';

interface FiguresValues {
  amountDue: string;
  accountBalance: string;
  consumptionQuota: string;
}

export interface AccountFiguresModalProps {
  open: boolean;
  partner: { id: string; name: string } & FiguresValues;
  onClose: () => void;
}

const FIELDS = ['amountDue', 'accountBalance', 'consumptionQuota'];

/** "1250.50000000" → "1250.5": the exact value, without the padding zeros. */
const trimZeros = (value: string): string => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

/** A decimal amount typed as text (never a JS number: the exact digits go to the server). */
function amountRules(label: string, allowNegative: boolean) {
  return [
    { required: true, whitespace: true, message: `Enter the ${label}.` },
    {
      validator: async (_: unknown, value?: string) => {
        const text = value?.trim() ?? '';
        if (!text) return;
        if (!isMoneyInput(text)) throw new Error('Enter a number with at most 12 digits before and 8 after the decimal point.');
        if (!allowNegative && text.startsWith('-')) throw new Error('This amount cannot be negative.');
      },
    },
  ];
}

/** R-PA-8: the operator sets the amounts the partner's account view shows, exactly. */
export function AccountFiguresModal({ open, partner, onClose }: AccountFiguresModalProps) {
  const [form] = Form.useForm<FiguresValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({
      amountDue: trimZeros(partner.amountDue),
      accountBalance: trimZeros(partner.accountBalance),
      consumptionQuota: trimZeros(partner.consumptionQuota),
    });
  }, [open, partner, form]);

  const save = useMutation({
    mutationFn: async (v: FiguresValues) =>
      (
        await mutate(SetPartnerAccountFiguresMutation, {
          input: {
            partnerId: partner.id,
            amountDue: v.amountDue.trim(),
            accountBalance: v.accountBalance.trim(),
            consumptionQuota: v.consumptionQuota.trim(),
          },
        })
      ).setPartnerAccountFigures,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartner', partner.id] });
      void message.success('Account figures saved.');
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`Account figures of “${partner.name}”`}
      okText="Save"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FiguresValues> form={form} name="account-figures" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="Amount due (USD)" name="amountDue" rules={amountRules('amount due', false)}>
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Account balance (USD)"
          name="accountBalance"
          extra="May be negative."
          rules={amountRules('account balance', true)}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Consumption quota (USD)"
          name="consumptionQuota"
          extra="The credit granted by tier."
          rules={amountRules('consumption quota', false)}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
