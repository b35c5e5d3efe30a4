import type { ActionInput } from '@core/app/contract';
import { utcMsAt } from '@core/kernel/calendar/local-date';
import type { TestStack } from './temp-sqlite-store';

/** A valid new service category for the office's actions: the 环评 desk takes it. */
export const newCategory = (
  over: Partial<ActionInput<'admin.categories.save'>> = {},
): ActionInput<'admin.categories.save'> => ({
  name: '排污许可',
  summary: '排污许可证申领与变更',
  skill: '环评',
  order: 14,
  isOnSite: false,
  isActive: true,
  materials: [
    { name: '排污许可申请表', isRequired: true, note: '' },
    { name: '环评批复', isRequired: false, note: '已取得的附上' },
  ],
  deskTeamId: 'svc-desk-environment',
  initialRules: {
    targets: { responseWorkingHours: 8, resolutionWorkingDays: 10 },
    routing: { steps: ['category_desk', 'duty_desk'], fallbackTeamId: null },
  },
  ...over,
});

/** A valid new version of 政策兑现's rules, from the Monday after FIXED_NOW (Fri 2026-11-27). */
export const newRules = (
  over: Partial<ActionInput<'admin.categories.addRules'>> = {},
): ActionInput<'admin.categories.addRules'> => ({
  categoryId: 'policy-subsidy',
  effectiveFrom: '2026-11-30',
  targets: { responseWorkingHours: 4, resolutionWorkingDays: 10 },
  routing: { steps: ['project', 'category_desk', 'duty_desk'], fallbackTeamId: 'svc-duty' },
  ...over,
});

/** Gives 政策兑现 a version 2 scheduled for 2026-12-01 (a version to withdraw), written straight to the store. */
export const scheduleRules = async (stack: TestStack): Promise<void> => {
  const doc = (await stack.store.get('service_categories', 'policy-subsidy'))!;
  const [v1] = doc.rules;
  await stack.store.update('service_categories', doc.id, doc.version, {
    rules: [v1!, { ...v1!, number: 2, effectiveFrom: '2026-12-01', effectiveAt: utcMsAt('2026-12-01', 0) }],
  });
};
