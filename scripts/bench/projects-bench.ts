import { demoOpenid } from '@core/app/seed';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { planMilestonesBackwards, PROJECT_STAGES, type PlanNodeTemplate } from '@core/projects';
import { PROJECTS_SEED } from '@core/app/seed/service-teams-seed';
import { addDays, localDateOf, utcMsAt } from '@core/kernel/calendar/local-date';
import { runTick, tickJobs } from '@core/app/scheduler/run-tick';
import { loadWorkingTime } from '@core/settings/load-working-time';
import { newNodeTicket } from '@core/tickets/project-node-tickets';
import type { ProjectPlan } from '@core/projects/nodes/project-plan';
import { logSender } from '../../server/jobs/scheduler-timer';
import { expectOk, type BenchStack } from './bench-stack';
import { countingStore } from './counting-store';
import { measure, oneRun, type Figures } from './measure';

const NODES = 60;
const PROJECTS = 5000;
const BATCH = 500;

/** Six parallel approval streams of ten nodes, each node after the one before it and, every third, after the stream beside it. */
const sixtyNodes = (): PlanNodeTemplate[] =>
  Array.from({ length: NODES }, (_, i) => ({
    key: `n${i}`,
    name: `节点${i + 1}`,
    durationWd: 1 + ((i * 7) % 20),
    predecessors: [...(i >= 6 ? [`n${i - 6}`] : []), ...(i >= 7 && i % 3 === 0 ? [`n${i - 7}`] : [])],
    owner: { kind: 'role', id: 'project_team', label: '项目专班' },
  }));

/** 5 000 projects spread over the stages (and 终止), each changed at its own minute. */
export const seedProjects = async (stack: BenchStack): Promise<void> => {
  const now = stack.deps.clock.now();
  const statuses = [...PROJECT_STAGES, 'terminated'] as const;
  const template = PROJECTS_SEED[0]!;
  for (let start = 0; start < PROJECTS; start += BATCH) {
    await stack.store.transaction(async (tx) => {
      for (let i = start; i < Math.min(PROJECTS, start + BATCH); i += 1) {
        const status = statuses[i % statuses.length]!;
        await tx.insert('projects', {
          ...template,
          id: `bench-project-${i}`,
          name: `压测项目${i}`,
          enterpriseName: `压测企业${i}有限公司`,
          ownerUserId: null,
          stage: status === 'terminated' ? 'signed' : status,
          status,
          createdAt: now - i * 60_000,
          updatedAt: now - i * 60_000,
        });
      }
    });
  }
};

/** A committed plan per project (the list colours every card from it): open nodes, some late. */
const seedPlans = async (stack: BenchStack): Promise<void> => {
  const now = stack.deps.clock.now();
  const today = localDateOf(now);
  for (let start = 0; start < PROJECTS; start += BATCH) {
    await stack.store.transaction(async (tx) => {
      for (let i = start; i < Math.min(PROJECTS, start + BATCH); i += 1) {
        const plan: ProjectPlan = {
          id: `bench-project-${i}`,
          version: 1,
          projectId: `bench-project-${i}`,
          templateId: 'industrial-default',
          templateName: '工业项目默认模板',
          target: addDays(today, 300),
          baselineTarget: addDays(today, 300),
          nodes: [],
          replans: 0,
          plannedStartOn: addDays(today, (i % 200) - 100),
          openFinishOn: addDays(today, (i % 60) - 5),
          unstartedStartOn: addDays(today, (i % 40) - 10),
          createdAt: now,
          updatedAt: now,
        };
        await tx.insert('project_plans', plan);
      }
    });
  }
};

const OPEN_NODES = 50_000;
const NODES_PER_PROJECT = 10;

/**
 * 50 000 open 项目节点 work items (5 000 projects × 10 nodes), filed over the last 30 days, due over
 * the next ten months, a few already late: their check instants stamped as commitPlan stamps them.
 */
const seedOpenNodes = async (stack: BenchStack, now: number): Promise<void> => {
  const time = await loadWorkingTime(stack.store);
  const today = localDateOf(now);
  const leader = { userId: 'u-demo-leader', name: '陈主任（演示）', title: '主任' };
  for (let start = 0; start < OPEN_NODES; start += BATCH * 2) {
    await stack.store.transaction(async (tx) => {
      for (let i = start; i < Math.min(OPEN_NODES, start + BATCH * 2); i += 1) {
        const p = Math.floor(i / NODES_PER_PROJECT);
        const project = {
          id: `bench-node-project-${p}`,
          name: `压测项目${p}`,
          enterpriseName: null,
          creditCode: null,
          parkId: null,
        };
        const latestFinish = addDays(today, ((i * 37) % 300) - 2);
        const node = {
          key: `n${i % NODES_PER_PROJECT}`,
          name: `节点${i % NODES_PER_PROJECT}`,
          teamId: 'svc-desk-permits',
          latestStart: addDays(latestFinish, -5),
          latestFinish,
        };
        const filedAt = now - ((i * 13) % 30) * 86_400_000;
        await tx.insert('tickets', newNodeTicket(project, node, leader, time, filedAt));
      }
    });
  }
};

/**
 * One scheduler tick, job by job, each through its own counting store: what each job read and
 * wrote. The first tick also folds every seeded ticket into the dashboard roll-up (all were just
 * written); the steady state is the tick after the one after it.
 */
const countedTick = async (stack: BenchStack, name: string): Promise<Figures> => {
  const parts: string[] = [];
  let ms = 0;
  for (const job of tickJobs(logSender(stack.deps))) {
    const { store, counts } = countingStore(stack.store);
    const deps = { ...stack.deps, store };
    const t0 = performance.now();
    const report = await runTick(deps, { deadline: Infinity, jobs: [job] });
    ms += performance.now() - t0;
    const steps = report.done[0]?.count ?? 0;
    if (steps > 0 || counts.docsRead > 0)
      parts.push(`${job.name}: ${steps} steps, ${counts.docsRead} docs read, ${counts.writes} writes`);
  }
  return oneRun(`${name} (${parts.join('; ')})`, ms);
};

/**
 * The plan's CPU time per run (process.cpuUsage, GC threads included), beside the wall-clock figures:
 * on a shared machine a run descheduled mid-way shows in the wall p99 and not here, so the two
 * together tell the code's cost from the machine's load.
 */
const planCpuTimes = (label: string, runs: number, plan: () => void): void => {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const c0 = process.cpuUsage();
    plan();
    const used = process.cpuUsage(c0);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0).toFixed(2);
  process.stderr.write(`${label}: CPU ms p50 ${at(50)} p99 ${at(99)} max ${at(100)} (${runs} runs)\n`);
};

/** `npm run bench projects`: a 60-node 倒排工期 (pure, in process) and the staff list by stage at 5 000 projects. */
export const benchProjects = async (stack: BenchStack): Promise<Figures[]> => {
  const calendar = createWorkingCalendar();
  const template = { nodes: sixtyNodes() };
  const plan = await measure(`planMilestonesBackwards, ${NODES} nodes`, 2000, 1, async (i) => {
    const result = planMilestonesBackwards('2027-12-31', template, calendar, i % 2 ? '2026-01-05' : '2027-06-01');
    if (result.nodes.length !== NODES) throw new Error('plan lost nodes');
  });
  // As the handler runs it: a fresh calendar per request, so no day is known in advance.
  const cold = await measure(`planMilestonesBackwards, ${NODES} nodes, fresh calendar`, 500, 1, async () => {
    const result = planMilestonesBackwards('2027-12-31', template, createWorkingCalendar(), '2026-01-05');
    if (result.nodes.length !== NODES) throw new Error('plan lost nodes');
  });
  planCpuTimes(`planMilestonesBackwards, ${NODES} nodes`, 2000, () =>
    planMilestonesBackwards('2027-12-31', template, calendar, '2026-01-05'),
  );
  planCpuTimes(`planMilestonesBackwards, ${NODES} nodes, fresh calendar`, 500, () =>
    planMilestonesBackwards('2027-12-31', template, createWorkingCalendar(), '2026-01-05'),
  );
  await seedProjects(stack);
  await seedPlans(stack);
  const staff = { openid: demoOpenid('staff') };
  const list = await measure(`projects.list by stage at ${PROJECTS / 1000}k`, 400, 4, async (i) => {
    const answer = await stack.post('projects', 'projects.list', { status: PROJECT_STAGES[i % 5], limit: 20 }, staff);
    expectOk(answer, 'projects.list');
  });
  // A Wednesday 10:00 at +08:00, inside business hours.
  let now = utcMsAt('2026-12-02', 10, 0);
  stack.deps.clock = { now: () => now };
  const t0 = performance.now();
  await seedOpenNodes(stack, now);
  process.stderr.write(
    `seeded ${OPEN_NODES} open node work items in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  const backlog = await countedTick(stack, `scheduler tick, ${OPEN_NODES / 1000}k open nodes, backlog`);
  now += 5 * 60_000;
  const next = await countedTick(stack, `scheduler tick, ${OPEN_NODES / 1000}k open nodes, +5 min`);
  now += 5 * 60_000;
  const steady = await countedTick(stack, `scheduler tick, ${OPEN_NODES / 1000}k open nodes, +10 min`);
  return [plan, cold, list, backlog, next, steady];
};
