import type { Project } from './project';
import { PROJECT_TEMPLATES_SEED } from './project-template';
import { SCREENING_ITEMS_SEED } from './screening';
import type { DocStore } from '@core/kernel/store/doc-store';
import { insertMissing, type SeededDocs } from '@core/kernel/store/seeding';

// The projects feature's seed writes: the only place besides project-repo that names its collections for the seed.
// The demo's projects are data of the app's seed (they name its demo people and teams), so they come in as an argument.

/** The demo's projects (体验数据): the article's and one invented in the 开工 stage. */
export const seedDemoProjects = (store: DocStore, projects: readonly Project[]): Promise<void> =>
  insertMissing(
    projects,
    (id) => store.get('projects', id),
    (doc) => store.insert('projects', doc),
  );

export const seededDemoProjects = (store: DocStore, projects: readonly Project[]): SeededDocs => ({
  ids: projects.map((p) => p.id),
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
