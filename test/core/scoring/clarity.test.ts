import {describe, expect, it} from 'vitest';
import {scoreQuestion} from '../../../source/scoring/index.js';
import type {Question} from '../../../source/letter/model.js';

const question = (text: string, answer: string): Question => ({number: 1, text, answer, answeredWith: [1], footnoteIds: []});

describe('clarity', () => {
	const answer = 'De NIDV volgt het handelsbeleid van de Nederlandse overheid. Bedrijven met defensie-opdrachten in Nederland kunnen deelnemen aan de beurs.';

	it('reads a substantive answer to one question as clear', () => {
		expect(scoreQuestion(question('Welk beleid wordt gehanteerd voor de aanwezigheid van bedrijven op deze beurs?', answer)).clarity).toBe('clear');
	});

	it('reads "not known now" with only a reason or a later promise, and declining to speculate, as no reply', () => {
		const notKnown = 'Het is voor mij op korte termijn niet mogelijk om de gevraagde gegevens te leveren. De reden hiervoor is dat DUO de nationaliteit van een student niet registreert. Dit gegeven is niet nodig voor de uitvoering van de wet.';
		expect(scoreQuestion(question('Welke nationaliteiten komen het meest voor onder deze studenten?', notKnown)).clarity).toBe('non-reply');
		expect(scoreQuestion(question('Wat zijn de gevolgen voor Nederland als dit gebeurt?', 'Het kabinet speculeert niet over hypothetische situaties.')).clarity).toBe('non-reply');
	});

	it('reads an answer that only sends the reader to a letter as no reply, and a pointer that opens a real answer as none', () => {
		const referral = 'Over het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief Toekomst samenwerking met maatschappelijke organisaties in ontwikkelingshulp (Kamerstuk 36600, nr. 13) op 11 november 2024.';
		expect(scoreQuestion(question('Bent u bereid om het fonds te handhaven? Zo niet, waarom niet?', referral)).clarity).toBe('non-reply');
		const pointerThenAnswer = 'Zoals aangegeven in mijn antwoord op vraag 2, nemen zowel ikzelf als alle betrokken organisaties nadrukkelijk afstand van de verwerpelijke bewoordingen. In onze organisaties hoort dit taalgebruik niet thuis.';
		expect(scoreQuestion(question('Wat vindt u van deze uitspraak?', pointerThenAnswer)).clarity).not.toBe('non-reply');
		// One sentence with two pointers counts once; the figures after it are an answer.
		const linkThenFigures = 'Een overzicht per provincie is te vinden op https://www.rvo.nl/subsidies/regeling-overzicht. In totaal hebben 1.240 ondernemers gebruikgemaakt van de regeling, van wie ruim de helft in Gelderland.';
		expect(scoreQuestion(question('Hoeveel ondernemers hebben gebruikgemaakt van de regeling?', linkThenFigures)).clarity).not.toBe('non-reply');
		// "heb ik u geïnformeerd dat …" gives the answer in its dat-clause.
		const informedThat = scoreQuestion(question('Wat is de nieuwe vergoeding?', 'Op 3 maart heb ik u geïnformeerd dat de regeling met ingang van 1 januari 2025 wordt verlaagd naar 40 procent van de kosten.'));
		expect(informedThat.flags.deflects.value).toBe(false);
		expect(informedThat.clarity).toBe('clear');
	});

	it('reads one answer to three separate questions as partial, not counting follow-ups', () => {
		const three = 'Welk beleid wordt gehanteerd voor de aanwezigheid van bedrijven op deze beurs? Zijn wapenbedrijven uit elk land welkom? Worden er uitzonderingen gemaakt?';
		expect(scoreQuestion(question(three, answer)).clarity).toBe('ambivalent');
		const withFollowUps = 'Welk beleid wordt gehanteerd voor de aanwezigheid van bedrijven op deze beurs? Zo ja, waarom? Zo nee, waarom niet?';
		expect(scoreQuestion(question(withFollowUps, answer)).clarity).toBe('clear');
		// A question mark inside a quoted title asks nothing.
		const quoted = 'Heeft u kennisgenomen van het artikel «Is Nederland klaar voor de winter?»? Wat is uw reactie?';
		expect(scoreQuestion(question(quoted, 'Ja. Het kabinet neemt de zorgen serieus en heeft maatregelen genomen.')).clarity).not.toBe('ambivalent');
	});
});
