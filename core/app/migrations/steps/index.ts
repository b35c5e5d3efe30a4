import type { MigrationStep } from '../migration-step';
import { ticketSlaFields } from './0001-ticket-sla-fields';
import { staffStatus } from './0002-staff-status';
import { projectFields } from './0003-project-fields';
import { serviceCategoryRules } from './0004-service-category-rules';
import { ticketRulesVersion } from './0005-ticket-rules-version';
import { articleStatus } from './0006-article-status';
import { evaluationScoreCount } from './0007-evaluation-score-count';

/** Every upgrade step, in the order they run. Append only: a released step is never edited or removed. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [
  ticketSlaFields,
  staffStatus,
  projectFields,
  serviceCategoryRules,
  ticketRulesVersion,
  articleStatus,
  evaluationScoreCount,
];
