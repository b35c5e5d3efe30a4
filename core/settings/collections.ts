import type { ProjectSettings } from './project-settings';
import type { SubscribeSettings } from './subscribe-templates';
import type { CalendarSettings, VisitSettings } from './visit-settings';

/** This feature's collections and their document types (core/kernel/store/collections.ts). */
declare module '@core/kernel/store/collections' {
  interface SettingsDocs {
    visits: VisitSettings;
    calendar: CalendarSettings;
    subscribe: SubscribeSettings;
    projects: ProjectSettings;
  }
}
