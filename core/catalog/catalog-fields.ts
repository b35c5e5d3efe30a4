import * as v from 'valibot';
import type { ArticleCategory, ArticleStatus, FactoryStatus, ParkStatus } from './catalog';
import { idField } from '@core/kernel/paging';
import { nameField } from '@core/kernel/validation/name-field';
import {
  localDateField,
  optionalTextField as optionalText,
  sortOrderField,
} from '@core/kernel/validation/common-fields';

/** Field schemas of the office's catalogue edits; the admin pages validate with the same ones. */

const text = (label: string, min: number, max: number) => nameField(label, min, max);
const optionalAmount = (label: string, max: number) =>
  v.optional(
    v.nullable(
      v.pipe(v.number(`${label}应为数字`), v.minValue(0, `${label}不能为负数`), v.maxValue(max, `${label}过大`)),
    ),
    null,
  );
const uniqueIds = (label: string, max: number) =>
  v.pipe(
    v.array(idField, `${label}应为列表`),
    v.maxLength(max, `${label}不超过${max}个`),
    v.check((ids) => new Set(ids).size === ids.length, `${label}不能重复`),
  );
/** The version the office edited; a change by someone else in between answers CONFLICT. */
const editedVersion = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)));

export const PARK_STATUSES = ['operating', 'under_construction', 'planning', 'unknown'] as const satisfies ParkStatus[];
export const FACTORY_STATUSES = [
  'planned',
  'under_construction',
  'vacant',
  'reserved',
  'occupied',
  'withdrawn',
] as const satisfies FactoryStatus[];
export const ARTICLE_CATEGORIES = ['news', 'policy'] as const satisfies ArticleCategory[];
export const ARTICLE_STATUSES = ['draft', 'published', 'withdrawn'] as const satisfies ArticleStatus[];

export const parkFields = {
  /** Absent: a new park. */
  parkId: v.optional(idField),
  version: editedVersion,
  name: text('园区名称', 2, 30),
  order: sortOrderField,
  summary: text('简介', 2, 120),
  description: v.pipe(v.string('请填写介绍'), v.trim(), v.maxLength(2000, '介绍不超过2000个字')),
  industryIds: uniqueIds('主导产业', 10),
  status: v.picklist(PARK_STATUSES, '园区状态无效'),
  areaMu: optionalAmount('占地面积', 1_000_000),
  investmentYi: optionalAmount('总投资', 100_000),
  figures: v.optional(
    v.pipe(
      v.array(v.strictObject({ label: text('指标名称', 1, 20), value: optionalText('指标数值', 40) })),
      v.maxLength(12, '关键指标不超过12项'),
    ),
    [],
  ),
  highlights: v.optional(v.pipe(v.array(text('亮点', 2, 80)), v.maxLength(10, '亮点不超过10条')), []),
  address: optionalText('地址', 100),
  location: v.optional(
    v.nullable(
      v.strictObject({
        latitude: v.pipe(v.number('纬度应为数字'), v.minValue(-90, '纬度无效'), v.maxValue(90, '纬度无效')),
        longitude: v.pipe(v.number('经度应为数字'), v.minValue(-180, '经度无效'), v.maxValue(180, '经度无效')),
      }),
    ),
    null,
  ),
  contactRole: text('联系岗位', 2, 30),
};

export const factoryFields = {
  /** Absent: a new unit. */
  factoryId: v.optional(idField),
  version: editedVersion,
  parkId: idField,
  name: text('厂房名称', 2, 40),
  areaM2: optionalAmount('面积', 10_000_000),
  floors: v.optional(
    v.nullable(
      v.pipe(
        v.number('层数应为数字'),
        v.integer('层数须为整数'),
        v.minValue(1, '层数为1–50'),
        v.maxValue(50, '层数为1–50'),
      ),
    ),
    null,
  ),
  status: v.picklist(FACTORY_STATUSES, '厂房状态无效'),
  readyDate: v.optional(v.nullable(localDateField), null),
  readyNote: optionalText('交付说明', 100),
  isCustomBuild: v.optional(v.boolean(), false),
  note: optionalText('备注', 200),
};

export const articleFields = {
  /** Absent: a new draft. */
  articleId: v.optional(idField),
  version: editedVersion,
  category: v.picklist(ARTICLE_CATEGORIES, '栏目无效'),
  title: text('标题', 4, 60),
  summary: text('摘要', 4, 120),
  body: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(1, '段落不能为空'), v.maxLength(2000, '每段不超过2000个字'))),
    v.minLength(1, '请填写正文'),
    v.maxLength(50, '正文不超过50段'),
  ),
  source: text('来源', 2, 40),
  parkIds: uniqueIds('相关园区', 9),
};

export const articleStatusFields = {
  articleId: idField,
  version: editedVersion,
  /** published: 发布 (a draft or a withdrawn article); withdrawn: 撤回 (kept, no longer public). */
  status: v.picklist(['published', 'withdrawn'] as const, '只能发布或撤回'),
  /** UTC ms to show as 发布时间 (e.g. a policy's issue date); default: the first publication, else now. */
  publishedAt: v.optional(v.pipe(v.number('发布时间无效'), v.integer('发布时间无效'), v.minValue(0, '发布时间无效'))),
};
