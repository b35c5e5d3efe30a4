import * as v from 'valibot';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import { localDateField } from '@core/kernel/validation/common-fields';
import { nameField } from '@core/kernel/validation/name-field';
import { idField } from '@core/kernel/paging';

/** Field schemas of the projects actions (the forms use the same ones). */

export const projectIdField = idField;

/** 统一社会信用代码: upper-cased, the GB 32100 shape and its check character. */
export const creditCodeField = v.pipe(
  v.string('请填写统一社会信用代码'),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）'),
  v.check((code) => checkCreditCode(code) === 'valid', '统一社会信用代码校验未通过，请核对'),
);

/** GB/T 4754 class: a section letter and 2–4 digits (C, C39, C396, C3963). */
export const industryClassField = v.pipe(
  v.string('应为文本'),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^[A-T](\d{2,4})?$/, '国民经济行业分类代码应为门类字母加2至4位数字，如 C3963'),
);

const amount = (label: string, max: number) =>
  v.pipe(
    v.number(`${label}应为数字`),
    v.check((n) => Number.isFinite(n) && n >= 0, `${label}不能为负数`),
    v.maxValue(max, `${label}不超过${max}`),
    v.check((n) => Math.round(n * 100) === n * 100, `${label}最多保留两位小数`),
  );

/** The record's optional parts: null when not known. */
const optionalParts = {
  enterpriseName: nameField('企业名称', 2, 60),
  creditCode: creditCodeField,
  parkId: idField,
  industryId: idField,
  industryClass: industryClassField,
  investmentWan: amount('计划投资（万元）', 10_000_000),
  landMu: amount('用地（亩）', 100_000),
  leaderUserId: idField,
  teamId: idField,
};

type Parts = typeof optionalParts;

/** A new project: a name, the rest null unless given. */
export const projectCreateFields = {
  name: nameField('项目名称', 2, 60),
  ...(Object.fromEntries(Object.entries(optionalParts).map(([k, s]) => [k, v.optional(v.nullable(s), null)])) as {
    [K in keyof Parts]: v.OptionalSchema<v.NullableSchema<Parts[K], undefined>, null>;
  }),
};

/** An edit: a field left out stays as it is; null clears it. */
export const projectEditFields = {
  name: v.optional(nameField('项目名称', 2, 60)),
  ...(Object.fromEntries(Object.entries(optionalParts).map(([k, s]) => [k, v.optional(v.nullable(s))])) as {
    [K in keyof Parts]: v.OptionalSchema<v.NullableSchema<Parts[K], undefined>, undefined>;
  }),
};

export const reasonField = v.pipe(
  v.string('请填写原因'),
  v.trim(),
  v.minLength(2, '原因至少2个字'),
  v.maxLength(200, '原因不超过200个字'),
);

export const fileIdField = v.pipe(v.string('请上传文件'), v.trim(), v.minLength(1, '请上传文件'), v.maxLength(200));
const permitNoField = v.pipe(
  v.string('应为文本'),
  v.trim(),
  v.regex(/^[0-9A-Za-z-]{6,40}$/, '施工许可证编号应为6至40位数字、字母或连字符'),
);

/** One forward move and the evidence it carries. */
export const stageMoveField = v.variant(
  'to',
  [
    v.strictObject({ to: v.literal('signed'), date: localDateField, agreementFileId: fileIdField }),
    v.pipe(
      v.strictObject({
        to: v.literal('construction'),
        date: localDateField,
        permitNo: v.optional(v.nullable(permitNoField), null),
        sitePhotoFileId: v.optional(v.nullable(fileIdField), null),
      }),
      v.forward(
        v.check((m) => m.permitNo !== null || m.sitePhotoFileId !== null, '请填写施工许可证编号或上传现场照片'),
        ['permitNo'],
      ),
    ),
    v.strictObject({ to: v.literal('completed'), acceptanceFiledOn: localDateField }),
    v.strictObject({ to: v.literal('production'), date: localDateField }),
  ],
  '请选择要推进到的阶段',
);

export type StageMove = v.InferOutput<typeof stageMoveField>;
