import { useLayoutEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import type { CspTier, DevelopmentPhase, DevelopmentStatus, Program } from '../../gql/graphql';
import { applyUserErrors } from '../../lib/forms';
import { errorMessage, mutate, type UserError } from '../../lib/graphql';
import { developmentStatusOptions, phaseOptions, programLabel, programOptions, tierOptions } from '../../lib/labels';
import { EnrolPartnerMutation, UpdatePartnerProgramMutation } from './operator.graphql';
import { isDevelopmentPath } from './partnerUi';

/** A program the partner has joined, as the detail page has it. */
export interface EditableProgram {
  id: string;
  program: Program;
  tier?: CspTier | null;
  phase?: DevelopmentPhase | null;
  developmentStatus?: DevelopmentStatus | null;
}

interface ProgramValues {
  program: Program;
  tier?: CspTier;
  phase?: DevelopmentPhase;
  developmentStatus?: DevelopmentStatus;
}

export interface ProgramModalProps {
  open: boolean;
  partnerId: string;
  /** The enrolment to edit; absent = enrol in a new program. */
  enrolment?: EditableProgram;
  /** Programs already joined (not offered again). */
  joined: readonly Program[];
  onClose: () => void;
}

const FIELDS = ['program', 'tier', 'phase', 'developmentStatus'];

/**
 * R-PA-5: enrols a partner in a program, or edits an enrolment. Cloud Solution Provider needs a tier; the development
 * paths have a phase and a status (Selection / In progress when left empty); the other programs have neither.
 */
export function ProgramModal({ open, partnerId, enrolment, joined, onClose }: ProgramModalProps) {
  const [form] = Form.useForm<ProgramValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const program = Form.useWatch('program', form) ?? enrolment?.program;
  const isCsp = program === 'CLOUD_SOLUTION_PROVIDER';
  const isPath = isDevelopmentPath(program);

  useLayoutEffect(() => {
    if (!open) return;
    setFormErrors([]);
    form.resetFields();
    if (enrolment) {
      form.setFieldsValue({
        program: enrolment.program,
        tier: enrolment.tier ?? undefined,
        phase: enrolment.phase ?? undefined,
        developmentStatus: enrolment.developmentStatus ?? undefined,
      });
    }
  }, [open, enrolment, form]);

  const save = useMutation({
    mutationFn: async (v: ProgramValues): Promise<readonly UserError[]> => {
      const csp = v.program === 'CLOUD_SOLUTION_PROVIDER';
      const path = isDevelopmentPath(v.program);
      const shape = {
        tier: csp ? v.tier : undefined,
        phase: path ? v.phase : undefined,
        developmentStatus: path ? v.developmentStatus : undefined,
      };
      if (enrolment) {
        return (await mutate(UpdatePartnerProgramMutation, { input: { id: enrolment.id, ...shape } })).updatePartnerProgram.errors;
      }
      return (await mutate(EnrolPartnerMutation, { input: { partnerId, program: v.program, ...shape } })).enrolPartnerInProgram.errors;
    },
    onMutate: () => setFormErrors([]),
    onSuccess: async (errors, v) => {
      if (errors.length > 0) {
        setFormErrors(applyUserErrors(form, errors, FIELDS));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorPartner', partnerId] });
      await queryClient.invalidateQueries({ queryKey: ['operatorPartners'] });
      void message.success(enrolment ? `${programLabel(v.program)} updated.` : `Enrolled in ${programLabel(v.program)}.`);
      onClose();
    },
    onError: (error) => setFormErrors([errorMessage(error)]),
  });

  return (
    <Modal
      open={open}
      title={enrolment ? `Edit ${programLabel(enrolment.program)}` : 'Enrol in program'}
      okText={enrolment ? 'Save' : 'Enrol'}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ProgramValues> form={form} name="program" layout="vertical" onFinish={(v) => save.mutate(v)} disabled={save.isPending}>
        {formErrors.length > 0 ? (
          <Alert className="pc-form-alert" type="error" showIcon role="alert" title={formErrors.join(' ')} />
        ) : null}
        <Form.Item label="Program" name="program" rules={[{ required: true, message: 'Choose a program.' }]}>
          <Select<Program>
            placeholder="Choose a program"
            disabled={!!enrolment}
            options={programOptions.map((o) => ({ ...o, disabled: !enrolment && joined.includes(o.value) }))}
          />
        </Form.Item>
        {isCsp ? (
          <Form.Item label="Tier" name="tier" rules={[{ required: true, message: 'Choose the Cloud Solution Provider tier.' }]}>
            <Select<CspTier> placeholder="Choose a tier" options={tierOptions} />
          </Form.Item>
        ) : null}
        {isPath ? (
          <>
            <Form.Item label="Phase" name="phase" extra={enrolment ? undefined : 'Selection when left empty.'}>
              <Select<DevelopmentPhase> placeholder="Selection" options={phaseOptions} allowClear={!enrolment} />
            </Form.Item>
            <Form.Item label="Status" name="developmentStatus" extra={enrolment ? undefined : 'In progress when left empty.'}>
              <Select<DevelopmentStatus> placeholder="In progress" options={developmentStatusOptions} allowClear={!enrolment} />
            </Form.Item>
          </>
        ) : null}
        {program && !isCsp && !isPath ? (
          <Typography.Paragraph type="secondary">This program has no tier, phase or status.</Typography.Paragraph>
        ) : null}
      </Form>
    </Modal>
  );
}
