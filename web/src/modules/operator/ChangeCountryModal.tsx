import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { ChangePartnerCountryMutation } from './operator.graphql';
import { countryLabel, CountrySelect } from './partnerUi';

interface CountryValues {
  country: string;
  reason: string;
}

export interface ChangeCountryModalProps {
  open: boolean;
  partner: { id: string; name: string; country: string };
  onClose: () => void;
}

const FIELDS = ['country', 'reason'];

/** R-PA-1: only an operator changes a partner's registered country, and the reason is kept with the change. */
export function ChangeCountryModal({ open, partner, onClose }: ChangeCountryModalProps) {
  const [form] = Form.useForm<CountryValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const change = useMutation({
    mutationFn: async (v: CountryValues) =>
      (await mutate(ChangePartnerCountryMutation, { input: { partnerId: partner.id, country: v.country, reason: v.reason.trim() } }))
        .changePartnerCountry,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }, v) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartner', partner.id] });
      await queryClient.invalidateQueries({ queryKey: ['operatorPartners'] });
      void message.success(`Country changed to ${countryLabel(v.country)}.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`Change the country of “${partner.name}”`}
      okText="Change country"
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CountryValues> form={form} name="change-country" layout="vertical" onFinish={(v) => change.mutate(v)} disabled={change.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Typography.Paragraph type="secondary">
          Registered now in {countryLabel(partner.country)}. The registered country must be the country of the partner&apos;s legal
          entity.
        </Typography.Paragraph>
        <Form.Item
          label="New country"
          name="country"
          rules={[
            { required: true, message: 'Choose the new country.' },
            {
              validator: async (_, value?: string) => {
                if (value === partner.country) throw new Error('Choose a different country.');
              },
            },
          ]}
        >
          <CountrySelect />
        </Form.Item>
        <Form.Item
          label="Reason"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: 'Give the reason for the change.' },
            {
              validator: async (_, value?: string) => {
                if (value?.trim() && value.trim().length < 5) throw new Error('Use at least 5 characters.');
              },
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
