import { useCallback, useMemo, useState } from 'react';

/**
 * Unsent form values kept across a forced sign-in. A submission stashes what was typed
 * before it goes out; success or an answer that is not "signed out" removes it again. So a
 * draft survives only when the session expired mid-submit (the app then reloads on the
 * sign-in page), and the form finds it when it mounts again after sign-in.
 *
 * sessionStorage, not localStorage: it lives in this tab only and ends with it, so nothing
 * typed about a client outlives the session on a shared branch PC. The key is form + scope
 * (a client id); the value is only what the person typed, no names, no API data.
 */
const PREFIX = 'crm.draft.';

export interface FormDraft<V> {
  /** what was restored on mount (null if nothing), to start the form's state from */
  restored: V | null;
  /** show the "we kept what you typed" message */
  showRestored: boolean;
  dismissRestored: () => void;
  /** keep these values until clear(); called just before submitting */
  stash: (values: V) => void;
  /** forget the draft (after a successful submit, or an answer the form shows itself) */
  clear: () => void;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: forms work, drafts are just not kept
  }
}

/**
 * Reads a stored draft for `form` + `scope`. Only keys of `initial` with values of the same
 * type are taken back, so a stale or tampered entry cannot inject anything else.
 */
export function readDraft<V extends object>(form: string, scope: string, initial: V): V | null {
  const raw = storage()?.getItem(PREFIX + form + '.' + scope);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { values?: Record<string, unknown> };
    const out = { ...initial } as Record<string, unknown>;
    for (const [k, v] of Object.entries(initial)) {
      if (parsed.values && typeof parsed.values[k] === typeof v) out[k] = parsed.values[k];
    }
    return out as V;
  } catch {
    return null;
  }
}

export function useFormDraft<V extends object>(form: string, scope: string, initial: V): FormDraft<V> {
  const key = PREFIX + form + '.' + scope;
  // read once per form + scope, on mount
  const restored = useMemo(() => readDraft(form, scope, initial), [form, scope]);
  const [showRestored, setShowRestored] = useState(restored !== null);

  const stash = useCallback(
    (values: V) => {
      try {
        storage()?.setItem(key, JSON.stringify({ values }));
      } catch {
        // quota or privacy mode: the submission goes ahead without a safety copy
      }
    },
    [key],
  );
  const clear = useCallback(() => storage()?.removeItem(key), [key]);
  const dismissRestored = useCallback(() => setShowRestored(false), []);

  return { restored, showRestored, dismissRestored, stash, clear };
}
