import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { planMilestonesBackwards, PlanTemplateError, type PlanNodeTemplate } from './plan-backwards';
import { DEFAULT_INDUSTRIAL_TEMPLATE } from './project-template';

const calendar = createWorkingCalendar();
const team = { kind: 'team' as const, id: 't', label: '专班' };
const n = (key: string, durationWd: number, predecessors: string[] = [], more: Partial<PlanNodeTemplate> = {}) => ({
  key,
  name: key,
  durationWd,
  predecessors,
  owner: team,
  ...more,
});

/** The example: 试生产 (5 wd) after 竣工验收 (10 wd). */
const EXAMPLE = { nodes: [n('acceptance', 10), n('trial', 5, ['acceptance'])] };

const dates = (plan: ReturnType<typeof planMilestonesBackwards>) =>
  Object.fromEntries(plan.nodes.map((node) => [node.key, [node.latestStart, node.latestFinish]]));

describe('planMilestonesBackwards on the 2025 official calendar', () => {
  it('worked example 1: target Fri 2025-09-26 → 试生产 09-19..09-25, 竣工验收 09-05..09-18', () => {
    const plan = planMilestonesBackwards('2025-09-26', EXAMPLE, calendar, '2025-08-01');
    expect(dates(plan)).toEqual({ trial: ['2025-09-19', '2025-09-25'], acceptance: ['2025-09-05', '2025-09-18'] });
    expect(plan).toMatchObject({ status: 'feasible', shortfallWd: 0 });
  });

  it('worked example 2: target Fri 2025-10-10 → 试生产 09-26..10-09, counting the 调休 Sunday 09-28', () => {
    const plan = planMilestonesBackwards('2025-10-10', EXAMPLE, calendar, '2025-08-01');
    // 10-09, 09-30, 09-29, 09-28 (Sunday, a 国庆 make-up working day), 09-26; 10-01..10-08 are off.
    expect(dates(plan).trial).toEqual(['2025-09-26', '2025-10-09']);
    // 10 wd back from 09-25: 25, 24, 23, 22, 19, 18, 17, 16, 15, 12.
    expect(dates(plan).acceptance).toEqual(['2025-09-12', '2025-09-25']);
  });

  it('finishes a node the working day before the earliest latest start among its successors', () => {
    const template = { nodes: [n('a', 2), n('short', 1, ['a']), n('long', 5, ['a'])] };
    const plan = planMilestonesBackwards('2025-09-26', template, calendar, '2025-08-01');
    expect(dates(plan)).toEqual({
      short: ['2025-09-25', '2025-09-25'],
      long: ['2025-09-19', '2025-09-25'],
      a: ['2025-09-17', '2025-09-18'],
    });
  });

  it('is infeasible with the shortfall in working days when today is past a latest start, and moves no date', () => {
    // 竣工验收 must start 09-05 (Fri); on Wed 09-10 it is 3 working days late (05, 08, 09).
    const plan = planMilestonesBackwards('2025-09-26', EXAMPLE, calendar, '2025-09-10');
    expect(plan).toMatchObject({ status: 'infeasible', shortfallWd: 3 });
    expect(plan.nodes.map((node) => node.lateByWd)).toEqual([3, 0]);
    expect(dates(plan)).toEqual(dates(planMilestonesBackwards('2025-09-26', EXAMPLE, calendar, '2025-08-01')));
    // On the latest start itself it is still on time.
    expect(planMilestonesBackwards('2025-09-26', EXAMPLE, calendar, '2025-09-05').status).toBe('feasible');
  });

  it('lets a node covered by the zone-wide assessment take no time', () => {
    const template = {
      nodes: [n('filing', 2), n('eia', 7, ['filing'], { coveredByZoneAssessment: true }), n('permit', 1, ['eia'])],
    };
    const plan = planMilestonesBackwards('2025-09-26', template, calendar, '2025-08-01');
    expect(dates(plan)).toEqual({
      permit: ['2025-09-25', '2025-09-25'],
      eia: [null, null],
      filing: ['2025-09-23', '2025-09-24'],
    });
  });

  it('refuses a template with a cycle, an unknown predecessor, a duplicate key or a bad duration', () => {
    const plan = (nodes: PlanNodeTemplate[]) => () =>
      planMilestonesBackwards('2025-09-26', { nodes }, calendar, '2025-08-01');
    expect(plan([n('a', 1, ['b']), n('b', 1, ['a'])])).toThrow(PlanTemplateError);
    expect(plan([n('a', 1, ['ghost'])])).toThrow(PlanTemplateError);
    expect(plan([n('a', 1), n('a', 2)])).toThrow(PlanTemplateError);
    expect(plan([n('a', 0)])).toThrow(PlanTemplateError);
  });

  it('plans the default industrial template with every approval node and owner', () => {
    const plan = planMilestonesBackwards('2026-12-31', DEFAULT_INDUSTRIAL_TEMPLATE, calendar, '2025-01-02');
    expect(plan.nodes.map((node) => node.name)).toEqual([
      '立项备案',
      '用地',
      '规划许可',
      '环评',
      '能评',
      '施工许可',
      '开工',
      '竣工验收',
      '投产',
    ]);
    expect(plan.nodes.every((node) => node.owner.label.length > 0 && node.latestStart! <= node.latestFinish!)).toBe(
      true,
    );
    const byKey = Object.fromEntries(plan.nodes.map((node) => [node.key, node]));
    // 环评 and 能评 run in parallel before 施工许可: both finish the working day before it starts.
    expect(byKey.eia!.latestFinish).toBe(byKey.energy!.latestFinish);
    expect(calendar.addWorkingDays(byKey.eia!.latestFinish!, 1)).toBe(byKey.permit!.latestStart);
  });
});
