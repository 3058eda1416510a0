import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import type { Language } from './i18n';

/** English / 中文 switch; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language')}
      size="small"
      value={i18n.language === 'zh' ? 'zh' : 'en'}
      options={[
        { label: 'English', value: 'en' },
        { label: '中文', value: 'zh' },
      ]}
      onChange={(lng) => void switchLanguage(lng)}
    />
  );
}
