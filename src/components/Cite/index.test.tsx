import {render, screen} from '@testing-library/react';
import Cite, {refsOf} from '.';

describe('<Cite>', () => {
  it('renders numbered links to the reference list with an accessible name', () => {
    render(<Cite id="alam2014,lotfi2013" refs={[{n: 1, label: 'Alam 2014'}, {n: 3, label: 'Lotfi 2013'}]} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#ref-1', '#ref-3']);
    expect(screen.getByRole('link', {name: 'Reference 1: Alam 2014'})).toHaveProperty('textContent', '1');
    expect(links[0]!.closest('sup')!.textContent).toBe('[1, 3]');
  });

  it('refuses to render when the build plugin did not number it', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Cite id="alam2014" />)).toThrow('<Cite id="alam2014"> was not processed by the citations plugin');
  });

  it("gives a tool the page's numbers for its sources, and fails naming the tool when one has none", () => {
    const citations = {alam2014: {n: 2, label: 'Alam 2014'}};
    const two = {...citations, chu2021: {n: 1, label: 'Chu 2021'}};
    expect(refsOf(['alam2014', 'chu2021'], two, 'RecoveryTimeline')).toEqual([{n: 1, label: 'Chu 2021'}, {n: 2, label: 'Alam 2014'}]);
    expect(() => refsOf(['chu2021'], citations, 'RecoveryTimeline')).toThrow('RecoveryTimeline: source "chu2021" has no number on this page');
    expect(() => refsOf(['chu2021'], undefined, 'ScarTypeFinder')).toThrow('ScarTypeFinder: source "chu2021"');
  });
});
