import { isInterfaceLanguage, pickInterfaceLanguage, type InterfaceLanguage } from './interface-languages';

// localStorage in both editions (decision 0026): boot.ts reads it synchronously to set lang and dir
// before the first paint, which an answer over the desktop bridge would arrive too late for.
export const LANGUAGE_CHOICE_KEY = 'coalition-desk:interface-language';

type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or nothing where the profile forbids it (reading the property itself can throw). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What the member chose on this install, if anything valid is stored. */
export function storedLanguageChoice(storage: ChoiceStorage | undefined): InterfaceLanguage | undefined {
  try {
    const value = storage?.getItem(LANGUAGE_CHOICE_KEY);
    return isInterfaceLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberLanguageChoice(storage: ChoiceStorage | undefined, language: InterfaceLanguage): void {
  try {
    storage?.setItem(LANGUAGE_CHOICE_KEY, language);
  } catch {
    // A locked-down profile without storage still switches; it only forgets on the next start.
  }
}

/** The member's choice, else the first of the system's languages that we have, else English. */
export function initialInterfaceLanguage(storage: ChoiceStorage | undefined, preferred: readonly string[]): InterfaceLanguage {
  return storedLanguageChoice(storage) ?? pickInterfaceLanguage(preferred);
}
