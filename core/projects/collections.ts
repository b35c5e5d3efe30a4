import type { Lead, Project, ProjectEvent } from './project';
import type { ProjectPlan } from './nodes/project-plan';
import type { ProjectTemplate } from './project-template';
import type { Screening, ScreeningItem } from './screening/screening';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface CollectionDocs {
    projects: Project;
    project_events: ProjectEvent;
    leads: Lead;
    project_templates: ProjectTemplate;
    screenings: Screening;
    screening_items: ScreeningItem;
    project_plans: ProjectPlan;
  }
}
