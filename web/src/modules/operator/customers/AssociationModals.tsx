import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import type { AssociationModel } from '../../../gql/graphql';
import { applyUserErrors } from '../../../lib/forms';
import { errorMessage, mutate } from '../../../lib/graphql';
import { associationModelLabel, associationModelOptions } from './customerUi';
import { ChangeAssociationModelMutation, EndReferralAssociationMutation } from './customers.graphql';

export interface OpenAssociation {
  id: string;
  model: AssociationModel;
  partner: { name: string };
}

interface ModalProps {
  open: boolean;
  customerId: string;
  companyName: string;
  association: OpenAssociation;
  onClose: () => void;
}

const reasonRules = [
  { required: true, whitespace: true, message: 'Give the reason.' },
  { validator: async (_: unknown, v?: string) => { if (v?.trim() && v.trim().length < 5) throw new Error('Use at least 5 characters.'); } },
];

function useRefresh(customerId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['operatorCustomer', customerId] }),
      queryClient.invalidateQueries({ queryKey: ['operatorCustomers'] }),
    ]);
}

interface ChangeValues {
  model: AssociationModel;
  reason: string;
  confirmed: boolean;
}

/** R-CU-3: the model is permanent once associated; an operator changes it only after a ticket, with the reason kept. */
export function ChangeModelModal({ open, customerId, companyName, association, onClose }: ModalProps) {
  const [form] = Form.useForm<ChangeValues>();
  const { message } = App.useApp();
  const refresh = useRefresh(customerId);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const other: AssociationModel = association.model === 'REFERRAL' ? 'RESELLER' : 'REFERRAL';

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({ model: other, reason: '', confirmed: false });
  }, [open, form, other]);

  const change = useMutation({
    mutationFn: async (v: ChangeValues) =>
      (await mutate(ChangeAssociationModelMutation, { input: { associationId: association.id, model: v.model, reason: v.reason.trim() } }))
        .changeAssociationModel,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }, v) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['model', 'reason']));
        return;
      }
      await refresh();
      void message.success(`The association is ${associationModelLabel(v.model)} now.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`Change the association model of “${companyName}”`}
      okText="Change model"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`The model is permanent once associated (now ${associationModelLabel(association.model)} with ${association.partner.name}). Change it only after a service ticket; the customer and the partner are notified.`}
      />
      <Form<ChangeValues> form={form} name="change-model" layout="vertical" onFinish={(v) => change.mutate(v)} disabled={change.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="New model" name="model" rules={[{ required: true, message: 'Choose the model.' }]}>
          <Select<AssociationModel> options={associationModelOptions.filter((o) => o.value !== association.model)} />
        </Form.Item>
        <Form.Item label="Reason" name="reason" extra="E.g. the service ticket; kept in the history." rules={reasonRules}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="confirmed"
          valuePropName="checked"
          rules={[{ validator: async (_, v?: boolean) => { if (!v) throw new Error('Confirm the exception.'); } }]}
        >
          <Checkbox>I understand the model is normally permanent and this change is an exception.</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EndValues {
  reason: string;
}

/** R-CU-8: a referral association ends only by operator action. */
export function EndAssociationModal({ open, customerId, companyName, association, onClose }: ModalProps) {
  const [form] = Form.useForm<EndValues>();
  const { message } = App.useApp();
  const refresh = useRefresh(customerId);
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
  }, [open, form]);

  const end = useMutation({
    mutationFn: async (v: EndValues) =>
      (await mutate(EndReferralAssociationMutation, { input: { associationId: association.id, reason: v.reason.trim() } })).endReferralAssociation,
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, ['reason']));
        return;
      }
      await refresh();
      void message.success('The association has ended.');
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={`End the association of “${companyName}”`}
      okText="End association"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={end.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`The referral association with ${association.partner.name} ends now; the customer and the partner are notified.`}
      />
      <Form<EndValues> form={form} name="end-association" layout="vertical" onFinish={(v) => end.mutate(v)} disabled={end.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="Reason" name="reason" extra="Kept in the history." rules={reasonRules}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
