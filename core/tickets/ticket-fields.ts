import * as v from 'valibot';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentType } from './ticket';
import { checkCreditCode } from '@core/kernel/validation/credit-code';
import { nameField } from '@core/kernel/validation/name-field';
import { idField } from '@core/kernel/paging';
import {
  localDateField,
  MOBILE_PATTERN,
  requiredTextField,
  tooShortMessage,
} from '@core/kernel/validation/common-fields';
import { halfDayField, reasonField } from '@core/visits';

/** Field schemas of the ticket actions; the request form validates with the same ones. */

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
};

/** cloud://env.bucket/path in WeChat; upload:<id> from the local server's upload endpoint. */
export const FILE_ID_PATTERN = /^(cloud:\/\/[\w.\-/]+|upload:[\w-]{8,64})$/;

const text = (label: string, min: number, max: number) =>
  requiredTextField(label, min, max, tooShortMessage(label, min));

export const fileIdField = v.pipe(v.string('缺少文件编号'), v.maxLength(300), v.regex(FILE_ID_PATTERN, '文件编号无效'));

export const fileRefField = v.pipe(
  v.strictObject({
    fileId: fileIdField,
    name: nameField('文件名', 1, 100, '缺少文件名'),
    size: v.pipe(
      v.number('缺少文件大小'),
      v.integer('文件大小无效'),
      v.minValue(1, '文件为空'),
      v.maxValue(MAX_ATTACHMENT_BYTES, `单个文件不超过${MAX_ATTACHMENT_BYTES / 1024 / 1024}MB`),
    ),
    type: v.picklist(ATTACHMENT_TYPES, '仅支持图片（JPG、PNG、WEBP）和PDF文件'),
  }),
  v.forward(
    v.check((f) => EXTENSIONS[f.type].some((ext) => f.name.toLowerCase().endsWith(ext)), '文件扩展名与类型不符'),
    ['name'],
  ),
);

export const attachmentsField = v.optional(
  v.pipe(
    v.array(fileRefField, '附件应为列表'),
    v.maxLength(MAX_ATTACHMENTS, `最多上传${MAX_ATTACHMENTS}个附件`),
    v.check((files) => new Set(files.map((f) => f.fileId)).size === files.length, '附件不能重复'),
  ),
  [],
);

export const ticketIdField = idField;
export const ticketTextField = text('内容', 1, 1000);

const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export const createTicketFields = {
  categoryId: v.pipe(v.string('请选择服务事项'), v.trim(), v.minLength(1, '请选择服务事项'), v.maxLength(64)),
  projectId: v.optional(v.nullable(idField), null),
  enterpriseName: nameField('企业名称', 2, 60),
  creditCode: v.pipe(
    v.string('请填写统一社会信用代码'),
    v.trim(),
    v.toUpperCase(),
    v.regex(CREDIT_CODE_SHAPE, '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）'),
  ),
  /** The enterprise insists a code that fails the check digit is right: staff verify it by hand. */
  creditCodeManualReview: v.optional(v.boolean('应为是或否'), false),
  contactName: nameField('联系人', 2, 20),
  contactPhone: v.pipe(v.string('请填写手机号'), v.trim(), v.regex(MOBILE_PATTERN, '请输入11位中国大陆手机号')),
  description: text('需求说明', 5, 1000),
  preferredOnSite: v.optional(v.nullable(v.strictObject({ date: localDateField, halfDay: halfDayField })), null),
  attachments: attachmentsField,
  privacyConsent: v.literal(true, '请阅读并同意个人信息收集与使用说明'),
};

/** A code failing the check digit passes only with the explicit 请人工核验 flag, never silently. */
export const createTicketInput = v.pipe(
  v.strictObject(createTicketFields),
  v.forward(
    v.check(
      (input) => input.creditCodeManualReview || checkCreditCode(input.creditCode) === 'valid',
      '统一社会信用代码校验未通过，请核对；如确认无误，可勾选“请人工核验”后提交',
    ),
    ['creditCode'],
  ),
);

export const materialsField = v.pipe(
  v.array(text('材料名称', 1, 100), '请列出需要补充的材料'),
  v.minLength(1, '请至少列出一项需要补充的材料'),
  v.maxLength(20, '一次最多列出20项材料'),
);

export const ticketReasonField = reasonField;
export const TICKET_INBOX_TABS = ['mine', 'team', 'resolved', 'led'] as const;
export type TicketInboxTab = (typeof TICKET_INBOX_TABS)[number];
