import * as v from 'valibot';
import type { ActionInput } from '@core/app/contract';
import { projectActions } from '@core/projects/project-actions';
import { PROJECT_STAGES, type ProjectStage } from '@core/projects/project';
import { fileRefField } from '@core/tickets/ticket-fields';
import type { FileRef } from '@core/tickets/ticket';
import { parseInput } from '@core/kernel/validation/parse-input';
import { reviveWith, type DraftCheckOf, type DraftFieldSchemas } from './create-draft-form';

/** 推进阶段 as typed, per project: the next stage and its evidence (dates at +08:00, files through the upload path). */
export interface StageDraft {
  to: ProjectStage | '';
  /** 签约 / 开工 / 投产 date, or the 竣工验收备案 date. */
  date: string;
  agreementFile: FileRef | null;
  permitNo: string;
  sitePhoto: FileRef | null;
  requestId: string;
}

export type StageDraftField = Exclude<keyof StageDraft, 'requestId'>;

/** The order the form shows them in: a failed submit brings the first with an error into view. */
export const STAGE_FIELD_ORDER: readonly StageDraftField[] = ['to', 'date', 'agreementFile', 'permitNo', 'sitePhoto'];

export const emptyStageDraft = (requestId: string): StageDraft => ({
  to: '',
  date: '',
  agreementFile: null,
  permitNo: '',
  sitePhoto: null,
  requestId,
});

/** The move the server's own schema checks (stageMoveField). */
export const toStageMove = (d: StageDraft): Record<string, unknown> => {
  switch (d.to) {
    case 'signed':
      return { to: d.to, date: d.date, agreementFileId: d.agreementFile?.fileId ?? '' };
    case 'construction':
      return {
        to: d.to,
        date: d.date,
        permitNo: d.permitNo.trim() === '' ? null : d.permitNo,
        sitePhotoFileId: d.sitePhoto?.fileId ?? null,
      };
    case 'completed':
      return { to: d.to, acceptanceFiledOn: d.date };
    default:
      return { to: d.to, date: d.date };
  }
};

const FIELD_BY_PATH: Record<string, StageDraftField> = {
  'move.to': 'to',
  'move.date': 'date',
  'move.acceptanceFiledOn': 'date',
  'move.agreementFileId': 'agreementFile',
  'move.permitNo': 'permitNo',
  'move.sitePhotoFileId': 'sitePhoto',
};

export const stageFieldOf = (path: string): StageDraftField | null => FIELD_BY_PATH[path] ?? null;

/** Every problem next to its field, with the server's own schema; or the input to send. */
export const checkStageDraft = (
  d: StageDraft,
  projectId: string,
): DraftCheckOf<StageDraft, ActionInput<'projects.advance'>> => {
  const parsed = parseInput(projectActions['projects.advance'].input, { projectId, move: toStageMove(d) });
  if (parsed.ok) return { ok: true, input: parsed.value };
  const errors: Partial<Record<StageDraftField, string>> = {};
  for (const problem of parsed.problems) {
    const field = stageFieldOf(problem.field) ?? 'to';
    errors[field] ??= problem.message;
  }
  return { ok: false, errors };
};

const STAGE_DRAFT_FIELDS: DraftFieldSchemas<StageDraft> = {
  to: v.picklist([...PROJECT_STAGES, '']),
  date: v.string(),
  agreementFile: v.nullable(fileRefField),
  permitNo: v.string(),
  sitePhoto: v.nullable(fileRefField),
};

export const reviveStageDraft = reviveWith(STAGE_DRAFT_FIELDS, emptyStageDraft);

/** 终止 as typed: the reason. */
export interface TerminateDraft {
  reason: string;
  requestId: string;
}

export const emptyTerminateDraft = (requestId: string): TerminateDraft => ({ reason: '', requestId });
export const reviveTerminateDraft = reviveWith<TerminateDraft>({ reason: v.string() }, emptyTerminateDraft);

export const checkTerminateDraft = (
  d: TerminateDraft,
  projectId: string,
): DraftCheckOf<TerminateDraft, ActionInput<'projects.terminate'>> => {
  const parsed = parseInput(projectActions['projects.terminate'].input, { projectId, reason: d.reason });
  if (parsed.ok) return { ok: true, input: parsed.value };
  return { ok: false, errors: { reason: parsed.problems[0]?.message ?? '请填写原因' } };
};
