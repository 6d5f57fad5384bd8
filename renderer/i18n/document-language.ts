import type { i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, interfaceDirection, isInterfaceLanguage, type InterfaceLanguage } from './interface-languages';

/** `<html lang dir>` say which language the interface speaks, so screen readers pick its voice and Arabic reads right to left. */
export function applyInterfaceLanguage(root: HTMLElement, language: InterfaceLanguage): void {
  root.lang = language;
  root.dir = interfaceDirection(language);
}

/** Keeps `<html>` and the window title in step with the interface language from now on. */
export function followInterfaceLanguage(i18n: I18n, document: Document): void {
  const apply = () => {
    const language = i18n.resolvedLanguage;
    applyInterfaceLanguage(document.documentElement, isInterfaceLanguage(language) ? language : FALLBACK_LANGUAGE);
    document.title = i18n.t('app.name');
  };
  apply();
  i18n.on('languageChanged', apply);
}
