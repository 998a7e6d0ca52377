import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate } from '../../../lib/graphql';
import { CountrySelect } from '../partnerUi';
import { RegisterCustomerMutation } from './customers.graphql';

interface RegisterValues {
  companyName: string;
  country: string;
  displayName?: string;
  email: string;
}

export interface RegisteredCustomer {
  customerId: string;
  companyName: string;
  recipient: string;
  setPasswordLink: string;
}

export interface RegisterCustomerModalProps {
  open: boolean;
  onClose: () => void;
  onRegistered: (result: RegisteredCustomer) => void;
}

const FIELDS = ['companyName', 'country', 'displayName', 'email'];

/** Registers a cloud customer account; its set-password link is shown once afterwards. */
export function RegisterCustomerModal({ open, onClose, onRegistered }: RegisterCustomerModalProps) {
  const [form] = Form.useForm<RegisterValues>();
  const queryClient = useQueryClient();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const register = useMutation({
    mutationFn: async (v: RegisterValues) =>
      (
        await mutate(RegisterCustomerMutation, {
          input: {
            companyName: v.companyName.trim(),
            country: v.country,
            displayName: v.displayName?.trim() || null,
            email: v.email.trim(),
          },
        })
      ).registerCustomer,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ registration, errors }, v) => {
      if (errors.length > 0 || !registration) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorCustomers'] });
      const name = v.displayName?.trim() || registration.customer.companyName;
      onRegistered({
        customerId: registration.customer.id,
        companyName: registration.customer.companyName,
        recipient: `${name} (${registration.customer.email})`,
        setPasswordLink: registration.setPasswordLink,
      });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Register customer"
      okText="Register"
      onOk={() => form.submit()}
      confirmLoading={register.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<RegisterValues>
        form={form}
        name="register-customer"
        layout="vertical"
        onFinish={(v) => register.mutate(v)}
        disabled={register.isPending}
      >
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="Company name" name="companyName" rules={[{ required: true, whitespace: true, message: 'Enter the company name.' }]}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item label="Country" name="country" rules={[{ required: true, message: 'Choose the country.' }]}>
          <CountrySelect />
        </Form.Item>
        <Form.Item label="Contact name" name="displayName" extra="Optional; the company name by default.">
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="E-mail"
          name="email"
          rules={[
            { required: true, whitespace: true, message: 'Enter the e-mail address.' },
            { type: 'email', message: 'Enter a valid e-mail address.' },
          ]}
        >
          <Input type="email" maxLength={254} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
