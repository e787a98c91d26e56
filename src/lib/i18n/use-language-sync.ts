import { useLocation } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFromSearch, rememberLanguage } from './language-preference';

/**
 * Keeps the language in step with the page: `lang` in the URL (a link opened inside the app, or
 * back/forward) switches and is remembered; `<html lang>` always names the current language.
 */
export function useLanguageSync(): void {
  const { i18n } = useTranslation();
  const searchStr = useLocation({ select: (l) => l.searchStr });
  const fromUrl = languageFromSearch(searchStr);
  useEffect(() => {
    if (fromUrl && fromUrl !== i18n.language) {
      void i18n.changeLanguage(fromUrl);
      rememberLanguage(fromUrl);
    }
  }, [fromUrl, i18n]);
  const language = i18n.language;
  useEffect(() => {
    // Only a change: writing the attribute restyles the whole document, even with the same value.
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
  }, [language]);
}
