import type { ProjectView } from '@core/projects/project-actions';
import type { BarNode } from './components/node-bar';

/** The project's plan nodes as the rainbow bar draws them (from the project's node view). */
export const barNodesOf = (_project: ProjectView): BarNode[] => [];
