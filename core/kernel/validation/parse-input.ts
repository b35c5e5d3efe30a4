import * as v from 'valibot';

/** Chinese text for valibot's built-in checks; a schema's own message always wins over these. */
const zhMessage = (issue: v.BaseIssue<unknown>): string => {
  if (issue.input === undefined && issue.kind === 'schema') return '此项为必填';
  const r = issue.requirement as number | string | undefined;
  switch (issue.type) {
    case 'strict_object':
      return '不支持的字段';
    case 'string':
      return '应为文本';
    case 'number':
      return '应为数字';
    case 'boolean':
      return '应为是或否';
    case 'array':
      return '应为列表';
    case 'object':
      return '格式不正确';
    case 'integer':
      return '应为整数';
    case 'min_length':
      return `至少 ${String(r)} 个字符`;
    case 'max_length':
      return `不超过 ${String(r)} 个字符`;
    case 'min_value':
      return `不能小于 ${String(r)}`;
    case 'max_value':
      return `不能大于 ${String(r)}`;
    case 'picklist':
      return '选项无效';
    default:
      return '格式不正确';
  }
};

export interface InputProblem {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/**
 * Validates with Chinese messages and dotted field paths. The dispatcher reports the first problem;
 * forms show every problem next to its field.
 */
export const parseInput = <S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> => {
  const result = v.safeParse(schema, input, { message: zhMessage });
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'input', message: issue.message })),
  };
};
