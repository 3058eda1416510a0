import { useTranslation } from 'react-i18next';

/** A scenario text in both languages, picked by the console's language. */
export function useLocalized(): (text: { en: string; zh: string }) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'zh' ? text.zh : text.en);
}
