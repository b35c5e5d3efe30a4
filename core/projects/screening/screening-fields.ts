import * as v from 'valibot';
import { idField } from '@core/kernel/paging';
import {
  localDateField,
  optionalTextField as optionalNote,
  sortOrderField,
} from '@core/kernel/validation/common-fields';
import { nameField } from '@core/kernel/validation/name-field';
import { fileIdField } from '../project-fields';
import { SCREENING_ANSWERS } from './screening';

/** Field schemas of the screening actions; the screening form and the office's editor use the same ones. */

export const screeningFileField = v.strictObject({ fileId: fileIdField, name: nameField('文件名', 1, 100) });
const filesField = (label: string) =>
  v.optional(v.pipe(v.array(screeningFileField, `${label}应为列表`), v.maxLength(5, `${label}最多5个文件`)), []);

/** A list that must hold between one and `max` entries; `required` is said when it is missing or empty. */
const requiredList = <T extends v.GenericSchema>(item: T, required: string, max: number, tooMany: string) =>
  v.pipe(v.array(item, required), v.minLength(1, required), v.maxLength(max, tooMany));

/** The lead or the project screened. */
export const screeningSubjectField = v.strictObject({
  kind: v.picklist(['lead', 'project'], '请选择筛查对象'),
  id: idField,
});

export const itemAnswerField = v.strictObject({
  itemId: idField,
  itemVersion: v.pipe(v.number('缺少检查项版本'), v.integer('检查项版本无效'), v.minValue(1, '检查项版本无效')),
  answer: v.picklist(SCREENING_ANSWERS, '请选择符合、不符合或待核实'),
  evidence: filesField('佐证材料'),
  note: optionalNote('说明', 200),
});

export const conditionField = v.strictObject({
  text: nameField('条件内容', 2, 100),
  durationWd: v.pipe(
    v.number('请填写完成时限（工作日）'),
    v.integer('完成时限应为整数个工作日'),
    v.minValue(1, '完成时限至少1个工作日'),
    v.maxValue(120, '完成时限不超过120个工作日'),
  ),
  beforeKey: v.pipe(
    v.string('请选择须在哪个节点前完成'),
    v.regex(/^[a-z][a-z0-9-]{0,39}$/, '请选择须在哪个节点前完成'),
  ),
});

export const conditionsField = v.optional(
  v.pipe(v.array(conditionField, '条件应为列表'), v.maxLength(10, '条件最多10条')),
  [],
);

const investmentField = v.optional(
  v.nullable(
    v.pipe(
      v.number('计划投资（万元）应为数字'),
      v.check((n) => Number.isFinite(n) && n >= 0, '计划投资（万元）不能为负数'),
      v.maxValue(10_000_000, '计划投资（万元）不超过10000000'),
    ),
  ),
  null,
);

export const screeningSubmitFields = {
  subject: screeningSubjectField,
  answers: requiredList(itemAnswerField, '请逐项填写检查结果', 100, '检查项不超过100项'),
  conditions: conditionsField,
  /** For a lead (no project record yet): the planned investment the company states; a project's own is used otherwise. */
  investmentWan: investmentField,
  note: optionalNote('筛查意见', 500),
};

export const screeningDecideFields = {
  subject: screeningSubjectField,
  minutes: requiredList(screeningFileField, '请上传评审会纪要', 5, '纪要最多5个文件'),
  heldOn: localDateField,
  decision: v.picklist(['passed', 'conditional', 'rejected'], '请选择评审会结论'),
  conditions: conditionsField,
  note: optionalNote('评审意见', 500),
};

/** An office edit of one checklist item (itemId null: a new one). */
export const screeningItemFields = {
  itemId: v.optional(v.nullable(idField), null),
  text: nameField('检查项内容', 2, 80),
  category: nameField('类别', 2, 20),
  isVeto: v.boolean('请选择是否一票否决'),
  needsEvidence: v.boolean('请选择是否须上传佐证'),
  isActive: v.boolean('请选择是否启用'),
  order: sortOrderField,
  source: nameField('依据来源', 2, 200),
  isSettled: v.boolean('请选择是否已核定'),
};
