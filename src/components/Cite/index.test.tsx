import {render, screen} from '@testing-library/react';
import Cite from '.';

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
});
