import type { FormInstance } from 'antd';
import type { UserError } from './graphql';

/** The form field a server `field` path points at ("input.name" → "name"). */
export function fieldName(field: string | null | undefined): string | undefined {
  if (!field) return undefined;
  return field.replace(/^input\./, '');
}

/**
 * Puts each UserError on the form field named by `field` when the form has that field;
 * returns the messages that belong to the form as a whole (field null or unknown).
 */
export function applyUserErrors(form: FormInstance, errors: readonly UserError[], knownFields: readonly string[]): string[] {
  const byField = new Map<string, string[]>();
  const formLevel: string[] = [];
  for (const error of errors) {
    const name = fieldName(error.field);
    if (name && knownFields.includes(name)) {
      byField.set(name, [...(byField.get(name) ?? []), error.message]);
    } else {
      formLevel.push(error.message);
    }
  }
  if (byField.size > 0) {
    form.setFields([...byField].map(([name, messages]) => ({ name, errors: messages })));
  }
  return formLevel;
}
