import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { clearDraft, loadDraft, saveDraft } from '../draft-store';
import type { ModuleName } from '../draft-store';
import type { Issue } from './decision-issues';
import { SubmitMutation, ValidateMutation } from './decide-queries';
import { INPUT_KEY } from './module-drafts';
import type { Drafts } from './module-drafts';

export interface ModuleDraftState<M extends ModuleName> {
  draft: Drafts[M];
  /** Replaces the draft (kept in local storage until submitted). */
  setDraft: (next: Drafts[M]) => void;
  /** The server's problems with the draft as it stands (validateDecisions, checked as the student types). */
  issues: Issue[];
  checking: boolean;
  /** Why nothing can be sent (the round closed), or null. */
  blocked: string | null;
  submitting: boolean;
  /** Sends the draft; the accepted version number, or null when the server refused it (issues say why). */
  submit: () => Promise<number | null>;
}

const CHECK_AFTER_MS = 350;

/**
 * One module's decision while a student edits it: the draft survives a reload (local storage), every change
 * is checked by the server's own validator a moment after typing stops, and submit stores a new version.
 */
export function useModuleDraft<M extends ModuleName>(
  gameId: string,
  round: number,
  module: M,
  initial: Drafts[M],
  /** False for a module this round does not play: nothing is checked or sent. */
  active: boolean,
): ModuleDraftState<M> {
  const client = useClient();
  const [draft, setDraftState] = useState<Drafts[M]>(() => loadDraft<Drafts[M]>(gameId, round, module) ?? initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [checking, setChecking] = useState(false);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const sequence = useRef(0);

  const setDraft = useCallback(
    (next: Drafts[M]) => {
      saveDraft(gameId, round, module, next);
      setDraftState(next);
    },
    [gameId, round, module],
  );

  useEffect(() => {
    if (!active) return;
    const mine = ++sequence.current;
    const timer = window.setTimeout(() => {
      setChecking(true);
      void client
        .mutation(ValidateMutation, { input: { gameId, [INPUT_KEY[module]]: draft } })
        .toPromise()
        .then(({ data, error }) => {
          if (mine !== sequence.current) return;
          setChecking(false);
          const result = data?.validateDecisions;
          if (error) setBlocked(error.message);
          else if (result?.__typename === 'RoundNotOpen') setBlocked(result.message);
          else setBlocked(null);
          setIssues(result?.__typename === 'DecisionsRejected' ? result.errors.filter((e) => e.module === module) : []);
        });
    }, CHECK_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [client, gameId, module, draft, active]);

  const submit = useCallback(async () => {
    setSubmitting(true);
    const { data, error } = await client
      .mutation(SubmitMutation, { input: { gameId, [INPUT_KEY[module]]: draft } })
      .toPromise();
    setSubmitting(false);
    const result = data?.submitDecisions;
    if (error || !result) {
      setBlocked(error?.message ?? 'no answer');
      return null;
    }
    if (result.__typename === 'DecisionsRejected') {
      setIssues(result.errors.filter((e) => e.module === module));
      return null;
    }
    if (result.__typename === 'RoundNotOpen') {
      setBlocked(result.message);
      return null;
    }
    clearDraft(gameId, round, module);
    return result.modules.find((m) => m.module === module)?.version ?? null;
  }, [client, gameId, round, module, draft]);

  return { draft, setDraft, issues, checking, blocked, submitting, submit };
}
