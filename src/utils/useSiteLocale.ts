import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {DateLocale} from './isoDay';

/** The language of the page being rendered, for what translate() does not cover (dates, sorting). */
export function useSiteLocale(): DateLocale {
  return useDocusaurusContext().i18n.currentLocale === 'es' ? 'es' : 'en';
}
