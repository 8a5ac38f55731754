import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {medicalWebPage, type GuidePage} from './schema';

/**
 * JSON-LD `MedicalWebPage` for a guide page (schema.org), with its review date and audience, and
 * the section's social card for Open Graph and Twitter.
 */
export default function StructuredData({page, imageUrl}: {page: GuidePage; imageUrl: string}): ReactNode {
  return (
    <Head>
      <meta property="og:image" content={imageUrl} />
      <meta name="twitter:image" content={imageUrl} />
      <meta name="twitter:card" content="summary_large_image" />
      <script type="application/ld+json">{JSON.stringify(medicalWebPage(page))}</script>
    </Head>
  );
}
