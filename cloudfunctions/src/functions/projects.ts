import { PROJECTS_ACTIONS, PROJECTS_HANDLERS } from '@core/app/handlers/by-function/projects';
import { createFunctionMain } from '../function-main';

/** Cloud function `projects`: 项目全周期 (C6) — the record and its stages, visit → lead → project, 倒排工期. */
export const main = createFunctionMain('projects', PROJECTS_ACTIONS, PROJECTS_HANDLERS);
