import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { RegisterPartnerMutation } from './operator.graphql';
import { companyNameProblem } from '../partner/partnerUi';
import { CountrySelect } from './partnerUi';

interface RegisterValues {
  name: string;
  country: string;
  administratorName: string;
  administratorEmail: string;
}

export interface Registered {
  partnerId: string;
  partnerName: string;
  administrator: string;
  setPasswordLink: string;
}

export interface RegisterPartnerModalProps {
  open: boolean;
  onClose: () => void;
  onRegistered: (result: Registered) => void;
}

const FIELDS = ['name', 'country', 'administratorName', 'administratorEmail'];

/** Registers a partner (R-PA-1: the legal entity's country, R-PA-2: Chinese or English name) and its first administrator. */
export function RegisterPartnerModal({ open, onClose, onRegistered }: RegisterPartnerModalProps) {
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
        await mutate(RegisterPartnerMutation, {
          input: {
            name: v.name.trim(),
            country: v.country,
            administratorName: v.administratorName.trim(),
            administratorEmail: v.administratorEmail.trim(),
          },
        })
      ).registerPartner,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ registration, errors }, v) => {
      if (errors.length > 0 || !registration) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartners'] });
      onRegistered({
        partnerId: registration.partner.id,
        partnerName: registration.partner.name,
        administrator: `${v.administratorName.trim()} (${v.administratorEmail.trim()})`,
        setPasswordLink: registration.setPasswordLink,
      });
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title="Register partner"
      okText="Register"
      onOk={() => form.submit()}
      confirmLoading={register.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<RegisterValues>
        form={form}
        name="register-partner"
        layout="vertical"
        onFinish={(v) => register.mutate(v)}
        disabled={register.isPending}
      >
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item
          label="Company name"
          name="name"
          extra="Chinese or English only, as on the business registration."
          rules={[
            { required: true, whitespace: true, message: 'Enter the company name.' },
            {
              validator: async (_, value?: string) => {
                const problem = value?.trim() ? companyNameProblem(value) : undefined;
                if (problem) throw new Error(problem);
              },
            },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="Country"
          name="country"
          extra="The country of the partner's legal entity."
          rules={[{ required: true, message: 'Choose the country.' }]}
        >
          <CountrySelect />
        </Form.Item>
        <Form.Item
          label="Administrator name"
          name="administratorName"
          rules={[{ required: true, whitespace: true, message: "Enter the administrator's name." }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="Administrator e-mail"
          name="administratorEmail"
          rules={[
            { required: true, whitespace: true, message: "Enter the administrator's e-mail address." },
            { type: 'email', message: 'Enter a valid e-mail address.' },
          ]}
        >
          <Input type="email" maxLength={254} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
