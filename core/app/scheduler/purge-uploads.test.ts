import { dataOf } from '@tests/support/dispatch-kit';
import { assignLeaderAndTeam, projectFromVisit } from '@tests/support/project-fixture';
import { FIXED_NOW, type TestStack } from '@tests/support/temp-sqlite-store';
import { eachTestOnStack, type Send } from '@tests/support/handler-test';
import { insertUpload } from '@tests/support/upload-fixture';
import { uploadFileId } from '@core/tickets';
import { purgeUnattachedUploads } from './purge-uploads';

let stack: TestStack;
let send: Send;
eachTestOnStack((opened, sender) => ([stack, send] = [opened, sender]));

const upload = (id: string) => insertUpload(stack, id, 'u-demo-staff');

/** The purge 25 h after FIXED_NOW: what it removed. */
const purgeLater = async (): Promise<string[]> => {
  const removed: string[] = [];
  const purge = purgeUnattachedUploads(async (id) => void removed.push(id));
  await purge({ ...stack.deps, clock: { now: () => FIXED_NOW + 25 * 3600_000 } }, Infinity);
  return removed;
};

it('keeps a project’s stage evidence (签约 agreement, 开工 site photo) and removes the unclaimed upload 25 h later', async () => {
  for (const id of ['agreement-01', 'site-photo-1', 'left-over-01']) await upload(id);
  const { projectId } = await projectFromVisit(stack, send);
  await assignLeaderAndTeam(send, projectId);
  const project = (await stack.store.get('projects', projectId))!;
  await stack.store.update('projects', projectId, project.version, { screening: 'passed' });
  const signed = { to: 'signed', date: '2026-11-27', agreementFileId: uploadFileId('agreement-01') };
  dataOf(await send('staff', 'projects.advance', { projectId, move: signed }));
  const built = { to: 'construction', date: '2026-11-27', sitePhotoFileId: uploadFileId('site-photo-1') };
  dataOf(await send('staff', 'projects.advance', { projectId, move: built }));

  expect(await purgeLater()).toEqual(['left-over-01']);
  expect(await stack.store.get('uploads', 'agreement-01')).toMatchObject({ purgeAt: null });
  expect(await stack.store.get('uploads', 'site-photo-1')).toMatchObject({ purgeAt: null });
  expect(await stack.store.get('uploads', 'left-over-01')).toBeNull();
});

it('keeps a screening’s evidence and its 评审会 minutes', async () => {
  for (const id of ['evidence-01', 'minutes-0001', 'left-over-01']) await upload(id);
  const subject = { kind: 'project' as const, id: '5g-charging' };
  const form = dataOf(await send('staff', 'projects.screening.get', { subject }));
  const evidence = [{ fileId: uploadFileId('evidence-01'), name: '环保意见.pdf' }];
  const answers = form.items.map((i, n) => ({
    itemId: i.id,
    itemVersion: i.version,
    answer: n === 0 ? ('unverified' as const) : ('meets' as const),
    evidence: i.needsEvidence ? evidence : [],
  }));
  dataOf(await send('staff', 'projects.screening.submit', { subject, answers }));
  const minutes = [{ fileId: uploadFileId('minutes-0001'), name: '评审会纪要.pdf' }];
  const decide = { subject, minutes, heldOn: '2026-11-26', decision: 'passed', conditions: [] };
  dataOf(await send('staff', 'projects.screening.decide', decide));

  expect(await purgeLater()).toEqual(['left-over-01']);
  expect(await stack.store.get('uploads', 'evidence-01')).toMatchObject({ purgeAt: null });
  expect(await stack.store.get('uploads', 'minutes-0001')).toMatchObject({ purgeAt: null });
});
