import { useState } from 'react';
import type { Envelope } from '@core/kernel/errors';
import { newRequestId } from '../../services/request-id';
import { errorsOf, type FieldErrors } from './form-errors';

/**
 * How an office form writes: the problems found before sending (none: send), one request id per
 * attempt — a retry after a lost answer (UNAVAILABLE) reuses it, a new attempt after an answer does
 * not — and the server's refusal next to its field.
 */
export const useAdminWrite = () => {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isBusy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(newRequestId);
  const run = async <T>(
    found: FieldErrors,
    send: (requestId: string) => Promise<Envelope<T>>,
    onDone: (data: T) => void,
  ) => {
    setErrors(found);
    if (Object.keys(found).length > 0 || isBusy) return;
    setBusy(true);
    const answer = await send(requestId);
    if (!answer.ok && answer.error.code !== 'UNAVAILABLE') setRequestId(newRequestId());
    setBusy(false);
    if (answer.ok) onDone(answer.data);
    else setErrors(errorsOf(answer.error));
  };
  return { errors, isBusy, run };
};
