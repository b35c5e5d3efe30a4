import * as v from 'valibot';

/**
 * C0/C1 control characters (NUL, line breaks, escapes…) and the bidirectional overrides and
 * isolates that make a name display differently from what it is (U+202E "RTL override").
 */
// eslint-disable-next-line no-control-regex
const HIDDEN_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A person's, company's or file's name: trimmed, bounded, and shown as exactly what it is. */
export const nameField = (label: string, min: number, max: number, missing = `请填写${label}`) =>
  v.pipe(
    v.string(missing),
    v.trim(),
    v.minLength(min, missing),
    v.maxLength(max, `${label}不超过${max}个字`),
    v.check((s) => !HIDDEN_OR_CONTROL.test(s), `${label}含有不可见的控制字符，请重新输入`),
  );
