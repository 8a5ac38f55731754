import {fireEvent, render, screen, within} from '@testing-library/react';
import type {ReactElement} from 'react';
import * as finder from '@site/docs/_data/scar-finder';
import * as finderEs from '@site/i18n/es/docusaurus-plugin-content-docs/version-2027.1/_data/scar-finder';
import {setTestLocale} from '@site/tests/mocks/locale';
import {draftCitations} from '@site/tests/helpers/citations';
import ScarTypeFinderWith from '.';

/** The working draft's finder, as the scar types page passes it. */
const citations = draftCitations('scar-finder');
const ScarTypeFinder = () => <ScarTypeFinderWith {...finder} citations={citations} />;

// react-dom ships no type declarations here (@types/react-dom is not installed), so type the one call used.
const {renderToString} = jest.requireActual<{renderToString(element: ReactElement): string}>('react-dom/server');

/** Clicks the visible label text, as a reader would. */
function clickLabel(text: RegExp): void {
  fireEvent.click(screen.getByText(text));
}

function resultRegion(): HTMLElement {
  return screen.getByRole('region', {name: 'What your answers suggest'});
}

describe('<ScarTypeFinder>', () => {
  it('asks the first question as a labeled radio group, with a polite live result region', () => {
    render(<ScarTypeFinder />);
    const group = screen.getByRole('group', {name: /Is the mark raised, sunken or flat\?/});
    expect(within(group).getAllByRole('radio')).toHaveLength(4);
    expect(screen.getByLabelText(/^Sunken/)).toHaveProperty('checked', false);
    const region = resultRegion();
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toContain('Answer the questions above to see a suggestion.');
    expect(region.textContent).toContain('Only a clinician can diagnose a scar');
    expect(region.textContent).toContain('more than one type');
    expect(screen.getByRole('heading', {level: 3, name: 'What your answers suggest'})).toBeTruthy();
  });

  it('shows the width and stretch questions only when "sunken" is chosen', () => {
    render(<ScarTypeFinder />);
    expect(screen.queryByRole('group', {name: /How wide/})).toBeNull();
    expect(screen.queryByRole('group', {name: /stretch the skin/})).toBeNull();

    clickLabel(/^Flat:/);
    expect(screen.getByRole('group', {name: /What color/})).toBeTruthy();
    expect(screen.queryByRole('group', {name: /How wide/})).toBeNull();

    clickLabel(/^Raised:/);
    expect(screen.queryByRole('group', {name: /What color/})).toBeNull();
    expect(screen.queryByRole('group', {name: /How wide/})).toBeNull();

    clickLabel(/^Sunken:/);
    expect(screen.getByRole('group', {name: /How wide/})).toBeTruthy();
    expect(screen.getByRole('group', {name: /stretch the skin/})).toBeTruthy();
    expect(screen.queryByRole('group', {name: /What color/})).toBeNull();
  });

  it('suggests an icepick scar from label clicks, with reasons, sources, link and reminder', () => {
    render(<ScarTypeFinder />);
    clickLabel(/^Sunken:/);
    expect(resultRegion().textContent).toContain('Still to answer: how wide it is; what happens when you stretch the skin.');
    clickLabel(/^Very narrow, like a pinprick hole/);
    clickLabel(/^It stays the same/);

    const region = resultRegion();
    expect(region.textContent).toContain('Likely match: Icepick scar');
    const reasons = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons[0]).toMatch(/^You said it is sunken and narrower than 2 mm/);
    expect(within(region).getByRole('link', {name: 'Read about icepick scars'}).getAttribute('href')).toBe(
      '/docs/scarring/atrophic-scar-types#icepick-scars',
    );
    expect(within(region).getByRole('link', {name: `Reference ${citations.fabbrocini2010!.n}: Fabbrocini 2010`}).getAttribute('href')).toBe(
      `#ref-${citations.fabbrocini2010!.n}`,
    );
    expect(within(region).getByRole('link', {name: `Reference ${citations.jacob2001!.n}: Jacob 2001`})).toBeTruthy();
    expect(region.textContent).toContain('Only a clinician can diagnose a scar');
  });

  it.each([
    [[/^Raised:/], 'Read about hypertrophic and keloid scars', '/docs/scarring/hypertrophic-and-keloid-scars'],
    [[/^Flat:/, /^Brown/], 'Read about dark marks (PIH)', '/docs/scarring/marks-that-are-not-scars#post-inflammatory-hyperpigmentation-pih'],
    [[/^Flat:/, /^Pink, red or purple/], 'Read about red marks (PIE)', '/docs/scarring/marks-that-are-not-scars#post-inflammatory-erythema-pie'],
    [[/^Sunken:/, /^Small, round or oval/, /^It stays the same/], 'Read about boxcar scars', '/docs/scarring/atrophic-scar-types#boxcar-scars'],
    [[/^Sunken:/, /^Wide, with soft/, /^It flattens out/], 'Read about rolling scars', '/docs/scarring/atrophic-scar-types#rolling-scars'],
  ])('answers %p link to %s', (labels, linkName, href) => {
    render(<ScarTypeFinder />);
    labels.forEach(clickLabel);
    expect(within(resultRegion()).getByRole('link', {name: linkName}).getAttribute('href')).toBe(href);
  });

  it('says "not sure" and sends the reader to a clinician when the answers disagree', () => {
    render(<ScarTypeFinder />);
    clickLabel(/^Sunken:/);
    clickLabel(/^Very narrow/);
    clickLabel(/^It flattens out/);
    const region = resultRegion();
    expect(region.textContent).toContain('No clear match from these answers');
    expect(region.textContent).not.toContain('Likely match');
    expect(region.textContent).toContain('A clinician can look at the mark');
  });

  it('"Start again" clears every answer and hides the follow-up questions', () => {
    render(<ScarTypeFinder />);
    clickLabel(/^Sunken:/);
    clickLabel(/^Wide, with soft/);
    clickLabel(/^It stays the same/);
    expect(resultRegion().textContent).toContain('Possible match: Rolling scar');

    const button = screen.getByRole('button', {name: 'Start again'});
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);

    expect(screen.queryByRole('group', {name: /How wide/})).toBeNull();
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(resultRegion().textContent).toContain('Answer the questions above to see a suggestion.');
    expect(within(resultRegion()).queryByRole('link')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText(/^Raised:/));

    // A new answer after the reset does not bring back the old ones.
    clickLabel(/^Sunken:/);
    expect(screen.getByLabelText(/^Wide, with soft/)).toHaveProperty('checked', false);
  });

  it('clears follow-up answers when the first answer changes', () => {
    render(<ScarTypeFinder />);
    clickLabel(/^Flat:/);
    clickLabel(/^Brown/);
    expect(resultRegion().textContent).toContain('PIH');
    clickLabel(/^Sunken:/);
    clickLabel(/^Flat:/);
    expect(screen.getByLabelText(/^Brown/)).toHaveProperty('checked', false);
    expect(resultRegion().textContent).toContain('Still to answer: its color.');
  });

  it('renders to an HTML string, as on the server, with nothing answered', () => {
    const html = renderToString(<ScarTypeFinder />);
    expect(html).toContain('Is the mark raised, sunken or flat?');
    expect(html).toContain('Only a clinician can diagnose a scar');
  });
});

// The Spanish texts below are not English words: cspell:disable
describe('in Spanish', () => {
  const SpanishFinder = () => <ScarTypeFinderWith {...finderEs} citations={citations} />;
  const spanishRegion = () => screen.getByRole('region', {name: 'Qué sugieren sus respuestas'});

  beforeAll(() => setTestLocale('es'));
  afterAll(() => setTestLocale('en'));

  it('labels the result and the button in Spanish', () => {
    render(<SpanishFinder />);
    expect(screen.getByRole('heading', {level: 3, name: 'Qué sugieren sus respuestas'})).toBeTruthy();
    expect(screen.getByRole('button', {name: 'Empezar de nuevo'})).toBeTruthy();
    expect(spanishRegion().textContent).toContain('Responda las preguntas de arriba para ver una sugerencia.');
  });

  it('says in Spanish what is still to answer', () => {
    render(<SpanishFinder />);
    clickLabel(/^Hundida:/);
    expect(spanishRegion().textContent).toContain('Falta responder: cuánto mide de ancho; qué pasa cuando estira la piel.');
  });

  it('builds the reasons from the Spanish frames and data', () => {
    render(<SpanishFinder />);
    clickLabel(/^Hundida:/);
    clickLabel(/^Muy estrecho/);
    clickLabel(/^Se queda igual/);
    const region = spanishRegion();
    expect(region.textContent).toContain('Coincidencia probable: Cicatriz en picahielo');
    const reasons = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons[0]).toBe(
      'Usted indicó que es hundida y de menos de 2 mm de ancho, como el agujero de un pinchazo: las cicatrices en picahielo son estrechas y profundas. Suelen medir menos de 2 mm de ancho en la superficie.',
    );
    expect(within(region).getByRole('link', {name: `Referencia ${citations.fabbrocini2010!.n}: Fabbrocini 2010`})).toBeTruthy();
  });

  it('fills the width into the Spanish "mixed" sentence', () => {
    render(<SpanishFinder />);
    clickLabel(/^Hundida:/);
    clickLabel(/^Pequeño/);
    clickLabel(/^Se aplana/);
    expect(spanishRegion().textContent).toContain('El ancho corresponde a una cicatriz en vagón (boxcar), pero');
  });

  it('repeats a flat or raised answer in Spanish', () => {
    render(<SpanishFinder />);
    clickLabel(/^Plana:/);
    clickLabel(/^No lo sé con seguridad, o es una mezcla/);
    expect(spanishRegion().textContent).toContain('Usted indicó que es plana, pero no tiene claro de qué color es: las marcas planas');
    clickLabel(/^Elevada:/);
    expect(spanishRegion().textContent).toContain('Usted indicó que está elevada sobre la piel: las cicatrices de acné elevadas');
  });
});
