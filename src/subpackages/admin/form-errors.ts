import type { WireError } from '@core/kernel/errors';
import { parseInput } from '@core/kernel/validation/parse-input';
import type { GenericSchema } from 'valibot';

export type FieldErrors = Record<string, string>;

/** Checks a form with the action's own schema before sending: every problem next to its field. */
export const checkForm = (schema: GenericSchema, value: unknown): FieldErrors => {
  const parsed = parseInput(schema, value);
  if (parsed.ok) return {};
  const errors: FieldErrors = {};
  for (const p of parsed.problems) {
    const top = p.field.split('.')[0] ?? p.field;
    errors[top] ??= p.message;
  }
  return errors;
};

/** The server's answer as a field error (its field's top level), or a form-wide one. */
export const errorsOf = (error: WireError): FieldErrors => ({
  [error.field?.split('.')[0] ?? 'form']: error.message,
});
