import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate } from '../../lib/graphql';
import { AssignMemberRoleMutation } from './organization.graphql';
import { assignableRoleOptions, useRoleOptions } from './MemberFormModal';

export interface MemberRoleModalProps {
  /** The member whose role changes; absent = closed. */
  member?: { id: string; displayName: string; roleId?: string | null };
  onClose: () => void;
}

/** Gives a member another role; it applies from the member's next request. */
export function MemberRoleModal({ member, onClose }: MemberRoleModalProps) {
  const [form] = Form.useForm<{ roleId?: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const roles = useRoleOptions();
  const [formErrors, setFormErrors] = useState<string[]>([]);

  useLayoutEffect(() => {
    if (!member) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue({ roleId: member.roleId ?? undefined });
  }, [member, form]);

  const assign = useMutation({
    mutationFn: async (roleId: string) => (await mutate(AssignMemberRoleMutation, { input: { id: member?.id ?? '', roleId } })).assignMemberRole,
    onMutate: () => setFormErrors([]),
    onSuccess: async (payload) => {
      if (payload.errors.length > 0) {
        setFormErrors(applyUserErrors(form, payload.errors, ['roleId']));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['members'] });
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      void message.success(`${payload.member?.displayName} now has the role “${payload.member?.role?.name}”.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={!!member}
      title={`Change the role of “${member?.displayName}”`}
      okText="Change role"
      onOk={() => form.submit()}
      confirmLoading={assign.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="member-role" layout="vertical" onFinish={(v) => v.roleId && assign.mutate(v.roleId)} disabled={assign.isPending}>
        {formErrors.length > 0 ? <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} /> : null}
        <Typography.Paragraph type="secondary">The new role applies from the member’s next action; no sign-out is needed.</Typography.Paragraph>
        <Form.Item label="Role" name="roleId" rules={[{ required: true, message: 'Choose a role.' }]}>
          <Select
            placeholder="Choose a role"
            options={assignableRoleOptions(roles.data)}
            loading={roles.isPending}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
