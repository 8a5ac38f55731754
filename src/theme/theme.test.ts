/** Our theme wraps or replaces upstream components by name: fail loudly if an upgrade renames one. */
import fs from 'node:fs';
import path from 'node:path';
import {listFiles, siteDir} from '../../measure/site';

/** Theme folders our components can wrap: the classic theme's, then the search plugin's. */
const upstreams = [
  path.join(siteDir, 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme'),
  path.join(siteDir, 'node_modules', '@easyops-cn', 'docusaurus-search-local', 'dist', 'client', 'client', 'theme'),
];
const wrapped = listFiles(path.join(siteDir, 'src', 'theme'), (rel) => rel.endsWith('.tsx') && !rel.endsWith('.test.tsx')).map((rel) =>
  rel.replace(/\/index\.tsx$|\.tsx$/, ''),
);

describe('swizzled theme components', () => {
  it.each(wrapped)('%s still exists upstream (classic theme or search plugin)', (name) => {
    const exists = upstreams.some((upstream) => fs.existsSync(path.join(upstream, name, 'index.js')) || fs.existsSync(path.join(upstream, `${name}.js`)));
    expect(exists).toBe(true);
  });

  it('documents every swizzled component in src/theme/README.md', () => {
    const readme = fs.readFileSync(path.join(siteDir, 'src', 'theme', 'README.md'), 'utf8');
    for (const name of wrapped) expect(readme).toContain(`\`${name}`);
  });
});
