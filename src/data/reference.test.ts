import {citationText, referenceLinks, shortAuthors, shortLabel, type PublicReference} from './reference';

const article: PublicReference = {
  id: 'alam2014',
  type: 'article',
  authors: 'Alam M, Han S, Pongprutthipan M, Disphanurat W, Kakar R',
  year: 2014,
  title: 'Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial',
  journal: 'JAMA Dermatol',
  volume_pages: '150(8):844-849',
  doi: '10.1001/jamadermatol.2013.8687',
  pmid: '24919799',
};

describe('reference formatting', () => {
  it('shortens long author lists to three names and et al.', () => {
    expect(shortAuthors(article.authors)).toBe('Alam M, Han S, Pongprutthipan M, et al.');
    expect(shortAuthors('Boen M, Jacob C')).toBe('Boen M, Jacob C');
    expect(shortAuthors('Holland [first author; remaining authors not seen]')).toBe('Holland');
  });

  it('writes a Vancouver-like citation line', () => {
    expect(citationText(article)).toBe(
      'Alam M, Han S, Pongprutthipan M, et al. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol. 2014;150(8):844-849.',
    );
  });

  it('links DOI, PubMed and official pages', () => {
    expect(referenceLinks(article)).toEqual([
      {label: 'doi:10.1001/jamadermatol.2013.8687', href: 'https://doi.org/10.1001/jamadermatol.2013.8687'},
      {label: 'PMID 24919799', href: 'https://pubmed.ncbi.nlm.nih.gov/24919799/'},
    ]);
    const page: PublicReference = {id: 'x', type: 'regulatory', authors: 'US FDA', title: 'T', publisher: 'fda.gov', url: 'https://www.fda.gov/x'};
    expect(referenceLinks(page)).toEqual([{label: 'Official page', href: 'https://www.fda.gov/x'}]);
    expect(citationText(page)).toBe('US FDA. T. fda.gov. n.d.');
  });

  it('labels a reference by first author and year', () => {
    expect(shortLabel(article)).toBe('Alam 2014');
  });
});
