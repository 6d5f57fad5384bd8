import type * as Y from 'yjs';
import { ENTRY_LOGS } from '../integrity/entry-kind';
import type { SignedEntry } from '../integrity/signed-entry';
import { SignedEntryLog } from '../integrity/signed-entry-log';
import type { TransitionContent } from './lifecycle-stage';

const ADOPTED_TEXTS = 'adoptedTexts';

/**
 * Transitions live in their signed log; the adopted text of an adoption sits beside it, keyed by
 * the transition id, bound by the digest the transition signs.
 */
export class LifecycleDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get texts(): Y.Map<unknown> {
    return this.ydoc.getMap(ADOPTED_TEXTS);
  }

  log(): SignedEntryLog {
    return new SignedEntryLog(this.ydoc.getMap(ENTRY_LOGS['document-transition']));
  }

  /** The transition and, for an adoption, its text, in one transaction so no peer sees one without the other. */
  record(entry: SignedEntry<TransitionContent>, adoptedText?: string): boolean {
    let appended = false;
    this.ydoc.transact(() => {
      appended = this.log().append(entry);
      if (appended && adoptedText !== undefined) this.texts.set(entry.id, adoptedText);
    });
    return appended;
  }

  adoptedText(transitionId: string): unknown {
    return this.texts.get(transitionId);
  }
}
