import { PROJECT_TEMPLATES_SEED, SCREENING_ITEMS_SEED } from '@core/projects';
import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing, type SeededDocs } from '@core/kernel/store/seeding';
import { PROJECTS_SEED } from './service-teams-seed';

// The projects feature's seed writes, here until core/projects (being rewritten, wt11x) has its own
// seed repository: then they move there and this file's exemption goes.

/** The demo's projects (体验数据): the article's and one invented in the 开工 stage. */
export const seedDemoProjects = (store: DocStore): Promise<void> =>
  insertMissing(
    PROJECTS_SEED,
    (id) => store.get('projects', id),
    (doc) => store.insert('projects', doc),
  );

export const seededDemoProjects = (store: DocStore): SeededDocs => ({
  ids: PROJECTS_SEED.map((p) => p.id),
  count: (ids) => store.count('projects', { id: { in: ids } }),
  remove: (id) => store.remove('projects', id),
});

/** C6: the default 倒排工期 template (its durations and sources in core/projects/project-template.ts). */
export const seedProjectTemplates = (store: DocStore): Promise<void> =>
  insertMissing(
    PROJECT_TEMPLATES_SEED,
    (id) => store.get('project_templates', id),
    (doc) => store.insert('project_templates', doc),
  );

/** C6: the green-screening checklist, every item 待区办核定 (sources in core/projects/screening/screening-seed.ts). */
export const seedScreeningItems = (store: DocStore): Promise<void> =>
  insertMissing(
    SCREENING_ITEMS_SEED,
    (id) => store.get('screening_items', id),
    (doc) => store.insert('screening_items', doc),
  );
