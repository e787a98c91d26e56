import 'i18next';
import type { Catalogue } from './locales/de';

// Keys come from the German catalogue: `t('no.such.key')` is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
