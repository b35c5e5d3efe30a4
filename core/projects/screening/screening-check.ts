import { conflict, invalidInput } from '@core/kernel/errors';
import type { AnsweredItem, ItemAnswer, ScreeningCondition, ScreeningItem } from './screening';

export interface AnswerInput extends ItemAnswer {
  itemId: string;
  itemVersion: number;
}

/**
 * The answers against the checklist as it is now: every active item once, at the version the form
 * showed (an item the office changed meanwhile → CONFLICT, refresh), evidence where required.
 * Returns the copy the screening keeps. Throws before anything is written.
 */
export const answeredItems = (items: readonly ScreeningItem[], answers: readonly AnswerInput[]): AnsweredItem[] => {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  const answered = answers.map((a, index): AnsweredItem => {
    const item = byId.get(a.itemId);
    if (!item) throw invalidInput(`answers.${index}.itemId`, '该检查项不存在或已停用，请刷新后重新填写');
    if (seen.has(a.itemId)) throw invalidInput(`answers.${index}.itemId`, '同一检查项只能填写一次');
    seen.add(a.itemId);
    if (item.version !== a.itemVersion) throw conflict('检查项已由区办更新，请刷新后重新填写');
    if (item.needsEvidence && a.answer === 'meets' && a.evidence.length === 0)
      throw invalidInput(`answers.${index}.evidence`, `“${item.text}”须上传佐证材料`);
    return {
      itemId: item.id,
      itemVersion: item.version,
      text: item.text,
      category: item.category,
      isVeto: item.isVeto,
      needsEvidence: item.needsEvidence,
      source: item.source,
      answer: a.answer,
      evidence: a.evidence,
      note: a.note,
    };
  });
  const missing = items.filter((i) => !seen.has(i.id)).length;
  if (missing > 0) throw invalidInput('answers', `还有${missing}项未填写`);
  return answered;
};

/** Each condition names a node of the plan it must be finished before. */
export const checkConditions = (
  conditions: readonly ScreeningCondition[],
  planNodes: readonly { key: string }[],
): void => {
  const keys = new Set(planNodes.map((n) => n.key));
  conditions.forEach((c, i) => {
    if (!keys.has(c.beforeKey)) throw invalidInput(`conditions.${i}.beforeKey`, '请选择须在哪个节点前完成');
  });
};
