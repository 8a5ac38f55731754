import {render, screen} from '@testing-library/react';
import PageStatus from '.';

describe('<PageStatus>', () => {
  it('shows audience, review status and the review date', () => {
    render(<PageStatus audience="trainee" reviewStatus="editorial" lastReviewed="2026-11-25" />);
    const list = screen.getByRole('list', {name: 'About this page'});
    expect(list.textContent).toContain('For trainee practitioners');
    expect(list.textContent).toContain('Editorial review');
    expect(screen.getByText('25 November 2026').getAttribute('dateTime')).toBe('2026-11-25');
    expect(list.textContent).not.toContain('checked against');
  });

  it('says how many statements were checked against their sources, and when', () => {
    render(
      <PageStatus audience="patient" reviewStatus="editorial" lastReviewed="2026-11-25" claimChecks={{statements: 23, checked: '2026-12-01'}} />,
    );
    const list = screen.getByRole('list', {name: 'About this page'});
    expect(list.textContent).toContain('23 statements checked against their sources, 1 December 2026');
    expect(screen.getByText('1 December 2026').getAttribute('dateTime')).toBe('2026-12-01');
  });
});
