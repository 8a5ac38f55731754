import {medicalWebPage, socialCardFor} from './schema';

describe('structured data', () => {
  const page = {
    url: 'https://example.org/docs/microneedling/aftercare',
    title: 'Aftercare, day by day',
    description: 'What is normal after microneedling.',
    audience: 'both' as const,
    lastReviewed: '2026-11-25',
    siteName: 'ScarAtlas',
    siteUrl: 'https://example.org/',
  };

  it('describes a guide page as a MedicalWebPage with its review date and audiences', () => {
    const data = medicalWebPage(page);
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.lastReviewed).toBe('2026-11-25');
    expect(data.medicalAudience).toEqual([
      {'@type': 'MedicalAudience', audienceType: 'Patient'},
      {'@type': 'MedicalAudience', audienceType: 'Clinician'},
    ]);
  });

  it('picks the section social card', () => {
    expect(socialCardFor('trainee/clinical-protocol')).toBe('trainee');
    expect(socialCardFor('reference/faq')).toBe('default');
  });
});
