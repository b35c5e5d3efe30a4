import { dataOf } from '@tests/support/dispatch-kit';
import { projectFromVisit } from '@tests/support/project-fixture';
import { FIXED_NOW } from '@tests/support/temp-sqlite-store';
import { UNATTACHED_UPLOAD_TTL_MS, uploadFileId } from '@core/tickets';
import { purgeUnattachedUploads } from './purge-uploads';
import { useTestStack } from '@tests/support/use-test-stack';

const kit = useTestStack();

const upload = (id: string) =>
  kit.stack.store.insert('uploads', {
    id,
    version: 1,
    ownerUserId: 'u-demo-staff',
    name: `${id}.pdf`,
    size: 4096,
    type: 'application/pdf',
    createdAt: FIXED_NOW,
    purgeAt: FIXED_NOW + UNATTACHED_UPLOAD_TTL_MS,
  });

it('keeps a project’s stage evidence (签约 agreement, 开工 site photo) and removes the unclaimed upload 25 h later', async () => {
  for (const id of ['agreement-01', 'site-photo-1', 'left-over-01']) await upload(id);
  const { projectId } = await projectFromVisit(kit.stack, kit.send);
  dataOf(
    await kit.send('staff', 'projects.edit', {
      projectId,
      leaderUserId: 'u-demo-leader',
      teamId: 'svc-project-dezhi-hangchuang',
    }),
  );
  const project = (await kit.stack.store.get('projects', projectId))!;
  await kit.stack.store.update('projects', projectId, project.version, { screening: 'passed' });
  const signed = { to: 'signed', date: '2026-11-27', agreementFileId: uploadFileId('agreement-01') };
  dataOf(await kit.send('staff', 'projects.advance', { projectId, move: signed }));
  const built = { to: 'construction', date: '2026-11-27', sitePhotoFileId: uploadFileId('site-photo-1') };
  dataOf(await kit.send('staff', 'projects.advance', { projectId, move: built }));

  const removed: string[] = [];
  const purge = purgeUnattachedUploads(async (id) => void removed.push(id));
  const later = FIXED_NOW + 25 * 3600_000;
  expect(await purge({ ...kit.stack.deps, clock: { now: () => later } }, Infinity)).toBe(1);
  expect(removed).toEqual(['left-over-01']);
  expect(await kit.stack.store.get('uploads', 'agreement-01')).toMatchObject({ purgeAt: null });
  expect(await kit.stack.store.get('uploads', 'site-photo-1')).toMatchObject({ purgeAt: null });
  expect(await kit.stack.store.get('uploads', 'left-over-01')).toBeNull();
});
