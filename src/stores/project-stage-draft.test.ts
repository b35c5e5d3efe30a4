import { checkStageDraft, checkTerminateDraft, emptyStageDraft, reviveStageDraft } from './project-stage-draft';

const draft = (patch: Partial<ReturnType<typeof emptyStageDraft>>) => ({ ...emptyStageDraft('r-1'), ...patch });

describe('the 推进阶段 draft', () => {
  it('shows each missing piece of evidence next to its own field, with the server’s schema', () => {
    expect(checkStageDraft(draft({ to: 'construction', date: '' }), 'p-1')).toEqual({
      ok: false,
      errors: { date: expect.any(String), permitNo: '请填写施工许可证编号或上传现场照片' },
    });
    const signed = checkStageDraft(draft({ to: 'signed', date: '2026-12-01' }), 'p-1');
    expect(signed).toMatchObject({ ok: false, errors: { agreementFile: '请上传文件' } });
  });

  it('sends the move each stage carries', () => {
    expect(checkStageDraft(draft({ to: 'completed', date: '2026-12-01' }), 'p-1')).toEqual({
      ok: true,
      input: { projectId: 'p-1', move: { to: 'completed', acceptanceFiledOn: '2026-12-01' } },
    });
    expect(
      checkStageDraft(draft({ to: 'construction', date: '2026-12-01', permitNo: ' 371426202612010101 ' }), 'p-1'),
    ).toMatchObject({ ok: true, input: { move: { permitNo: '371426202612010101', sitePhotoFileId: null } } });
  });

  it('revives a stored draft field by field, keeping its requestId', () => {
    const revived = reviveStageDraft({ to: 'moon', date: '2026-12-01', requestId: 'r-old' }, 'r-new');
    expect(revived).toMatchObject({ to: '', date: '2026-12-01', requestId: 'r-old' });
  });

  it('asks for a reason of at least two characters before 终止', () => {
    expect(checkTerminateDraft({ reason: ' ', requestId: 'r' }, 'p-1')).toMatchObject({ ok: false });
    expect(checkTerminateDraft({ reason: '企业战略调整', requestId: 'r' }, 'p-1')).toMatchObject({ ok: true });
  });
});
