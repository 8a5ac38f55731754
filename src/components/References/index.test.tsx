import {render, screen, within} from '@testing-library/react';
import References from '.';

describe('<References>', () => {
  it('lists cited references in order with anchors and external links', () => {
    render(
      <References
        items={[
          {n: 1, id: 'alam2014', type: 'article', authors: 'Alam M, Han S', year: 2014, title: 'Needling trial', journal: 'JAMA Dermatol', pmid: '24919799'},
          {n: 2, id: 'aad2018news', type: 'professional-body', authors: 'American Academy of Dermatology', year: 2018, title: 'Microneedling', publisher: 'aad.org', url: 'https://www.aad.org/news/microneedling'},
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.id)).toEqual(['ref-1', 'ref-2']);
    expect(items[0]!.textContent).toContain('Alam M, Han S. Needling trial. JAMA Dermatol. 2014.');
    expect(within(items[0]!).getByRole('link', {name: 'PMID 24919799'}).getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/24919799/');
    expect(within(items[1]!).getByRole('link', {name: 'Official page'}).getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says so when a page cites nothing', () => {
    render(<References />);
    expect(screen.getByText('This page cites no sources.')).toBeTruthy();
  });
});
