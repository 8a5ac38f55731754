import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useSiteLocale} from '@site/src/utils/useSiteLocale';
import {medicalWebPage, type GuidePage} from './schema';

/**
 * JSON-LD `MedicalWebPage` for a guide page (schema.org), with its review date and audience, and
 * the section's social card for Open Graph and Twitter. The page's language is the site's locale.
 */
export default function StructuredData({page, imageUrl}: {page: GuidePage; imageUrl: string}): ReactNode {
  const locale = useSiteLocale();
  return (
    <Head>
      <meta property="og:image" content={imageUrl} />
      <meta name="twitter:image" content={imageUrl} />
      <meta name="twitter:card" content="summary_large_image" />
      <script type="application/ld+json">{JSON.stringify(medicalWebPage({...page, inLanguage: page.inLanguage ?? locale}))}</script>
    </Head>
  );
}
