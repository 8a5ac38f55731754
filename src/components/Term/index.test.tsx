import {render, screen} from '@testing-library/react';
import Term from '.';

describe('<Term>', () => {
  it('describes its link with the short definition', () => {
    render(
      <Term id="erythema" definition="Redness of the skin.">
        <a href="/docs/reference/glossary#erythema">redness</a>
      </Term>,
    );
    const link = screen.getByRole('link', {name: 'redness'});
    expect(link.getAttribute('href')).toBe('/docs/reference/glossary#erythema');
    const tip = screen.getByRole('tooltip', {hidden: true});
    expect(link.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toBe('Redness of the skin.');
  });

  it('refuses to render without the build-time definition', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Term id="x">x</Term>)).toThrow('<Term id="x"> was not processed by the glossary plugin');
  });
});
