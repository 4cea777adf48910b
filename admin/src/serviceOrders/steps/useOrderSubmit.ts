import { useNotify, useRefresh, type HttpError } from 'react-admin';
import type { ApiErrorBody } from '../../dataProvider/errors';

/**
 * Runs a change to the order from a dialog's form and reloads the order page. A refusal is shown
 * as a notification; per-field errors are returned for the form to show under its inputs.
 * An INVALID_TRANSITION means the order moved on meanwhile: the reload shows where it is now.
 */
export function useOrderSubmit() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async <T>(work: () => Promise<T>, onDone: (result: T) => void): Promise<Record<string, unknown> | undefined> => {
    try {
      const result = await work();
      refresh();
      onDone(result);
      return undefined;
    } catch (error) {
      const body = (error as HttpError).body as ApiErrorBody | undefined;
      notify((error as Error).message, { type: 'error', multiLine: true });
      if (body?.code === 'INVALID_TRANSITION') refresh();
      return body?.errors;
    }
  };
}
