import { useEffect } from 'react';
import { ProjectLink } from '@/components/project-link';
import { Section } from '@/components/section';
import { useVisitProjectLinks } from '@/stores/visit-project-link';

/** Once a completed visit has become a project, the booker follows it from here. */
export function VisitProject({ visitId }: { visitId: string }) {
  const links = useVisitProjectLinks();
  const projectId = links.byId[visitId]?.data?.projectId ?? null;
  useEffect(() => {
    void links.load(visitId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visitId]);
  if (!projectId) return null;
  return (
    <Section title="项目">
      <ProjectLink projectId={projectId} />
    </Section>
  );
}
