/**
 * A project in the zone ("五个一": one project, one leader, one team, followed to the end). C6 adds
 * milestones and the stage funnel; tickets need the owner, the park, the leader and the team.
 */
export const PROJECT_STAGES = ['negotiating', 'signed', 'construction', 'completed', 'production'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const PROJECT_STAGE_LABELS: Record<ProjectStage, string> = {
  negotiating: '洽谈',
  signed: '签约',
  construction: '开工',
  completed: '竣工',
  production: '投产',
};

export interface Project {
  id: string;
  version: number;
  name: string;
  enterpriseName: string | null;
  /** The enterprise account that may file tickets for it; null until the enterprise signs in. */
  ownerUserId: string | null;
  /** null when the article does not say which park. */
  parkId: string | null;
  stage: ProjectStage;
  /** Only what the source says; never a figure it does not give. */
  investmentNote: string | null;
  leaderUserId: string;
  teamId: string;
}
