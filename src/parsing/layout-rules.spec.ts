import { detectCommitments, parseQuestionSetText } from './index';
import { findLegalBasis, findMunicipality } from './header';
import { normaliseLines } from './normalise';

/** The general rules behind issue 19's layout fixtures, each on a small invented text. */
describe('layout rules', () => {
  it('drops a running header of text saved from a PDF without form feeds (pages end at `Pagina N van M`)', () => {
    const lines = normaliseLines(
      [
        'Gemeente Voorbeeld        Raadsvragen 2024-12',
        'Vraag 1: Klopt dit?',
        'Antwoord 1: Ja, dat',
        'klopt.',
        'Pagina 1 van 2',
        'Gemeente Voorbeeld        Raadsvragen 2024-12',
        'Vraag 2: En dat?',
        'Pagina 2 van 2',
      ].join('\n'),
    );
    expect(lines.filter((l) => l.startsWith('Gemeente Voorbeeld'))).toHaveLength(1);
    expect(lines).not.toContain('Pagina 1 van 2');
  });

  it('reads the municipality from a griffie or RIS line when no `gemeente X` is printed, two-word names included', () => {
    expect(findMunicipality('Raadsinformatie Den Haag - export\nOnderwerp: Markt')).toBe('Den Haag');
    expect(findMunicipality('Aan: Griffie Heerlen')).toBe('Heerlen');
    expect(findMunicipality('Aan: Griffie Heerlen\nde gemeente Kerkrade')).toBe('Kerkrade');
    expect(findMunicipality('in de gemeente De Bilt')).toBe('De Bilt');
    expect(findMunicipality('De griffie heeft dit ontvangen.')).toBeNull();
  });

  it('reads the legal basis without the reglement’s full title, and a bare article after `vragen`', () => {
    expect(findLegalBasis('Vragen ex artikel 38 Reglement van orde voor de vergaderingen van de gemeenteraad')).toBe(
      'artikel 38 Reglement van orde',
    );
    expect(findLegalBasis('RE: vragen art. 40 over de tunnel')).toBe('art. 40');
    expect(findLegalBasis('zie artikel 12 van de wet')).toBeNull();
  });

  it('reads a reply with answers under quoted questions above the original message once', () => {
    const parsed = parseQuestionSetText(
      [
        'Van: Secretariaat <secretariaat@voorbeeld.nl>',
        'Verzonden: vrijdag 17 januari 2025 15:02',
        'Onderwerp: RE: vragen',
        '',
        'Namens wethouder K. Smit treft u de antwoorden aan onder uw vragen.',
        '',
        '> 1. Hoe vaak was de brug dicht?',
        'Vier keer.',
        '',
        '> 2. Komt er een nieuwe brug?',
        'Nee.',
        '',
        '-----Oorspronkelijk bericht-----',
        'Van: Dijk, Anna van <a.vandijk@partij.nl>',
        'Verzonden: woensdag 8 januari 2025 09:30',
        'Onderwerp: vragen',
        '',
        'Namens Lokaal Belang stel ik de volgende vragen:',
        '1. Hoe vaak was de brug dicht?',
        '2. Komt er een nieuwe brug?',
        '',
        'Anna van Dijk',
      ].join('\n'),
      { reference: '2025-01-17' },
    );
    expect(parsed.questions).toEqual([
      { number: '1', text: 'Hoe vaak was de brug dicht?' },
      { number: '2', text: 'Komt er een nieuwe brug?' },
    ]);
    expect(parsed.answers.map((a) => a.text)).toEqual(['Vier keer.', 'Nee.']);
    expect(parsed.submitters).toEqual(['Anna van Dijk']);
    expect(parsed.party).toBe('Lokaal Belang');
    expect(parsed.portfolioHolder).toBe('K. Smit');
    expect(parsed.explanation).toBe('Namens Lokaal Belang stel ik de volgende vragen:');
    expect(parsed.warnings).toEqual([]);
  });

  it('proposes promises to the council without `wij`, and leaves out what others send', () => {
    const found = detectCommitments(
      [
        'Het actieplan wordt vóór juli 2025 aan de raad aangeboden.',
        'De nota wordt in maart 2025 ter besluitvorming aan uw raad voorgelegd.',
        'U ontvangt van de provincie in mei 2025 een brief.',
        'De raad wordt door ProRail in april 2025 geïnformeerd.',
        'De speeltuin wordt in 2025 vernieuwd.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.deadline)).toEqual(['2025-06-30', '2025-03-31']);
  });
});
