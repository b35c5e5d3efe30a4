import { useState } from 'react';
import type { Envelope } from '@core/kernel/errors';
import { errorsOf, type FieldErrors } from './form-errors';

/**
 * How an office form writes: the problems found before sending (none: send), one attempt at a time,
 * and the server's refusal next to its field. The request id is the store's (runChange): a retry
 * after a lost answer reuses it, a new attempt after an answer does not.
 */
export const useAdminWrite = () => {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isBusy, setBusy] = useState(false);
  const run = async <T>(found: FieldErrors, send: () => Promise<Envelope<T>>, onDone: (data: T) => void) => {
    setErrors(found);
    if (Object.keys(found).length > 0 || isBusy) return;
    setBusy(true);
    const answer = await send();
    setBusy(false);
    if (answer.ok) onDone(answer.data);
    else setErrors(errorsOf(answer.error));
  };
  return { errors, isBusy, run };
};
