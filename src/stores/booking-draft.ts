import type { ActionInput } from '@core/app/contract';
// The action's own schema, not the action table: keeps the other actions' schemas out of the main package.
import { bookVisitInput } from '@core/visits/visit-fields';
import * as v from 'valibot';
import {
  ENVIRONMENT_CATEGORIES,
  HALF_DAYS,
  INVESTMENT_BANDS,
  type EnvironmentCategory,
  type HalfDay,
  type InvestmentBand,
} from '@core/visits/visit';
import { parseInput } from '@core/kernel/validation/parse-input';
import { reviveWith, type DraftFieldSchemas } from './create-draft-form';

/** The booking form as typed: numbers stay text until submit so half-typed input is never lost. */
export interface BookingDraft {
  parkIds: string[];
  date: string | null;
  halfDay: HalfDay | null;
  company: string;
  contactName: string;
  contactPhone: string;
  partySize: string;
  industryIds: string[];
  investmentBand: InvestmentBand | null;
  areaM2: string;
  floorLoadKn: string;
  craneTons: string;
  powerKva: string;
  environmentCategory: EnvironmentCategory | null;
  notes: string;
  privacyConsent: boolean;
  /** One per draft: a double tap or a retry after a timeout books once (DESIGN §3). */
  requestId: string;
}

export type DraftField = Exclude<keyof BookingDraft, 'requestId'>;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const MAX_PARKS = 3;

/** The fields in the order the form shows them: a failed submit brings the first with an error into view. */
export const DRAFT_FIELD_ORDER: readonly DraftField[] = [
  'parkIds',
  'date',
  'halfDay',
  'company',
  'contactName',
  'contactPhone',
  'partySize',
  'investmentBand',
  'industryIds',
  'notes',
  'areaM2',
  'floorLoadKn',
  'craneTons',
  'powerKva',
  'environmentCategory',
  'privacyConsent',
];

export const emptyDraft = (requestId: string): BookingDraft => ({
  parkIds: [],
  date: null,
  halfDay: null,
  company: '',
  contactName: '',
  contactPhone: '',
  partySize: '',
  industryIds: [],
  investmentBand: null,
  areaM2: '',
  floorLoadKn: '',
  craneTons: '',
  powerKva: '',
  environmentCategory: null,
  notes: '',
  privacyConsent: false,
  requestId,
});

/** '' → null (not given); anything else → a number, NaN included so the schema can say 应为数字. */
const amount = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

const FACTORY_FIELDS = ['areaM2', 'floorLoadKn', 'craneTons', 'powerKva'] as const;

/** What the server receives: the same schema then validates it on both sides. */
export const toBookInput = (d: BookingDraft): Record<string, unknown> => {
  const needs = {
    areaM2: amount(d.areaM2),
    floorLoadKn: amount(d.floorLoadKn),
    craneTons: amount(d.craneTons),
    powerKva: amount(d.powerKva),
    environmentCategory: d.environmentCategory,
  };
  const hasNeeds = Object.values(needs).some((value) => value !== null);
  return {
    parkIds: d.parkIds,
    date: d.date ?? undefined,
    halfDay: d.halfDay ?? undefined,
    company: d.company,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    partySize: d.partySize.trim() === '' ? undefined : Number(d.partySize.trim()),
    industryIds: d.industryIds,
    investmentBand: d.investmentBand ?? undefined,
    factoryNeeds: hasNeeds ? needs : null,
    notes: d.notes,
    privacyConsent: d.privacyConsent,
  };
};

/** Maps a problem's dotted path back to the form field it belongs next to. */
export const draftFieldOf = (path: string): DraftField | null => {
  const [head, tail] = path.split('.');
  if (head === 'factoryNeeds' && tail) {
    return tail === 'environmentCategory' || (FACTORY_FIELDS as readonly string[]).includes(tail)
      ? (tail as DraftField)
      : null;
  }
  return head && head in emptyDraft('') && head !== 'requestId' ? (head as DraftField) : null;
};

export type DraftCheck = { ok: true; input: ActionInput<'visits.book'> } | { ok: false; errors: DraftErrors };

/** Every problem, each next to its field (the server reports only the first); or the input to send. */
export const checkDraft = (d: BookingDraft): DraftCheck => {
  const parsed = parseInput(bookVisitInput, toBookInput(d));
  if (parsed.ok) return { ok: true, input: parsed.value };
  const errors: DraftErrors = {};
  for (const problem of parsed.problems) {
    const field = draftFieldOf(problem.field);
    if (field && !errors[field]) errors[field] = problem.message;
  }
  return { ok: false, errors };
};

export const validateDraft = (d: BookingDraft): DraftErrors => {
  const check = checkDraft(d);
  return check.ok ? {} : check.errors;
};

const text = v.string();
const ids = v.array(v.string());

/** What each stored field must be to be kept when the draft is revived. */
const DRAFT_FIELDS: DraftFieldSchemas<BookingDraft> = {
  parkIds: ids,
  date: v.nullable(v.string()),
  halfDay: v.nullable(v.picklist(HALF_DAYS)),
  company: text,
  contactName: text,
  contactPhone: text,
  partySize: text,
  industryIds: ids,
  investmentBand: v.nullable(v.picklist(INVESTMENT_BANDS)),
  areaM2: text,
  floorLoadKn: text,
  craneTons: text,
  powerKva: text,
  environmentCategory: v.nullable(v.picklist(ENVIRONMENT_CATEGORIES)),
  notes: text,
  privacyConsent: v.boolean(),
};

/** A stored draft from an older app version: keep what still fits, default the rest field by field. */
export const reviveDraft = reviveWith(DRAFT_FIELDS, emptyDraft);
