import {fireEvent, render, screen} from '@testing-library/react';
import Term from '.';

const renderTerm = () =>
  render(
    <p>
      Expect some{' '}
      <Term id="erythema" term="Erythema" definition="Redness of the skin.">
        <a href="/docs/reference/glossary#erythema">redness</a>
      </Term>{' '}
      afterwards. <a href="#other">Elsewhere</a>
    </p>,
  );

describe('<Term>', () => {
  it('is a button described by the definition, which links to the glossary entry', () => {
    renderTerm();
    const button = screen.getByRole('button', {name: 'redness'});
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe('Redness of the skin.');
    const popover = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(popover.querySelector('a')!.getAttribute('href')).toBe('/docs/reference/glossary#erythema');
    expect(popover.textContent).toContain('Erythema in the glossary');
  });

  it('toggles on click or tap and closes on Escape or a tap elsewhere', () => {
    renderTerm();
    const button = screen.getByRole('button', {name: 'redness'});
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.closest('[data-term]')!.getAttribute('data-open')).toBe('true');
    fireEvent.keyDown(document, {key: 'Escape'});
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByText('Elsewhere'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('refuses to render without the build-time definition', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Term id="x">x</Term>)).toThrow('<Term id="x"> was not processed by the glossary plugin');
  });
});
