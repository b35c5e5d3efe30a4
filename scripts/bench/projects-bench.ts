import { demoOpenid } from '@core/app/seed';
import { createWorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { planMilestonesBackwards, PROJECT_STAGES, type PlanNodeTemplate } from '@core/projects';
import { PROJECTS_SEED } from '@core/app/seed/service-teams-seed';
import { expectOk, type BenchStack } from './bench-stack';
import { measure, type Figures } from './measure';

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
  await seedProjects(stack);
  const staff = { openid: demoOpenid('staff') };
  const list = await measure(`projects.list by stage at ${PROJECTS / 1000}k`, 400, 4, async (i) => {
    const answer = await stack.post('projects', 'projects.list', { status: PROJECT_STAGES[i % 5], limit: 20 }, staff);
    expectOk(answer, 'projects.list');
  });
  return [plan, cold, list];
};
