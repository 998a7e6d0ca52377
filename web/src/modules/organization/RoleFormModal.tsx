import { useLayoutEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { Permission } from '../../gql/graphql';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, request, type UserError } from '../../lib/graphql';
import { permissionOptions } from '../../lib/labels';
import { CreateRoleMutation, GrantablePermissionsQuery, UpdateRoleMutation } from './organization.graphql';

export interface EditableRole {
  id: string;
  name: string;
  description?: string | null;
  permissions: Permission[];
}

interface RoleValues {
  name: string;
  description?: string;
  permissions: Permission[];
}

export interface RoleFormModalProps {
  open: boolean;
  /** The role to edit; absent = create a new role. */
  role?: EditableRole;
  onClose: () => void;
}

const FIELDS = ['name', 'description', 'permissions'];

export function RoleFormModal({ open, role, onClose }: RoleFormModalProps) {
  const [form] = Form.useForm<RoleValues>();
  // The server says what may be granted: permissions the user holds, minus the administrator-only ones
  // (Members: manage, Roles: manage) that no custom role may contain.
  const grantable = useQuery({
    queryKey: ['grantable-permissions'],
    queryFn: async () => (await request(GrantablePermissionsQuery, {})).grantablePermissions,
    staleTime: 5 * 60_000,
  });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const editing = !!role;

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    form.setFieldsValue(
      role
        ? { name: role.name, description: role.description ?? '', permissions: role.permissions }
        : { name: '', description: '', permissions: [] },
    );
  }, [open, role, form]);

  const save = useMutation({
    mutationFn: async (v: RoleValues): Promise<{ errors: readonly UserError[]; name?: string }> => {
      const description = v.description?.trim() ? v.description.trim() : null;
      if (role) {
        const { updateRole } = await mutate(UpdateRoleMutation, {
          input: { id: role.id, name: v.name.trim(), description, permissions: v.permissions },
        });
        return { errors: updateRole.errors, name: updateRole.role?.name };
      }
      const { createRole } = await mutate(CreateRoleMutation, {
        input: { name: v.name.trim(), description, permissions: v.permissions },
      });
      return { errors: createRole.errors, name: createRole.role?.name };
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async ({ errors, name }) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      void message.success(editing ? `Role “${name}” saved.` : `Role “${name}” created.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={editing ? `Edit role “${role?.name}”` : 'New role'}
      okText={editing ? 'Save' : 'Create role'}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<RoleValues> form={form} name="role" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item
          label="Name"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Enter a name for the role.' },
            { max: 100, message: 'Use at most 100 characters.' },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="Description" name="description" rules={[{ max: 500, message: 'Use at most 500 characters.' }]}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Form.Item label="Permissions" name="permissions">
          <Select
            mode="multiple"
            allowClear
            placeholder="Choose permissions"
            options={grantable.data ? permissionOptions(grantable.data) : []}
            loading={grantable.isPending}
            optionFilterProp="label"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
