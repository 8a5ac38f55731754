/**
 * Registers the components every page may use without importing them (docusaurus website pattern).
 */
import MDXComponents from '@theme-original/MDXComponents';
import Cite from '@site/src/components/Cite';
import References from '@site/src/components/References';
import Bibliography from '@site/src/components/Bibliography';
import MedicalDisclaimer from '@site/src/components/MedicalDisclaimer';
import Term from '@site/src/components/Term';

export default {
  ...MDXComponents,
  Cite,
  References,
  Bibliography,
  MedicalDisclaimer,
  Term,
};
