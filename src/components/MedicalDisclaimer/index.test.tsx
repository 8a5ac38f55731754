import {render, screen} from '@testing-library/react';
import MedicalDisclaimer from '.';

describe('<MedicalDisclaimer>', () => {
  it('is a labeled landmark linking to the full disclaimer', () => {
    render(<MedicalDisclaimer />);
    const aside = screen.getByRole('complementary', {name: 'Medical disclaimer'});
    expect(aside.textContent).toContain('For education only.');
    expect(screen.getByRole('link', {name: 'Read the full disclaimer'}).getAttribute('href')).toBe('/docs/start-here/medical-disclaimer');
    expect(aside.textContent).not.toContain('emergency');
  });

  it('adds urgent-care advice in the full variant', () => {
    render(<MedicalDisclaimer variant="full" />);
    expect(screen.getByRole('complementary').textContent).toContain('call your local emergency number');
  });
});
