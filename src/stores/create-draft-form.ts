import * as v from 'valibot';
import { createStore } from 'zustand/vanilla';
import type { Envelope, WireError } from '@core/kernel/errors';
import type { KeyValueStorage } from '../services/local-storage';

/** Every draft carries the one requestId that makes its submit idempotent (DESIGN §3). */
export interface Draft {
  requestId: string;
}

export type DraftFieldOf<D> = Exclude<keyof D, 'requestId'> & string;
export type DraftErrorsOf<D> = Partial<Record<DraftFieldOf<D>, string>>;
export type DraftCheckOf<D, I> = { ok: true; input: I } | { ok: false; errors: DraftErrorsOf<D> };

/** One schema per field: what a stored value must be to be kept. */
export type DraftFieldSchemas<D> = { [K in DraftFieldOf<D>]: v.GenericSchema<unknown, D[K]> };

/**
 * Revives a stored draft (an older app version, a hand-edited storage) field by field: a value that
 * fails its field's schema falls back to the empty draft's, unknown keys are dropped, and a stored
 * requestId is kept so a retry after leaving the app still submits once.
 */
export const reviveWith =
  <D extends Draft>(fields: DraftFieldSchemas<D>, empty: (requestId: string) => D) =>
  (stored: unknown, fallbackRequestId: string): D => {
    const draft = empty(fallbackRequestId) as unknown as Record<string, unknown>;
    if (typeof stored !== 'object' || stored === null) return draft as unknown as D;
    const kept = stored as Record<string, unknown>;
    // v.is per field rather than an object schema with fallbacks: a few bytes in the main package, same outcome.
    for (const [key, schema] of Object.entries<v.GenericSchema>(fields)) {
      if (v.is(schema, kept[key])) draft[key] = kept[key];
    }
    if (typeof kept.requestId === 'string' && kept.requestId !== '') draft.requestId = kept.requestId;
    return draft as unknown as D;
  };

export interface DraftFormSpec<D extends Draft, I, O, C> {
  storageKey: string;
  empty(requestId: string): D;
  revive(stored: unknown, fallbackRequestId: string): D;
  /** Every problem next to its field (the server reports only the first), or the input to send. */
  check(draft: D, context: C): DraftCheckOf<D, I>;
  /** The form field a server problem's dotted path belongs next to, if any. */
  fieldOf(path: string): DraftFieldOf<D> | null;
  send(input: I, requestId: string): Promise<Envelope<O>>;
}

export interface DraftFormDeps {
  storage: KeyValueStorage;
  newRequestId: () => string;
}

export interface DraftFormState<D extends Draft, O, C> {
  draft: D;
  errors: DraftErrorsOf<D>;
  isSubmitting: boolean;
  /** A failure that belongs to no single field (full slot, network). */
  submitError: WireError | null;
  update(patch: Partial<Omit<D, 'requestId'>>): void;
  submit(context: C): Promise<O | null>;
  /** Drops the draft: empty fields, no errors, a new requestId. */
  reset(): void;
}

/** What a form's own actions (togglePark, addAttachment, …) build on. */
export interface DraftFormTools<D extends Draft> {
  draft(): D;
  update(patch: Partial<Omit<D, 'requestId'>>): void;
}

/**
 * A form whose draft is saved on every change, revived with a schema, validated with the server's
 * own schema and submitted with one requestId per draft: a double tap or a retry after a timeout
 * submits once; only a success or a reset starts a new requestId. A server answer that names a
 * field of the form (whatever its code) is shown next to that field.
 */
export const createDraftForm = <D extends Draft, I, O, C = void, X extends object = object>(
  spec: DraftFormSpec<D, I, O, C>,
  { storage, newRequestId }: DraftFormDeps,
  actions: (tools: DraftFormTools<D>) => X = () => ({}) as X,
) =>
  createStore<DraftFormState<D, O, C> & X>()((set, get) => {
    type Core = Partial<DraftFormState<D, O, C>>;
    // X is the form's own actions: the core state is set without them.
    const put = (patch: Core) => set(patch as Partial<DraftFormState<D, O, C> & X>);
    const save = (draft: D) => {
      storage.set(spec.storageKey, draft);
      return draft;
    };
    const update = (patch: Partial<Omit<D, 'requestId'>>) => {
      const errors: DraftErrorsOf<D> = Object.fromEntries(
        Object.entries(get().errors).filter(([key]) => !(key in patch)),
      ) as DraftErrorsOf<D>;
      put({ draft: save({ ...get().draft, ...patch }), errors, submitError: null });
    };
    const fresh = (): Core => {
      storage.remove(spec.storageKey);
      return { draft: spec.empty(newRequestId()), errors: {}, submitError: null };
    };
    const settle = (answer: Envelope<O>): O | null => {
      if (answer.ok) {
        put({ ...fresh(), isSubmitting: false });
        return answer.data;
      }
      // The requestId is kept: a retry of the same draft can never submit twice.
      const field = answer.error.field ? spec.fieldOf(answer.error.field) : null;
      if (field) put({ isSubmitting: false, errors: { ...get().errors, [field]: answer.error.message } });
      else put({ isSubmitting: false, submitError: answer.error });
      return null;
    };
    // Promise chains, not async: the weapp build is ES5 and a regenerator per function costs main-package bytes.
    const submit = (context: C): Promise<O | null> => {
      if (get().isSubmitting) return Promise.resolve(null);
      const { draft } = get();
      const check = spec.check(draft, context);
      if (!check.ok) {
        put({ errors: check.errors });
        return Promise.resolve(null);
      }
      put({ isSubmitting: true, submitError: null });
      return spec.send(check.input, draft.requestId).then(settle);
    };
    return {
      draft: spec.revive(storage.get(spec.storageKey), newRequestId()),
      errors: {},
      isSubmitting: false,
      submitError: null,
      update,
      submit,
      reset: () => put(fresh()),
      ...actions({ draft: () => get().draft, update }),
    } as DraftFormState<D, O, C> & X;
  });
