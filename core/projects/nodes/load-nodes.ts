import { localDateOf } from '@core/kernel/calendar/local-date';
import { createWorkingCalendar, type WorkingCalendar } from '@core/kernel/calendar/working-calendar';
import { maskPhone } from '@core/kernel/mask';
import type { DocStore } from '@core/kernel/store/doc-store';
import { staffRepo } from '@core/identity';
import { settingsReader, type StallRule } from '@core/settings';
import type { Project } from '../project';
import type { ProjectViewer } from '../project-view';
import { planRepo } from '../repo/plan-repo';
import {
  projectColourOf,
  toProjectNodesView,
  type NodeOwnerPeople,
  type ProjectColourReading,
  type ProjectNodesView,
} from './node-view';
import type { ProjectPlan } from './project-plan';

/** What colours need: today (+08:00), the zone's working calendar, the office's stall rule. */
export interface ColourContext {
  today: string;
  calendar: WorkingCalendar;
  rule: StallRule;
}

export const colourContext = async (store: DocStore, now: number): Promise<ColourContext> => {
  const read = settingsReader(store);
  const [overrides, rule] = await Promise.all([read.calendarOverrides(), read.stallRule()]);
  return { today: localDateOf(now), calendar: createWorkingCalendar(overrides.value), rule: rule.value };
};

export const colourOf = (project: Project, plan: ProjectPlan | null, c: ColourContext): ProjectColourReading =>
  projectColourOf(project, plan, c.today, c.calendar, c.rule);

/** The colour of each project of a page, from one read of their plans. */
export const coloursOf = async (
  store: DocStore,
  projects: readonly Project[],
  now: number,
): Promise<Map<string, ProjectColourReading>> => {
  const [plans, c] = await Promise.all([
    planRepo(store).ofProjects(projects.map((p) => p.id)),
    colourContext(store, now),
  ]);
  return new Map(projects.map((p) => [p.id, colourOf(p, plans.get(p.id) ?? null, c)]));
};

/** Each owning team's name and people (phones masked for the enterprise). */
const ownersOf = async (
  store: DocStore,
  plan: ProjectPlan,
  viewer: ProjectViewer,
): Promise<Map<string, NodeOwnerPeople>> => {
  const staff = staffRepo(store);
  const teamIds = [...new Set(plan.nodes.flatMap((n) => (n.teamId ? [n.teamId] : [])))];
  const teams = (await Promise.all(teamIds.map((id) => staff.teamById(id)))).flatMap((t) => (t ? [t] : []));
  const users = new Map(
    (await staff.usersByIds([...new Set(teams.flatMap((t) => t.memberIds))])).map((u) => [u.id, u]),
  );
  return new Map(
    teams.map((t) => [
      t.id,
      {
        teamName: t.name,
        people: t.memberIds.flatMap((id) => {
          const u = users.get(id);
          return u ? [{ userId: u.id, name: u.name, phone: viewer === 'staff' ? u.phone : maskPhone(u.phone) }] : [];
        }),
      },
    ]),
  );
};

/** A project's rainbow bar and colour, as the viewer may see them. */
export const loadProjectNodes = async (
  store: DocStore,
  project: Project,
  viewer: ProjectViewer,
  now: number,
): Promise<{ plan: ProjectNodesView | null; colour: ProjectColourReading }> => {
  const [plan, c] = await Promise.all([planRepo(store).get(project.id), colourContext(store, now)]);
  if (!plan) return { plan: null, colour: colourOf(project, null, c) };
  const owners = await ownersOf(store, plan, viewer);
  return {
    plan: toProjectNodesView(plan, (teamId) => (teamId ? owners.get(teamId) : undefined), c.today, c.calendar),
    colour: colourOf(project, plan, c),
  };
};
