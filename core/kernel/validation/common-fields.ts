import * as v from 'valibot';
import { isLocalDate } from '../calendar/local-date';

/** Field schemas more than one feature validates with (the forms use the same ones). */

/** A mainland China mobile number. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const mobileField = v.pipe(v.string('请填写手机号'), v.trim(), v.regex(MOBILE_PATTERN, '请输入11位手机号'));

export const localDateField = v.pipe(
  v.string('请选择日期'),
  v.check((value) => isLocalDate(value), '日期格式不正确'),
);

/** The message under a text's minimum: "（至少N个字）" once the minimum is more than one character. */
export const tooShortMessage = (label: string, min: number): string =>
  min > 1 ? `请填写${label}（至少${min}个字）` : `请填写${label}`;

/** A required, trimmed text of min–max characters, with the messages the forms show (`tooShort` under min). */
export const requiredTextField = (label: string, min: number, max: number, tooShort = `请填写${label}`) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, tooShort),
    v.maxLength(max, `${label}不超过${max}个字`),
  );

/** Free text that may be left empty: trimmed, at most `max` characters, '' and absent both stored as null. */
export const optionalTextField = (label: string, max: number) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.string(`${label}应为文本`),
        v.trim(),
        v.maxLength(max, `${label}不超过${max}个字`),
        v.transform((s) => (s === '' ? null : s)),
      ),
    ),
    null,
  );

/** An item's place in a list the office orders by hand (parks, the screening checklist): 1–999. */
export const sortOrderField = v.pipe(
  v.number('请填写排序'),
  v.integer('排序须为整数'),
  v.minValue(1, '排序为1–999'),
  v.maxValue(999, '排序为1–999'),
);
