import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseLetter, readLetterFile} from '../../../source/letter/index.js';

const fixture = (name: string) => path.join('test', 'fixtures', 'letters', name);

// Question counts written down by reading each letter (grouped questions count once per number).
const expected: Array<[file: string, questions: number, layout: string]> = [
	['seed-digitale-soevereiniteit.txt', 22, 'word-text'],
	['ah-tk-20242025-561.txt', 7, 'aanhangsel'],
	['ah-tk-20242025-571.txt', 24, 'aanhangsel'],
	['ah-tk-20242025-573.txt', 6, 'aanhangsel'],
	['ah-tk-20242025-575.txt', 9, 'aanhangsel'],
	['ah-tk-20242025-577.txt', 9, 'aanhangsel'],
	['ah-tk-20242025-583.txt', 20, 'aanhangsel'],
	['ah-tk-20242025-584.txt', 7, 'aanhangsel'],
	['ah-tk-20242025-585.txt', 1, 'aanhangsel'],
	['ah-tk-20242025-594.txt', 11, 'aanhangsel'],
	['ah-tk-20242025-595.txt', 67, 'aanhangsel'],
	['ah-tk-20242025-597.txt', 10, 'aanhangsel'],
];

describe('reading real letters', () => {
	it.each(expected)('%s has %i numbered questions', async (file, count, layout) => {
		const letter = await readLetterFile(fixture(file));
		expect(letter.layout).toBe(layout);
		expect(letter.questions.map(question => question.number)).toEqual(Array.from({length: count}, (_, index) => index + 1));
		for (const question of letter.questions) {
			expect(question.text.length).toBeGreaterThan(10);
		}
	});

	it('attaches each answer of the seed letter to its own number', async () => {
		const letter = await readLetterFile(fixture('seed-digitale-soevereiniteit.txt'));
		const answer = (number: number) => letter.questions[number - 1]!.answer ?? '';
		expect(letter.questions[0]!.text).toMatch(/^Kunt u toelichten waarom de voor DigiD/u);
		expect(answer(1)).toMatch(/^De genoemde voorzieningen zijn rijksbreed georganiseerd\. Logius is/u);
		expect(answer(1)).toMatch(/veiligheid van Logius dienstverlening te waarborgen\.$/u);
		expect(answer(6)).toMatch(/^Er bestaat geen rijksbreed overzicht/u);
		expect(answer(17)).toContain('https://www.logius.nl/onze-dienstverlening/toegang/digid/documentatie');
		expect(answer(20)).toMatch(/^Zie het antwoord op vraag 6\./u);
		expect(answer(22)).toBe('Ja');
	});

	it('moves Word footnotes out of the seed letter answers and keeps the references', async () => {
		const letter = await readLetterFile(fixture('seed-digitale-soevereiniteit.txt'));
		expect(letter.footnotes.map(note => note.id)).toEqual(['2', '3', '4']);
		expect(letter.footnotes[0]!.text).toMatch(/^Kamerbrief over stand van zaken/u);
		const eight = letter.questions[7]!;
		expect(eight.footnoteIds).toEqual(['2']);
		expect(eight.answer).not.toContain('footnoteRef');
		expect(eight.answer).not.toContain('Open.overheid.nl');
		for (const question of letter.questions) {
			expect(`${question.text}${question.answer ?? ''}`).not.toMatch(/\[(?:image|bookmark|footnoteRef)/u);
		}
	});

	it('reads the seed letter metadata', async () => {
		const {meta} = await readLetterFile(fixture('seed-digitale-soevereiniteit.txt'));
		expect(meta).toMatchObject({
			date: '2026-06-25',
			reference: '2026-0000294466',
			askedBy: 'Van den Berg',
			party: 'JA21',
			submitted: '2026-06-04',
			caseNumber: '2026Z12034',
			daysToAnswer: 21,
		});
		expect(meta.subject).toMatch(/^digitale soevereiniteit, kritieke digitale overheidsinfrastructuur/u);
	});

	it('reads the Aanhangsel metadata, strips running footers and moves footnotes', async () => {
		const letter = await readLetterFile(fixture('ah-tk-20242025-573.txt'));
		expect(letter.meta).toMatchObject({
			aanhangselNumber: '573',
			askedBy: 'Ellian',
			party: 'VVD',
			submitted: '2024-11-04',
			received: '2024-11-18',
			daysToAnswer: 14,
		});
		expect(letter.meta.answeredBy).toMatch(/^Staatssecretaris Coenradie/u);
		for (const question of letter.questions) {
			expect(question.answer).not.toMatch(/ah-tk-20242025|ISSN|vergaderjaar 2024–2025, Aanhangsel/u);
		}

		const four = letter.questions[3]!.answer!;
		expect(four).toMatch(/^Het wettelijk uitgangspunt is/u);
		expect(four).toContain('individueel programma'); // "individu-eel" rejoined
		expect(four).toMatch(/nader in\.$/u);
	});

	it('collects Aanhangsel footnotes and keeps them out of questions and answers', async () => {
		const letter = await readLetterFile(fixture('ah-tk-20242025-583.txt'));
		expect(letter.footnotes.length).toBeGreaterThanOrEqual(6);
		expect(letter.footnotes[0]!.text).toMatch(/^The Guardian, 19 september 2024/u);
		expect(letter.questions[1]!.answer).not.toContain('The Guardian, 19 september 2024, «The brutal truth');
		expect(letter.questions[5]!.text).toMatch(/^Welke stappen gaat u nemen/u);
	});

	it('gives each question of a grouped answer the shared answer', async () => {
		const letter = await readLetterFile(fixture('ah-tk-20242025-584.txt'));
		const [two, three] = [letter.questions[1]!, letter.questions[2]!];
		expect(two.answeredWith).toEqual([2, 3]);
		expect(three.answeredWith).toEqual([2, 3]);
		expect(two.answer).toBe(three.answer);
		expect(two.answer).toMatch(/^Het amendement is inderdaad in werking getreden/u);
	});

	it('reads a misprinted duplicate number as the missing next question, and says so', async () => {
		const letter = await readLetterFile(fixture('ah-tk-20242025-597.txt'));
		expect(letter.questions[6]!.answer).toBeNull();
		expect(letter.questions[7]!.answer).toMatch(/^Het oordeel of TikTok/u);
		expect(letter.notices.join(' ')).toMatch(/question 7 is printed twice/u);
	});

	it('gives a misprinted question the answer printed under it, not the one before', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = ['Vraag 1', 'Klopt het?', '', 'Antwoord 1', 'Ja.', '', 'Vraag 2', 'Bent u bereid de brug te heropenen?', '', 'Antwoord 2', 'Nee.', '', 'Vraag 2', 'Bent u bereid nogmaals te kijken?', '', 'Antwoord 2', 'Ja.', '', 'Vraag 4', 'Waarom?', '', 'Antwoord 4', 'Daarom.', ''].join('\n');
		const letter = parseLetter(text, 'letter.txt');
		expect(letter.questions.map(question => [question.number, question.answer])).toEqual([[1, 'Ja.'], [2, 'Nee.'], [3, 'Ja.'], [4, 'Daarom.']]);
		expect(letter.notices).toEqual(['question 2 is printed twice; the second is read as question 3']);
	});

	it('recognises a postponement notice: questions listed, no answers, a clear message', async () => {
		const letter = await readLetterFile(fixture('ah-tk-20242025-562-uitstel.txt'));
		expect(letter.kind).toBe('postponement');
		expect(letter.questions).toHaveLength(9);
		expect(letter.questions.every(question => question.answer === null)).toBe(true);
		expect(letter.notices[0]).toMatch(/postponement notice/u);
		expect(letter.meta.askedBy).toBe('Van den Hil, Bikker');
		expect(letter.meta.party).toBe('VVD, ChristenUnie');
	});
});

describe('the list of sources under a text letter', () => {
	it('is footnotes, not part of the last answer, and the question citing it keeps the link', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = [
			'Vraag 1',
			'Bent u bekend met het bericht van Vereniging Eigen Huis? 1)',
			'',
			'Antwoord 1',
			'Ja.',
			'',
			'Vraag 2',
			'Kan dit voor het stookseizoen worden opgelost?',
			'',
			'Antwoord 2',
			'Zie mijn antwoord op vraag 1.',
			'',
			'1) Vereniging Eigen Huis, 8 oktober 2024, \'Waarschuwing\' (https://www.eigenhuis.nl/nieuws).',
			'',
		].join('\n');
		const letter = parseLetter(text, 'letter.txt');
		expect(letter.questions.map(question => question.answer)).toEqual(['Ja.', 'Zie mijn antwoord op vraag 1.']);
		expect(letter.footnotes).toContainEqual({id: '1)', text: 'Vereniging Eigen Huis, 8 oktober 2024, \'Waarschuwing\' (https://www.eigenhuis.nl/nieuws).'});
		expect(letter.questions[0]!.footnoteIds).toContain('1)');
	});

	it('leaves a numbered list that ends the last answer in that answer', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = ['Vraag 1', 'Kent u het bericht (zie bijlage 1)?', '', 'Antwoord 1', 'Ja.', '', 'Vraag 2', 'Welke maatregelen neemt u?', '', 'Antwoord 2', 'Ik neem de volgende maatregelen:', '1) meer toezicht;', '2) hogere boetes.', ''].join('\n');
		expect(parseLetter(text, 'letter.txt').questions[1]!.answer).toBe('Ik neem de volgende maatregelen:\n1) meer toezicht;\n2) hogere boetes.');
	});
});

describe('"1." questions in a converted Word letter', () => {
	const preamble = 'Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 april 2025).';

	it('reads a hard-wrapped question as one question, not its tail as the answer', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = [preamble, '', '1. Klopt het dat de aanschaf van de drones twee jaar is vertraagd? Zo ja,', 'waarom?', '', 'Ja, dat klopt.', '', '2. Kunt u toelichten wat de kosten zijn van de', 'drones?', '', 'De kosten zijn 45 miljoen euro.', ''].join('\n');
		const letter = parseLetter(text, 'letter.txt');
		expect(letter.questions.map(question => [question.text, question.answer])).toEqual([
			['Klopt het dat de aanschaf van de drones twee jaar is vertraagd? Zo ja, waarom?', 'Ja, dat klopt.'],
			['Kunt u toelichten wat de kosten zijn van de drones?', 'De kosten zijn 45 miljoen euro.'],
		]);
	});

	it('keeps an answer whose first line follows the question directly', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = [preamble, '', '1. Graag een reactie op het bericht.', 'Het bericht klopt niet.', '', '2. Wat kost het?', 'Het kost 45 miljoen euro.', ''].join('\n');
		expect(parseLetter(text, 'letter.txt').questions.map(question => question.answer)).toEqual(['Het bericht klopt niet.', 'Het kost 45 miljoen euro.']);
	});

	it('reads a letter of questions with sub-questions and a source list as questions only', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = [
			preamble, '',
			'1. Kunt u in uw brief 1) ook op de volgende vragen antwoord geven:', '',
			'Waren er signalen? Zo ja, welke?', '',
			'Bent u bereid de problematiek toe te voegen aan het onderzoek naar de eerder vastgestelde', '',
			'\tWIA-problematiek door de Algemene Rekenkamer?', '',
			'2. Kunt u de rapporten met de Kamer delen? Zo niet, waarom niet?', '',
			'\u00A0', '',
			'1) AD, 18 november 2024, \'Crisis UWV nog groter\' (https://www.ad.nl/binnenland/crisis).', '',
		].join('\n');
		const letter = parseLetter(text, 'letter.txt');
		expect(letter.kind).toBe('questions-only');
		expect(letter.questions.map(question => question.answer)).toEqual([null, null]);
		expect(letter.questions[0]!.text).toMatch(/antwoord geven: Waren er signalen\? Zo ja, welke\? Bent u bereid .* Rekenkamer\?$/u);
		expect(letter.footnotes).toContainEqual(expect.objectContaining({id: '1)'}));
	});
});

describe('layouts ministries produce besides the fixtures', () => {
	const questions = ['Bent u bekend met het bericht?', 'Deelt u die conclusie? Zo niet, waarom niet?', 'Hoeveel gemeenten doen mee?'];
	const answers = ['Ja, daar ben ik mee bekend.', 'Ja, die deel ik.', 'Op dit moment doen 12 gemeenten mee.'];
	const read = async (text: string) => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const letter = parseLetter(text, 'letter.txt');
		return letter.questions.map(question => [question.number, question.text, question.answer]);
	};

	const expected = questions.map((question, index) => [index + 1, question, answers[index]]);
	const cases: Array<[string, (number: number, question: string, answer: string) => string]> = [
		['"VRAAG 1" and "ANTWOORD 1" in capitals', (n, q, a) => `VRAAG ${n}\n${q}\n\nANTWOORD ${n}\n${a}\n`],
		['"Vraag nr. 1" and "Antwoord 1:"', (n, q, a) => `Vraag nr. ${n}\n${q}\n\nAntwoord ${n}:\n${a}\n`],
		['"Vraag 1)" and "Antwoord 1"', (n, q, a) => `Vraag ${n})\n${q}\n\nAntwoord ${n}\n${a}\n`],
		['"Antwoord:" on the answer\'s own line', (n, q, a) => `Vraag ${n}\n${q}\n\nAntwoord: ${a}\n`],
		['"ANTWOORD" in capitals, on a line of its own', (n, q, a) => `Vraag ${n}\n${q}\n\nANTWOORD\n${a}\n`],
		['no "Antwoord" heading at all (the question in bold)', (n, q, a) => `Vraag ${n}\n${q}\n\n${a}\n`],
		['an "A:" label above each answer', (n, q, a) => `Vraag ${n}\n${q}\n\nA:\n\n${a}\n`],
		['"1." questions with "Antwoord:" opening the answer', (n, q, a) => `${n}. ${q}\n\nAntwoord: ${a}\n`],
		['"1.Kunt" with the space lost', (n, q, a) => `${n}.${q}\n\n${a}\n`],
		['number and question separated by a tab', (n, q, a) => `${n}\t${q}\n\n${a}\n`],
		['"1." alone on its line, answers under a bare "Antwoord"', (n, q, a) => `${n}.\n${q}\n\nAntwoord\n${a}\n`],
	];

	it.each(cases)('reads %s', async (_name, layout) => {
		const text = ['Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 april 2025).', 'Antwoord van minister Brekelmans (Defensie) (ontvangen 23 april 2025).', '', ...questions.map((question, index) => layout(index + 1, question, answers[index]!))].join('\n');
		expect(await read(text)).toEqual(expected);
	});

	it('reads the members\' context under their questions as no answer in a letter that does not say it answers', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = ['Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 april 2025).', '', 'Vraag 1', 'Bent u bekend met het bericht?', 'Het bericht meldt dat de kosten stijgen.', '', 'Vraag 2', 'Klopt het dat de levering is vertraagd?', 'Volgens de fabrikant ligt dat aan de toeleveranciers.', ''].join('\n');
		expect(parseLetter(text, 'letter.txt').kind).toBe('questions-only');
	});

	it('keeps a quoted earlier answer inside the question, and a table row or list item inside the answer', async () => {
		const quoted = ['Vraag 1', 'In uw beantwoording van eerdere vragen schreef u:', 'Antwoord: Nee, dat is niet bekend.', 'Is dat inmiddels wel bekend?', '', 'Antwoord 1', 'Ja, inmiddels wel.', ''].join('\n');
		expect(await read(quoted)).toEqual([[1, 'In uw beantwoording van eerdere vragen schreef u: Antwoord: Nee, dat is niet bekend. Is dat inmiddels wel bekend?', 'Ja, inmiddels wel.']]);
		const table = ['1. Hoeveel drones zijn er per gemeente geleverd?', '', 'Dat is als volgt verdeeld:', '1\tAmsterdam\t12', '2\tRotterdam\t8', '', '2. Kunt u toelichten wat de kosten zijn van de', 'drones?', '', 'De kosten zijn 45 miljoen euro.', ''].join('\n');
		expect(await read(table)).toEqual([[1, 'Hoeveel drones zijn er per gemeente geleverd?', 'Dat is als volgt verdeeld:\n1\tAmsterdam\t12\n2\tRotterdam\t8'], [2, 'Kunt u toelichten wat de kosten zijn van de drones?', 'De kosten zijn 45 miljoen euro.']]);
	});

	it('reads a "1." question whose second line asks too', async () => {
		const text = ['1. Bent u bekend met het bericht?', 'Zo nee, waarom niet?', '', 'Ja.', '', '2. Deelt u die conclusie?', '', 'Ja.', ''].join('\n');
		expect(await read(text)).toEqual([[1, 'Bent u bekend met het bericht? Zo nee, waarom niet?', 'Ja.'], [2, 'Deelt u die conclusie?', 'Ja.']]);
	});

	it('reads a "1." number printed twice, or one skipped, as the next question and says so, instead of folding the rest into one answer', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const twice = parseLetter(['1. Klopt het dat A?', '', 'Ja.', '', '2. Hoeveel kost B?', '', 'Tien euro.', '', '2. Klopt het dat C?', '', 'Nee.', '', '4. Wie betaalt D?', '', 'De staat.', ''].join('\n'), 'letter.txt');
		expect(twice.questions.map(question => [question.number, question.answer])).toEqual([[1, 'Ja.'], [2, 'Tien euro.'], [3, 'Nee.'], [4, 'De staat.']]);
		expect(twice.notices).toEqual(['question 2 is printed twice; the second is read as question 3']);
		const skipped = parseLetter(['1. Klopt het dat A?', '', 'Ja.', '', '2. Hoeveel kost B?', '', 'Tien euro.', '', '4. Wie betaalt D?', '', 'De staat.', '', '5. Wanneer?', '', 'Nu.', ''].join('\n'), 'letter.txt');
		expect(skipped.questions.map(question => [question.number, question.answer])).toEqual([[1, 'Ja.'], [2, 'Tien euro.'], [4, 'De staat.'], [5, 'Nu.']]);
		expect(skipped.notices).toEqual(['question 3 is missing']);
		const bare = parseLetter(['1', 'Klopt het?', '', 'Antwoord', 'Ja.', '', '2', 'Hoeveel?', '', 'Antwoord', 'Tien.', '', '2', 'Wie betaalt?', '', 'Antwoord', 'De staat.', '', '4', 'Wanneer?', '', 'Antwoord', 'Nu.', ''].join('\n'), 'letter.txt');
		expect(bare.questions.map(question => [question.number, question.answer])).toEqual([[1, 'Ja.'], [2, 'Tien.'], [3, 'De staat.'], [4, 'Nu.']]);
	});

	it('takes no list item or page number after the last question for a misnumbered question, and no compact list item for the question after it', async () => {
		// A list closing the last answer: its "3." asks, but the letter numbers on from nothing after it.
		const last = ['1. Klopt het?', '', 'Ja.', '', '2. Hoeveel kost het?', '', 'Tien euro.', '', '3. Welke punten liggen open?', '', 'Open punten zijn:', '', '1. De planning.', '', '2. De uitvoering.', '', '3. De financiering. Wie betaalt?', '', 'Dat wordt nog bezien.', ''].join('\n');
		expect((await read(last)).map(([number]) => number)).toEqual([1, 2, 3]);
		// A page number inside the last question of the bare-number layout.
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const page = parseLetter(['1', 'Klopt het?', '', 'Antwoord', 'Ja.', '', '2', 'Hoeveel kost het?', '', 'Antwoord', 'Tien euro.', '', '3', 'Hoe beoordeelt u de gevolgen voor', '5', 'de gemeenten?', '', 'Antwoord', 'Beperkt.', ''].join('\n'), 'letter.txt');
		expect(page.questions.map(question => [question.number, question.answer])).toEqual([[1, 'Ja.'], [2, 'Tien euro.'], [3, 'Beperkt.']]);
		// A compact letter: the question right under a list item is still the question, when the later line of its number asks nothing.
		const compact = ['1. Welke stappen zet u?', 'Ik zet twee stappen:', '1. Inventarisatie.', '2. Overleg met de gemeenten.', '2. Wanneer is het plan klaar?', 'Na de zomer.', '3. Wat kost het plan?', 'De kosten bestaan uit:', '', '1. Personeel.', '', '2. Materieel.', ''].join('\n');
		expect((await read(compact)).map(([number, question]) => [number, question])).toEqual([[1, 'Welke stappen zet u?'], [2, 'Wanneer is het plan klaar?'], [3, 'Wat kost het plan?']]);
	});

	it('keeps a numbered list of questions inside an answer in that answer', async () => {
		const text = ['1. Is de exit geregeld?', '', 'Gemeenten stelden ons daarbij twee vragen:', '1. Wie is verantwoordelijk voor de exit?', '2. Wie betaalt de migratie?', 'Beide vragen worden in de rijksbrede aanpak beantwoord.', '', '2. Wanneer komt het plan?', '', 'Voor de zomer.', ''].join('\n');
		expect(await read(text)).toEqual([
			[1, 'Is de exit geregeld?', 'Gemeenten stelden ons daarbij twee vragen:\n1. Wie is verantwoordelijk voor de exit?\n2. Wie betaalt de migratie?\nBeide vragen worden in de rijksbrede aanpak beantwoord.'],
			[2, 'Wanneer komt het plan?', 'Voor de zomer.'],
		]);
	});

	it('reads a grouped label "Antwoord op de vragen 2 en 3:" in a "1." letter', async () => {
		const text = ['1. Bent u bekend met het bericht?', 'Zo nee, waarom niet?', '', 'Antwoord:', 'Ja.', '', '2. Deelt u die conclusie?', '', '3. Hoeveel gemeenten doen mee?', '', 'Antwoord op de vragen 2 en 3:', 'Ja; 12 gemeenten.', ''].join('\n');
		expect(await read(text)).toEqual([[1, 'Bent u bekend met het bericht? Zo nee, waarom niet?', 'Ja.'], [2, 'Deelt u die conclusie?', 'Ja; 12 gemeenten.'], [3, 'Hoeveel gemeenten doen mee?', 'Ja; 12 gemeenten.']]);
	});

	it.each(['3 & 4', '3/4', '3 + 4', '3 en vraag 4', '3) t/m 4)'])('shares an answer labelled "Antwoord op vraag %s"', async label => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const text = ['Vraag 1', 'Klopt het?', 'Antwoord 1', 'Ja.', 'Vraag 2', 'Waarom?', 'Antwoord 2', 'Daarom.', 'Vraag 3', 'Hoeveel?', 'Vraag 4', 'Wanneer?', `Antwoord op vraag ${label}`, 'Twaalf, in mei.', ''].join('\n');
		const letter = parseLetter(text, 'letter.txt');
		expect(letter.questions.slice(2).map(question => [question.answer, question.answeredWith])).toEqual([['Twaalf, in mei.', [3, 4]], ['Twaalf, in mei.', [3, 4]]]);
	});

	it('drops the letterhead a PDF repeats on every page from inside an answer, and only the letterhead', async () => {
		const text = ['Vraag 1', 'Klopt het?', '', 'Antwoord 1', 'Ja, dat klopt.', '', 'Datum 21 november 2024', 'Ons kenmerk BZ2412345', 'Pagina 2 van 4', 'Het kabinet volgt dit.', '', 'Vraag 2', 'Waarom?', '', 'Antwoord 2', 'Daarom.', ''].join('\n');
		expect(await read(text)).toEqual([[1, 'Klopt het?', 'Ja, dat klopt.\nHet kabinet volgt dit.'], [2, 'Waarom?', 'Daarom.']]);
		// A date line of the answer's own, and a blank label's next line ("Vraag 2"), are not letterhead.
		const dated = ['Vraag 1', 'Klopt het?', '', 'Antwoord 1', 'De data zijn:', 'Datum 1 mei: start van de proef', 'Pagina 2 van 3', 'Uw brief', 'Vraag 2', 'Waarom?', '', 'Antwoord 2', 'Daarom.', ''].join('\n');
		expect(await read(dated)).toEqual([[1, 'Klopt het?', 'De data zijn:\nDatum 1 mei: start van de proef'], [2, 'Waarom?', 'Daarom.']]);
	});

	it('reads a label and its value on one line, and a letter dated "Den Haag, 25 juni 2026"', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const sameLine = parseLetter('Datum 25 juni 2026\nOns kenmerk: 2026-0000294466\nKenmerk van de aanpak is de samenwerking.\n\n1. Klopt het?\n\nJa.\n', 'letter.txt');
		expect(sameLine.meta).toMatchObject({date: '2026-06-25', reference: '2026-0000294466'});
		expect(parseLetter('Den Haag, 25 juni 2026\n\n1. Klopt het?\n\nJa.\n', 'letter.txt').meta.date).toBe('2026-06-25');
		// A sentence after the label is no reference.
		expect(parseLetter('Kenmerk van de aanpak is de samenwerking met gemeenten.\n\n1. Klopt het?\n\nJa.\n', 'letter.txt').meta.reference).toBeUndefined();
	});
});

describe('words PDF text glued at line breaks', () => {
	it('puts the space back after a function word stuck to a capital, and leaves names and the fingerprint alone', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const glued = 'Vraag 1\nKlopt het dat deEuropese Commissie inNederland werkt?\n\nAntwoord 1\nJa, met GroenLinks, ChristenUnie en deNAVO; het ministerie van Volksgezondheid, Welzijn enSport.\n';
		const letter = parseLetter(glued, 'letter.txt');
		expect(letter.questions[0]!.text).toBe('Klopt het dat de Europese Commissie in Nederland werkt?');
		expect(letter.questions[0]!.answer).toBe('Ja, met GroenLinks, ChristenUnie en de NAVO; het ministerie van Volksgezondheid, Welzijn en Sport.');
		// Links and addresses stay as written.
		const linked = parseLetter('Vraag 1\nKlopt het?\n\nAntwoord 1\nZie x.com/deTweedeKamer en mail info@deOntmoeting.nl.\n', 'letter.txt');
		expect(linked.questions[0]!.answer).toBe('Zie x.com/deTweedeKamer en mail info@deOntmoeting.nl.');
		// Review files are tied to the text as it came, normalised: the fingerprint is taken before the repair.
		const {createHash} = await import('node:crypto');
		const {normaliseText} = await import('../../../source/letter/normalise.js');
		expect(letter.fingerprint).toBe(createHash('sha256').update(normaliseText(glued)).digest('hex'));
	});

	it('puts the space back between a glued auxiliary or pronoun and a word no compound ends in, and leaves real words', async () => {
		const {parseLetter} = await import('../../../source/letter/parse.js');
		const glued = 'Vraag 1\nKlopt het?\n\nAntwoord 1\nDe EU zalook een doel vaststellen. Het gesprek zal moetenworden gevoerd en kan wordengeïmplementeerd. De komende periode ga ikonderzoeken of dit kan. Mijnministerie is nogniet klaar.\n';
		expect(parseLetter(glued, 'letter.txt').questions[0]!.answer).toBe('De EU zal ook een doel vaststellen. Het gesprek zal moeten worden gevoerd en kan worden geïmplementeerd. De komende periode ga ik onderzoeken of dit kan. Mijn ministerie is nog niet klaar.');
		// Words spelled so stay whole: "zijnde", "de van kracht wordende wet", "welzijn", "nogal", "hetgeen", "werken".
		const whole = 'Vraag 1\nKlopt het?\n\nAntwoord 1\nDe van kracht wordende wet, zijnde de nieuwe, is nogal streng voor welzijn, hetgeen wij werken uit.\n';
		expect(parseLetter(whole, 'letter.txt').questions[0]!.answer).toBe('De van kracht wordende wet, zijnde de nieuwe, is nogal streng voor welzijn, hetgeen wij werken uit.');
	});
});


describe('a question numbered 0', () => {
	it('is read as question 0 with a notice ("Vraag 0"), or said not to be read ("0.")', () => {
		const vraag = parseLetter('Vraag 0\nIs dit een vraag?\n\nAntwoord 0\nJa.\n\nVraag 1\nIs dit ook een vraag?\n\nAntwoord 1\nNee.\n', 'nul.txt');
		expect(vraag.questions.map(question => question.number)).toEqual([0, 1]);
		expect(vraag.notices).toContain('a question is numbered 0 (letters number from 1): it is read as question 0');
		const numbered = parseLetter('0. Is dit een vraag?\n\n1. Is dit ook een vraag?\n\n2. En dit?\n\nAntwoord van minister X (ontvangen 3 maart 2024)\n\n0. Ja.\n\n1. Nee.\n\n2. Ja.\n', 'nul.txt');
		expect(numbered.questions.some(question => question.number === 0)).toBe(false);
		expect(numbered.notices).toContain('a line numbered 0 was not read as a question (letters number from 1)');
	});
});
