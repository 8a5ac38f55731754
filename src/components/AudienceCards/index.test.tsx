import {render, screen} from '@testing-library/react';
import AudienceCards, {audiencePaths} from '.';

describe('<AudienceCards>', () => {
  it('routes patients, trainees and maintainers to their start page in one click', () => {
    render(<AudienceCards />);
    expect(screen.getAllByRole('heading', {level: 2}).map((h) => h.textContent)).toEqual([
      'I have acne scars',
      'I am training to treat scars',
      'I maintain this guide',
    ]);
    expect(screen.getByRole('link', {name: 'Start the patient guide'}).getAttribute('href')).toBe('/docs/start-here/how-to-use-this-guide');
    expect(screen.getByRole('link', {name: 'Open the trainee chapter'}).getAttribute('href')).toBe('/docs/trainee/clinical-protocol');
    expect(screen.getByRole('link', {name: 'Read the editorial policy'}).getAttribute('href')).toBe('/docs/start-here/editorial-policy');
  });

  it('offers three further links per path', () => {
    for (const path of audiencePaths) expect(path.next).toHaveLength(3);
  });
});
