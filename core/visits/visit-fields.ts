import * as v from 'valibot';
import { nameField } from '@core/kernel/validation/name-field';
import {
  localDateField,
  MOBILE_PATTERN,
  requiredTextField,
  tooShortMessage,
} from '@core/kernel/validation/common-fields';
import { ENVIRONMENT_CATEGORIES, HALF_DAYS, INVESTMENT_BANDS } from './visit';
import { idField } from '@core/kernel/paging';

/** Field schemas of the visit actions; the booking form validates with the same ones. */

export const MAX_ITINERARY_PARKS = 3;
export const MAX_AVAILABILITY_DAYS = 31;

export const halfDayField = v.picklist(HALF_DAYS, '请选择上午或下午');

export const parkIdsField = v.pipe(
  v.array(idField, '请选择园区'),
  v.minLength(1, '请至少选择一个园区'),
  v.maxLength(MAX_ITINERARY_PARKS, `一次最多选择${MAX_ITINERARY_PARKS}个园区`),
  v.check((ids) => new Set(ids).size === ids.length, '园区不能重复选择'),
);

export const reasonField = requiredTextField('原因', 2, 200, tooShortMessage('原因', 2));

const optionalAmount = (max: number, label: string) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.number(`${label}应为数字`),
        v.minValue(0, `${label}不能为负数`),
        v.maxValue(max, `${label}不超过${max}`),
      ),
    ),
    null,
  );

export const factoryNeedsField = v.optional(
  v.nullable(
    v.strictObject({
      areaM2: optionalAmount(10_000_000, '面积'),
      floorLoadKn: optionalAmount(1000, '地面承重'),
      craneTons: optionalAmount(1000, '行车吨位'),
      powerKva: optionalAmount(1_000_000, '用电容量'),
      environmentCategory: v.optional(v.nullable(v.picklist(ENVIRONMENT_CATEGORIES, '请选择环评类别')), null),
    }),
  ),
  null,
);

export const bookingFields = {
  parkIds: parkIdsField,
  date: localDateField,
  halfDay: halfDayField,
  company: nameField('公司名称', 2, 60),
  contactName: nameField('联系人', 2, 20, '请填写联系人姓名'),
  contactPhone: v.pipe(v.string('请填写手机号'), v.trim(), v.regex(MOBILE_PATTERN, '请输入11位中国大陆手机号')),
  partySize: v.pipe(
    v.number('请填写来访人数'),
    v.integer('来访人数应为整数'),
    v.minValue(1, '来访人数至少1人'),
    v.maxValue(20, '来访人数最多20人'),
  ),
  industryIds: v.optional(v.pipe(v.array(idField, '请选择产业'), v.maxLength(10, '最多选择10个产业')), []),
  investmentBand: v.picklist(INVESTMENT_BANDS, '请选择计划投资规模'),
  factoryNeeds: factoryNeedsField,
  notes: v.optional(v.pipe(v.string('备注应为文本'), v.trim(), v.maxLength(500, '备注不超过500个字')), ''),
  privacyConsent: v.literal(true, '请阅读并同意个人信息收集与使用说明'),
};

/** visits.book's input: the booking form checks a draft with it without the rest of the visit actions. */
export const bookVisitInput = v.strictObject(bookingFields);

export const visitIdField = idField;
