import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import AudienceCards from '@site/src/components/AudienceCards';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';
import styles from './index.module.css';

const topics = [
  {label: 'Skin layers', to: '/docs/skin/layers-of-the-skin'},
  {label: 'How acne causes scars', to: '/docs/scarring/how-acne-causes-scars'},
  {label: 'Icepick, boxcar and rolling scars', to: '/docs/scarring/atrophic-scar-types'},
  {label: 'Treatments compared', to: '/docs/treatments/treatment-options-compared'},
  {label: 'What the evidence shows', to: '/docs/microneedling/what-the-evidence-shows'},
  {label: 'Risks and side effects', to: '/docs/microneedling/risks-and-side-effects'},
  {label: 'Darker skin tones', to: '/docs/microneedling/darker-skin-tones'},
  {label: 'Frequently asked questions', to: '/docs/reference/faq'},
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Acne scars and microneedling, explained with sources"
      description="An open, cited guide to acne scars and microneedling for patients and trainee practitioners: scar types, evidence, risks, aftercare and choosing a clinic.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Acne scars and microneedling, explained with sources
          </Heading>
          <p className={styles.lead}>
            ScarAtlas is an open guide for people living with acne scars and for practitioners in training. Every
            clinical statement links to a published study or an official document, and every page says who it is for
            and when it was last reviewed.
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <AudienceCards />
        <section className={styles.topics} aria-labelledby="popular-topics">
          <Heading as="h2" id="popular-topics">
            Popular topics
          </Heading>
          <ul className={styles.topicList}>
            {topics.map((topic) => (
              <li key={topic.to}>
                <Link to={topic.to}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </section>
        <MedicalDisclaimer variant="full" />
      </main>
    </Layout>
  );
}
