import { maskPhone } from '@core/kernel/mask';
import type { User } from '@core/kernel/caller';
import type { TimelinePage } from '@core/kernel/store/timeline-page';
import {
  PROJECT_STATUS_LABELS,
  SCREENING_LABELS,
  type Lead,
  type Project,
  type ProjectEvent,
  type ProjectStage,
  type ProjectStatus,
  type ScreeningState,
  type StageEvidence,
} from './project';
import type { ProjectColourReading, ProjectNodesView } from './nodes/node-view';

/** How the caller stands to a project: the zone's staff manage it; the enterprise contact reads its own. */
export type ProjectViewer = 'staff' | 'contact';

export interface PersonRef {
  userId: string;
  name: string;
  /** Whole for staff, masked (138****8000) for the enterprise. */
  phone: string | null;
}

export interface ProjectCard {
  id: string;
  name: string;
  enterpriseName: string | null;
  parkId: string | null;
  stage: ProjectStage;
  status: ProjectStatus;
  statusLabel: string;
  investmentWan: number | null;
  updatedAt: number;
  /** 红黄灯: the worst of the open plan nodes and the stall rule (nodes/node-view.ts projectColourOf). */
  colour: ProjectColourReading['colour'];
  colourText: string | null;
}

export interface ProjectTimelineLine {
  id: string;
  at: number;
  actorName: string;
  text: string;
  isInternal: boolean;
}

export interface ProjectView extends ProjectCard {
  viewer: ProjectViewer;
  creditCode: string | null;
  industryId: string | null;
  industryClass: string | null;
  landMu: number | null;
  evidence: StageEvidence;
  terminatedReason: string | null;
  leader: PersonRef | null;
  team: { id: string; name: string; members: PersonRef[] } | null;
  /** Staff only (null for the enterprise): internal figures and links. */
  investmentNote: string | null;
  screening: ScreeningState | null;
  screeningLabel: string | null;
  leadId: string | null;
  timeline: ProjectTimelineLine[];
  /** The committed plan's nodes (the rainbow bar), or null before a plan is committed. */
  plan: ProjectNodesView | null;
  /** Cursor for 加载更早的记录, or null. */
  earlier: string | null;
}

export interface LeadView {
  id: string;
  visitId: string;
  company: string;
  contactName: string;
  contactPhone: string;
  parkId: string | null;
  status: Lead['status'];
  projectId: string | null;
  createdAt: number;
}

const NO_COLOUR: ProjectColourReading = { colour: null, colourText: null };

export const toProjectCard = (p: Project, colour: ProjectColourReading = NO_COLOUR): ProjectCard => ({
  id: p.id,
  name: p.name,
  enterpriseName: p.enterpriseName,
  parkId: p.parkId,
  stage: p.stage,
  status: p.status,
  statusLabel: PROJECT_STATUS_LABELS[p.status],
  investmentWan: p.investmentWan,
  updatedAt: p.updatedAt,
  colour: colour.colour,
  colourText: colour.colourText,
});

export const toTimelineLine = (e: ProjectEvent): ProjectTimelineLine => ({
  id: e.id,
  at: e.at,
  actorName: e.actorName,
  text: e.text,
  isInternal: e.isInternal,
});

/** The enterprise sees no internal line. */
export const visibleLines = (events: readonly ProjectEvent[], viewer: ProjectViewer): ProjectTimelineLine[] =>
  events.filter((e) => viewer === 'staff' || !e.isInternal).map(toTimelineLine);

export interface ProjectPeople {
  leader: User | null;
  team: { id: string; name: string; members: User[] } | null;
}

const personOf = (u: User, viewer: ProjectViewer): PersonRef => ({
  userId: u.id,
  name: u.name,
  phone: viewer === 'staff' ? u.phone : maskPhone(u.phone),
});

export const toProjectView = (
  p: Project,
  viewer: ProjectViewer,
  people: ProjectPeople,
  timeline: TimelinePage<ProjectEvent>,
  nodes: { plan: ProjectNodesView | null; colour: ProjectColourReading } = { plan: null, colour: NO_COLOUR },
): ProjectView => {
  const isStaff = viewer === 'staff';
  return {
    ...toProjectCard(p, nodes.colour),
    viewer,
    creditCode: p.creditCode,
    industryId: p.industryId,
    industryClass: p.industryClass,
    landMu: p.landMu,
    evidence: p.evidence,
    terminatedReason: p.terminatedReason,
    leader: people.leader ? personOf(people.leader, viewer) : null,
    team: people.team
      ? { id: people.team.id, name: people.team.name, members: people.team.members.map((m) => personOf(m, viewer)) }
      : null,
    investmentNote: isStaff ? p.investmentNote : null,
    screening: isStaff ? p.screening : null,
    screeningLabel: isStaff ? SCREENING_LABELS[p.screening] : null,
    leadId: isStaff ? p.leadId : null,
    timeline: visibleLines(timeline.items, viewer),
    plan: nodes.plan,
    earlier: timeline.earlier,
  };
};

export const toLeadView = (l: Lead): LeadView => ({
  id: l.id,
  visitId: l.visitId,
  company: l.company,
  contactName: l.contactName,
  contactPhone: l.contactPhone,
  parkId: l.parkId,
  status: l.status,
  projectId: l.projectId,
  createdAt: l.createdAt,
});
