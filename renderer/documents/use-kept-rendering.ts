import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { bodyBlocks } from '../../shared/documents/body-blocks';
import { contentLanguageAttributes } from '../translations/content-language-attributes';
import { saveRendering } from './rendering-cache';

/** Often enough that a restart shows nearly what was on screen, rarely enough to cost nothing while typing. */
const SAVE_EVERY_MS = 2_000;

/** Keeps the open document's cached rendering current, for the next cold start's first paint. */
export function useKeptRendering(workspaceId: string, documentId: string, title: string, body: Y.XmlFragment, language?: string): void {
  const titleRef = useRef(title);
  const languageRef = useRef(language);
  const scheduleRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      saveRendering(window.localStorage, workspaceId, documentId, { title: titleRef.current, blocks: bodyBlocks(body), savedAt: Date.now(), ...contentLanguageAttributes(languageRef.current) });
    };
    const schedule = () => {
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    const saveIfPending = () => {
      if (timer !== undefined) save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveIfPending();
    };
    scheduleRef.current = schedule;
    schedule();
    body.observeDeep(schedule);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveIfPending);
    return () => {
      body.unobserveDeep(schedule);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveIfPending);
      saveIfPending();
    };
  }, [workspaceId, documentId, body]);

  useEffect(() => {
    titleRef.current = title;
    languageRef.current = language;
    scheduleRef.current();
  }, [title, language]);
}
