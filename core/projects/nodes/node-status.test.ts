import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { colourOfOpenNodes, driftInWorkingDays, readNode, type NodeTiming } from './node-status';
import { projectStall } from './stall-rule';

const calendar = createWorkingCalendar();
/** 试生产 of the second example: 09-26..10-09 on the 2025 calendar (国庆, 调休 Sunday 09-28 and Saturday 10-11). */
const trial: NodeTiming = {
  latestStart: '2025-09-26',
  latestFinish: '2025-10-09',
  covered: false,
  startedAt: null,
  doneAt: null,
};
const STARTED = Date.UTC(2025, 8, 26, 2);

describe('node colours on the 2025 official calendar', () => {
  it('is on track before its latest start, saying when it must start (09-25 and 09-28 count)', () => {
    expect(readNode(trial, '2025-09-25', calendar)).toEqual({
      status: 'on_track',
      text: '应于 2025-09-26 前开始',
      remainingWd: 6,
    });
  });

  it('turns yellow when not started by its latest start', () => {
    // 09-28 is the 调休 working Sunday: 09-28, 09-29, 09-30, 10-09 remain.
    expect(readNode(trial, '2025-09-28', calendar)).toMatchObject({ status: 'yellow', remainingWd: 4 });
    expect(readNode({ ...trial, startedAt: STARTED }, '2025-09-28', calendar).status).toBe('on_track');
  });

  it('turns yellow with two working days left, counting across 国庆 (10-01..10-08 off)', () => {
    const started = { ...trial, startedAt: STARTED };
    // 09-30 and 10-09 remain.
    expect(readNode(started, '2025-09-30', calendar)).toMatchObject({ status: 'yellow', text: '剩余 2 个工作日' });
    // On the holiday 10-03 only 10-09 is left.
    expect(readNode(started, '2025-10-03', calendar)).toMatchObject({ status: 'yellow', remainingWd: 1 });
    expect(readNode(started, '2025-09-29', calendar).status).toBe('on_track');
  });

  it('is red the day after its latest finish, counting the 调休 Saturday 10-11 as a working day', () => {
    expect(readNode(trial, '2025-10-09', calendar).status).toBe('yellow');
    expect(readNode(trial, '2025-10-10', calendar)).toMatchObject({ status: 'red', text: '已超期 1 个工作日' });
    expect(readNode(trial, '2025-10-12', calendar)).toMatchObject({ status: 'red', remainingWd: -2 });
  });

  it('is done once finished or covered by the zone-wide assessment, whatever the date', () => {
    expect(readNode({ ...trial, doneAt: STARTED }, '2026-01-01', calendar).status).toBe('done');
    expect(readNode({ ...trial, covered: true }, '2026-01-01', calendar)).toMatchObject({ text: '区域评估已覆盖' });
  });
});

describe("a project's colour is the worst of its open nodes", () => {
  it('red once the earliest open latest finish has passed', () => {
    expect(colourOfOpenNodes({ openFinishOn: '2025-10-09', unstartedStartOn: null }, '2025-10-10', calendar)).toBe(
      'red',
    );
  });
  it('yellow for an unstarted node past its latest start, or ≤ 2 working days left', () => {
    const summary = { openFinishOn: '2025-10-30', unstartedStartOn: '2025-09-26' };
    expect(colourOfOpenNodes(summary, '2025-09-28', calendar)).toBe('yellow');
    expect(colourOfOpenNodes(summary, '2025-09-26', calendar)).toBe('on_track');
    expect(colourOfOpenNodes({ openFinishOn: '2025-10-09', unstartedStartOn: null }, '2025-09-30', calendar)).toBe(
      'yellow',
    );
  });
  it('none when nothing is open', () => {
    expect(colourOfOpenNodes({ openFinishOn: null, unstartedStartOn: null }, '2025-09-28', calendar)).toBeNull();
  });
});

describe('drift against the baseline, in working days', () => {
  it('counts the 调休 days and skips the holidays, signed', () => {
    // 09-25 → 10-09: 09-26, 09-28 (调休), 09-29, 09-30, 10-09.
    expect(driftInWorkingDays(calendar, '2025-09-25', '2025-10-09')).toBe(5);
    expect(driftInWorkingDays(calendar, '2025-10-09', '2025-09-25')).toBe(-5);
    expect(driftInWorkingDays(calendar, '2026-02-13', '2026-02-13')).toBe(0);
    // 2026 春节: 02-14 is a 调休 working Saturday, 02-15..02-23 off, 02-28 a 调休 Saturday.
    expect(driftInWorkingDays(calendar, '2026-02-13', '2026-02-24')).toBe(2);
  });
});

describe('the stall rule (签约未开工)', () => {
  const signed = { stage: 'signed' as const, status: 'signed' as const, plannedStartOn: '2026-01-31' };
  it('yellow one month after the planned start, red after three', () => {
    expect(projectStall(signed, '2026-02-27')).toEqual({ colour: null, text: null });
    // 01-31 + 1 month is 02-28.
    expect(projectStall(signed, '2026-02-28').colour).toBe('yellow');
    expect(projectStall(signed, '2026-04-29').colour).toBe('yellow');
    expect(projectStall(signed, '2026-04-30')).toEqual({
      colour: 'red',
      text: '签约后超过计划开工3个月未开工（计划 2026-01-31）',
    });
  });
  it('follows the configured months', () => {
    const rule = { yellowAfterMonths: 2, redAfterMonths: 4 };
    expect(projectStall(signed, '2026-03-30', rule).colour).toBeNull();
    expect(projectStall(signed, '2026-03-31', rule).colour).toBe('yellow');
  });
  it('only a signed project with a planned start stalls', () => {
    expect(projectStall({ ...signed, status: 'construction', stage: 'construction' }, '2027-01-01').colour).toBeNull();
    expect(projectStall({ ...signed, status: 'terminated' }, '2027-01-01').colour).toBeNull();
    expect(projectStall({ ...signed, plannedStartOn: null }, '2027-01-01').colour).toBeNull();
  });
});
