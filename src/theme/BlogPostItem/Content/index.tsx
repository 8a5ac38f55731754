/**
 * Wraps blog post content (swizzled with --wrap) to add the medical disclaimer to every story and,
 * under /es/, what a translated story translates, or a notice on a story that is shown in English because it has no translation yet.
 */
import type {ReactNode} from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Translate from '@docusaurus/Translate';
import Admonition from '@theme/Admonition';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';
import {TranslationNote} from '@site/src/components/PageStatus';
import type {PageTranslationField} from '@site/src/content/frontmatter';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): ReactNode {
  const {isBlogPostPage, frontMatter} = useBlogPost();
  const {i18n} = useDocusaurusContext();
  const translation = (frontMatter as {translation?: PageTranslationField}).translation;
  const untranslated = isBlogPostPage && i18n.currentLocale !== i18n.defaultLocale && !translation;
  const englishUrl = useAlternatePageUtils().createUrl({locale: i18n.defaultLocale, fullyQualified: false});
  return (
    <>
      {isBlogPostPage && translation && (
        <p className={styles.translation}>
          <TranslationNote translation={{translatedOn: translation.translated_on, status: translation.status, englishUrl}} />
        </p>
      )}
      {isBlogPostPage && <MedicalDisclaimer />}
      {untranslated && (
        <Admonition type="info" title={<Translate id="scaratlas.untranslated.title">In English only</Translate>}>
          <p>
            <Translate id="scaratlas.untranslated.story">This story has not been translated yet: it is shown in English.</Translate>
          </p>
        </Admonition>
      )}
      <Content {...props} />
    </>
  );
}
