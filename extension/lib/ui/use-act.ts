import { useState } from 'react';

/**
 * Runs an action (usually a message to the background), keeping its error (the background's own sentence)
 * to show; a new run clears the last error. Resolves to the action's result, or undefined when it failed.
 */
export function useAct() {
  const [error, setError] = useState<string | null>(null);
  const act = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    }
  };
  return { error, act };
}
