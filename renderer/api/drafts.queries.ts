import { answerWithin } from '../../shared/answer-within';
import type { Draft } from '../../shared/drafts/drafts.schemas';
import { WINDOW_ANSWER_MS } from '../../shared/vault/window-lock-requests';
import { currentDraft } from '../forms/form-drafts';
import { call } from './client';

/** Keeps the form in front as a draft inside the vault; fails with the call's error (the lock dialog shows it). */
export async function keepDraft(): Promise<void> {
  const draft = currentDraft();
  if (draft) await call('drafts:save', draft);
}

/**
 * Before a lock nobody is asked about (panic, idle): keeps the draft if it can within a second, and never fails.
 * A lock that cannot wait is more important than the draft.
 */
export function keepDraftBeforeLock(): Promise<void> {
  return answerWithin(keepDraft(), WINDOW_ANSWER_MS, undefined);
}

let taken: Promise<Draft | null> | null = null;

/**
 * The draft kept at the last lock, taken out of the vault once per unlock (the page reloads at every lock): from then
 * on the form holds it, and the next lock keeps it again if it is still unsaved.
 */
export function takeKeptDraft(): Promise<Draft | null> {
  taken ??= call('drafts:get', {}).then(async ({ draft }) => {
    if (draft) await call('drafts:clear', {});
    return draft;
  });
  return taken;
}
