import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { isMoneyInput } from '@pc/shared';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate } from '../../../lib/graphql';
import { UpdateCustomerProfileMutation } from './customers.graphql';

export interface EditableProfile {
  id: string;
  companyName: string;
  inArrears: boolean;
  specialContract: boolean;
  internalAccount: boolean;
  reservedInstancesUntil?: string | null;
  accountBalance: string;
  hasTopUpRewards: boolean;
  outstandingInvoicesRmb: string;
}

interface ProfileValues {
  inArrears: boolean;
  specialContract: boolean;
  internalAccount: boolean;
  reservedInstancesUntil: Dayjs | null;
  accountBalance: string;
  hasTopUpRewards: boolean;
  outstandingInvoicesRmb: string;
}

const FIELDS = ['inArrears', 'specialContract', 'internalAccount', 'reservedInstancesUntil', 'accountBalance', 'hasTopUpRewards', 'outstandingInvoicesRmb'];

/** "1250.50000000" → "1250.5": the exact value, without the padding zeros. */
const trimZeros = (value: string): string => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

/** A decimal amount typed as text (never a JS number: the exact digits go to the server); never negative. */
function amountRules(label: string) {
  return [
    { required: true, whitespace: true, message: `Enter the ${label}.` },
    {
      validator: async (_: unknown, value?: string) => {
        const text = value?.trim() ?? '';
        if (!text) return;
        if (!isMoneyInput(text)) throw new Error('Enter a number with at most 12 digits before and 8 after the decimal point.');
        if (text.startsWith('-')) throw new Error('This amount cannot be negative.');
      },
    },
  ];
}

export interface CustomerProfileModalProps {
  open: boolean;
  customer: EditableProfile;
  onClose: () => void;
}

/** The attributes the cloud's other systems own (R-CU-2 flags, reserved instances, balance figures), set by an operator. */
export function CustomerProfileModal({ open, customer, onClose }: CustomerProfileModalProps) {
  const [form] = Form.useForm<ProfileValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({
      inArrears: customer.inArrears,
      specialContract: customer.specialContract,
      internalAccount: customer.internalAccount,
      reservedInstancesUntil: customer.reservedInstancesUntil ? dayjs(customer.reservedInstancesUntil, 'YYYY-MM-DD') : null,
      accountBalance: trimZeros(customer.accountBalance),
      hasTopUpRewards: customer.hasTopUpRewards,
      outstandingInvoicesRmb: trimZeros(customer.outstandingInvoicesRmb),
    });
  }, [open, customer, form]);

  const save = useMutation({
    mutationFn: async (v: ProfileValues) =>
      (
        await mutate(UpdateCustomerProfileMutation, {
          input: {
            customerId: customer.id,
            inArrears: v.inArrears,
            specialContract: v.specialContract,
            internalAccount: v.internalAccount,
            reservedInstancesUntil: v.reservedInstancesUntil ? v.reservedInstancesUntil.format('YYYY-MM-DD') : null,
            accountBalance: v.accountBalance.trim(),
            hasTopUpRewards: v.hasTopUpRewards,
            outstandingInvoicesRmb: v.outstandingInvoicesRmb.trim(),
          },
        })
      ).updateCustomerProfile,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['operatorCustomer', customer.id] }),
        queryClient.invalidateQueries({ queryKey: ['operatorCustomers'] }),
      ]);
      void message.success('Customer profile saved.');
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`Edit the profile of “${customer.companyName}”`}
      okText="Save"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<ProfileValues> form={form} name="customer-profile" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="In arrears" name="inArrears" valuePropName="checked" extra="Blocks association (R-CU-2).">
          <Switch />
        </Form.Item>
        <Form.Item
          label="Special contract"
          name="specialContract"
          valuePropName="checked"
          extra="Offline directly-signed, telemarketing with discounts or a special offer; blocks association."
        >
          <Switch />
        </Form.Item>
        <Form.Item label="Internal account" name="internalAccount" valuePropName="checked" extra="The cloud provider's own account; blocks association.">
          <Switch />
        </Form.Item>
        <Form.Item
          label="Reserved instances until"
          name="reservedInstancesUntil"
          extra="Expiry date (Beijing time) of the latest reserved instance; blocks association while after today. Empty: none."
        >
          <DatePicker allowClear format="YYYY-MM-DD" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="Account balance (USD)" name="accountBalance" rules={amountRules('account balance')}>
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item label="Balance includes top-up rewards" name="hasTopUpRewards" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item label="Outstanding invoices (RMB)" name="outstandingInvoicesRmb" rules={amountRules('outstanding invoices')}>
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
