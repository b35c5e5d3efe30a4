import type { Project } from '@core/projects';
import { defineStep } from '../migration-step';

/**
 * Projects from before C6 carry only name, owner, park, stage, leader and team. The new fields are
 * set to "not known" (null / {}), never guessed; `status` is the stage; a project already past 洽谈
 * was signed before screening existed and counts as passed, as the seed records it.
 */
export const projectFields = defineStep<Project>({
  id: '0003-project-fields',
  collection: 'projects',
  toVersion: 2,
  description: 'projects: C6 record fields (status, evidence, credit code, 万元, 亩, screening, lead, times)',
  upgrade: async (p) => ({
    creditCode: p.creditCode ?? null,
    industryId: p.industryId ?? null,
    industryClass: p.industryClass ?? null,
    status: p.status ?? p.stage,
    evidence: p.evidence ?? {},
    terminatedReason: p.terminatedReason ?? null,
    investmentWan: p.investmentWan ?? null,
    landMu: p.landMu ?? null,
    screening: p.screening ?? (p.stage === 'negotiating' ? 'pending' : 'passed'),
    leadId: p.leadId ?? null,
    createdAt: p.createdAt ?? 0,
    updatedAt: p.updatedAt ?? 0,
  }),
});
