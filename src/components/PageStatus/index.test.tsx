import {render, screen} from '@testing-library/react';
import PageStatus from '.';

describe('<PageStatus>', () => {
  it('shows audience, review status and the review date', () => {
    render(<PageStatus audience="trainee" reviewStatus="editorial" lastReviewed="2026-11-25" />);
    const list = screen.getByRole('list', {name: 'About this page'});
    expect(list.textContent).toContain('For trainee practitioners');
    expect(list.textContent).toContain('Editorial review');
    expect(screen.getByText('25 November 2026').getAttribute('dateTime')).toBe('2026-11-25');
  });
});
