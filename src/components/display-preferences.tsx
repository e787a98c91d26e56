import { useLocation, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AREA_UNITS, useAreaUnit, useAreaUnitChosen, type AreaUnit } from '@/lib/i18n/area-unit';
import { LANGUAGES, type Language } from '@/lib/i18n/i18n';
import { rememberLanguage, withLanguage } from '@/lib/i18n/language-preference';
import '@/styles/display.css';

const LANGUAGE_NAMES: Record<Language, string> = { de: 'Deutsch', en: 'English' };

/** Header controls: language (Deutsch / English) and the area unit (auto, m², ha); both remembered. */
export function DisplayPreferences() {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const href = useLocation({ select: (l) => l.href });
  const unit = useAreaUnit();
  const unitChosen = useAreaUnitChosen();
  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    // A `lang` already in the address follows the choice, so a reload keeps it.
    const next = withLanguage(href, language);
    if (next !== href) router.history.replace(next);
  };
  return (
    <div className="display-prefs">
      <div role="group" aria-label={t('prefs.language')} className="display-prefs__lang">
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={i18n.language === language}
            onClick={() => choose(language)}
          >
            {LANGUAGE_NAMES[language]}
          </button>
        ))}
      </div>
      <label className="display-prefs__unit">
        <span>{t('prefs.areaUnit')}</span>
        <select value={unit} onChange={(e) => unitChosen(e.target.value as AreaUnit)}>
          {AREA_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`prefs.areaUnitOption.${u}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
