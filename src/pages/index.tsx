import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import AudienceCards from '@site/src/components/AudienceCards';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';
import styles from './index.module.css';

/** Links to popular guide pages, in the page's language. */
function topics(): {label: string; to: string}[] {
  return [
    {label: translate({id: 'scaratlas.home.topic.skinLayers', message: 'Skin layers'}), to: '/docs/skin/layers-of-the-skin'},
    {label: translate({id: 'scaratlas.home.topic.howAcneScars', message: 'How acne causes scars'}), to: '/docs/scarring/how-acne-causes-scars'},
    {label: translate({id: 'scaratlas.home.topic.scarTypes', message: 'Icepick, boxcar and rolling scars'}), to: '/docs/scarring/atrophic-scar-types'},
    {label: translate({id: 'scaratlas.home.topic.treatments', message: 'Treatments compared'}), to: '/docs/treatments/treatment-options-compared'},
    {label: translate({id: 'scaratlas.home.topic.evidence', message: 'What the evidence shows'}), to: '/docs/microneedling/what-the-evidence-shows'},
    {label: translate({id: 'scaratlas.home.topic.risks', message: 'Risks and side effects'}), to: '/docs/microneedling/risks-and-side-effects'},
    {label: translate({id: 'scaratlas.home.topic.darkerSkin', message: 'Darker skin tones'}), to: '/docs/microneedling/darker-skin-tones'},
    {label: translate({id: 'scaratlas.home.topic.faq', message: 'Frequently asked questions'}), to: '/docs/reference/faq'},
  ];
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'scaratlas.home.title', message: 'Acne scars and microneedling, explained with sources'})}
      description={translate({
        id: 'scaratlas.home.description',
        message:
          'An open, cited guide to acne scars and microneedling for patients and trainee practitioners: scar types, evidence, risks, aftercare and choosing a clinic.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="scaratlas.home.heading">Acne scars and microneedling, explained with sources</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="scaratlas.home.lead">
              ScarAtlas is an open guide for people living with acne scars and for practitioners in training. Every clinical
              statement links to a published study or an official document, and every page says who it is for and when it was
              last reviewed.
            </Translate>
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <AudienceCards />
        <section className={styles.topics} aria-labelledby="popular-topics">
          <Heading as="h2" id="popular-topics">
            <Translate id="scaratlas.home.popularTopics">Popular topics</Translate>
          </Heading>
          <ul className={styles.topicList}>
            {topics().map((topic) => (
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
