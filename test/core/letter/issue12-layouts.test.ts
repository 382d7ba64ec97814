// Layouts that letters the project had not seen showed (issue 12, part 4); each letter is made here in
// that shape.
import {describe, expect, it} from 'vitest';
import {parseLetter, type Letter} from '../../../source/letter/index.js';
import {scoreLetter} from '../../../source/scoring/index.js';

const numbers = (letter: Letter) => letter.questions.map(question => question.number);
const answerOf = (letter: Letter, number: number) => letter.questions.find(question => question.number === number)?.answer ?? null;
const questionOf = (letter: Letter, number: number) => letter.questions.find(question => question.number === number)?.text ?? '';

// A scanned Aanhangsel page as the OCR text has it: the page head, an item number, the letter.
const ocrPage = (...items: string[]) => [
	'Tweede Kamer der Staten-Generaal',
	'2',
	'Zitting 1980-1981',
	'Aanhangsel van de Handelingen',
	'Vragen gesteld door leden van de Kamer, met de daarop door de Regering gegeven antwoorden',
	...items,
	'Tweede Kamer, zitting 1980-1981, Aanhangsel',
	'1461',
].join('\n');

describe('scanned pages (OCR) whose numbers OCR lost or glued', () => {
	it('reads a page whose first question follows "(Ingezonden …)." and whose answers are "(Ont-vangen …)"', () => {
		const letter = parseLetter(ocrPage(
			'549',
			'Vragen van het lid De Vries (P.v.d.A.) over de dijken. (Ingezonden 6 december 1977). 1 Heeft u kennis genomen van het be-richt? 2 Kunt u aangeven wat het kost?',
			'Antwoord Antwoord van Minister Jansen (Bin-nenlandse Zaken). (Ont-vangen 13 januari 1978).',
			'1 Ja. 2 Neen. Er zijn nog geen gegevens.',
		), 'ocr.txt');
		expect(letter.layout).toBe('ocr');
		expect(numbers(letter)).toEqual([1, 2]);
		expect(answerOf(letter, 2)).toBe('Neen. Er zijn nog geen gegevens.');
		expect(letter.meta.received).toBe('1978-01-13');
	});

	it('reads a first question that lost its number, leaving out a line of another column before it', () => {
		const letter = parseLetter(ocrPage(
			'648',
			'Vragen van het lid Dees (V.V.D.) over open hartchirurgie. (Ingezonden 14 de-cember 1981)',
			'Ik acht de verwachting echter gewettigd dat het aantal zal stijgen.',
			'Kunt u mededelen hoe uw aankondiging is onderbouwd? 2 Kunt u een overzicht geven van de capaciteit?',
			'Antwoord',
			'Antwoord van Minister Gardeniers (Volksgezondheid). (Ontvangen 16 februari 1982) 1 en 2 Hoewel de cijfers nog niet bekend zijn, verwacht ik een stijging.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2]);
		expect(questionOf(letter, 1)).toBe('Kunt u mededelen hoe uw aankondiging is onderbouwd?');
		expect(answerOf(letter, 1)).toMatch(/^Hoewel de cijfers/u);
		expect(letter.questions[1]!.answeredWith).toEqual([1, 2]);
	});

	it('reads numbers OCR dropped in the questions when the answers name them, and "Ja-2" as "Ja. 2"', () => {
		const letter = parseLetter(ocrPage(
			'751',
			'Vragen van het lid Van den Anker (P.v.d.A.) over een commissie. (Ingezonden 13 februari 1981)',
			'1 Is het waar, dat u verzoeken hebben bereikt?',
			'Hebben de bewindslieden inmiddels een standpunt bepaald?',
			'Wanneer kan de instelling tegemoet worden gezien?',
			'Toelichting De taak van deze commissie is adviseren.',
			'Antwoord Antwoord van Minister Wiegel (Binnenlandse Zaken). (Ontvangen 11 maart 1981)',
			'1 Ja-2 Ja. 3 Op korte termijn.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(questionOf(letter, 2)).toBe('Hebben de bewindslieden inmiddels een standpunt bepaald?');
		expect(questionOf(letter, 3)).toMatch(/^Wanneer kan de instelling/u);
		expect(answerOf(letter, 1)).toBe('Ja');
		expect(answerOf(letter, 2)).toBe('Ja.');
		expect(answerOf(letter, 3)).toBe('Op korte termijn.');
	});

	it('reads answers after two numbers OCR lost in a row, the lost ones from the paragraphs before', () => {
		const letter = parseLetter(ocrPage(
			'710',
			'Vragen van de leden Dijkstal en Van Erp (V.V.D.) over een bureau. (Ingezonden 19 april 1989)',
			'1 Heeft de minister een bureau opgericht? 2 Wat is de status van dit bureau? 3 Hebben de medewerkers een ambtelijke status? 4 Is het bekend, dat er twintig bureaus zijn? 5 Waarom is het bureau opgericht?',
			'Antwoord',
			'Antwoord van minister Brinkman (Welzijn). (Ontvangen 10 juli 1989)',
			'1 In het kader van de afslanking is een bureau ingericht.',
			'Het bureau is een stafafdeling.',
			'De medewerkers hebben hun ambtelijke status behouden. 4 Dat is mij bekend. 5 Zie mijn antwoord op vraag 1. De reorganisatie is in 1988 besloten en kost 3 miljoen, 4 procent van het budget.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2, 3, 4, 5]);
		expect(answerOf(letter, 1)).toMatch(/^In het kader .* ingericht\.$/u);
		expect(answerOf(letter, 2)).toBe('Het bureau is een stafafdeling.');
		expect(answerOf(letter, 3)).toBe('De medewerkers hebben hun ambtelijke status behouden.');
		expect(answerOf(letter, 4)).toBe('Dat is mij bekend.');
		expect(answerOf(letter, 5)).toMatch(/4 procent van het budget\.$/u);
		const card = scoreLetter(letter);
		expect(card.answers.find(answer => answer.number === 3)?.flags.direct).toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.restates'}]});
		expect(card.answers.find(answer => answer.number === 4)?.flags.direct.value).toBe('yes');
	});

	it('leaves a jump of several numbers that the next number does not carry on from as text', () => {
		const letter = parseLetter(ocrPage(
			'711',
			'Vragen van het lid Jansen (C.D.A.) over subsidies. (Ingezonden 2 mei 1989)',
			'1 Hoeveel kost de regeling? 2 Wie betaalt de regeling?',
			'Antwoord',
			'Antwoord van minister Brinkman (Welzijn). (Ontvangen 10 juli 1989)',
			'1 De regeling kost 3 miljoen.',
			'Dat is 5 Procent van het budget. 2 Het Rijk betaalt.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2]);
		expect(answerOf(letter, 1)).toMatch(/5 Procent van het budget\.$/u);
		expect(answerOf(letter, 2)).toBe('Het Rijk betaalt.');
	});

	it('reads the last answer whose number was lost, and groups "2 t/m 4" and "3, 4en 5"', () => {
		const letter = parseLetter(ocrPage(
			'202',
			'Vragen van het lid Wagenaar (P.P.R.) over bewindslieden. (Ingezonden 9 november 1982)',
			'1 Is het waar, dat u hebt ingestemd? 2 Zo ja, acht u dat juist? 3 Hoe denkt u dit te voorkomen? 4 Wordt de Regering zetbaas? 5 Kunt u dit toelichten? 6 Wat doet u nu?',
			'Antwoord Antwoord van Minister Van Aardenne (Economische Zaken). (Ontvan-gen 12 november 1982)',
			'1 Neen. 2 Dat volgt uit vraag 1. 3, 4en 5 Met het antwoord op vraag 1 vervallen deze vragen.',
			'Ik zie geen aanleiding tot verdere stappen.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(letter.questions[3]!.answeredWith).toEqual([3, 4, 5]);
		expect(answerOf(letter, 6)).toBe('Ik zie geen aanleiding tot verdere stappen.');
		const range = parseLetter(ocrPage(
			'203',
			'Vragen van het lid Wagenaar (P.P.R.) over bewindslieden. (Ingezonden 9 november 1982)',
			'1 Is het waar? 2 Zo ja, waarom? 3 Hoe dan? 4 Wanneer?',
			'Antwoord Antwoord van Minister Van Aardenne (Economische Zaken). (Ontvangen 12 november 1982)',
			'1 Neen. 2 t/m 4 Met het antwoord op vraag 1 vervallen deze vragen.',
		), 'ocr.txt');
		expect(range.questions.map(question => question.answer === null ? 0 : question.number)).toEqual([1, 2, 3, 4]);
	});

	it('reads the whole letter on a page that also holds another, not the one with a single unnumbered question', () => {
		const letter = parseLetter(ocrPage(
			'543',
			'Vraag van de leden Portheine (V.V.D.) en Waltmans (P.P.R.) over een verdrag. (Ingezonden 18 december 1974)',
			'Welke redenen liggen ten grondslag aan de vertraging?',
			'Antwoord',
			'Antwoord van Minister Den Uyl (Buitenlandse Zaken). (Ont-vangen 10 januari 1975)',
			'Het overleg heeft meer tijd gevergd.',
			'544',
			'Vragen van het lid Keuning (DS\'70) over een ontvluchting. (Inge-zonden 17 december 1974) 1 Zijn de berichten juist?',
			'2 Is het waar, dat zij langgestraften zijn? 3 Neemt u maatregelen?',
			'Antwoord Antwoord van Staatssecretaris Glastra van Loon (Justitie). (Ontvangen 10 janu-ari 1975) 1 Het antwoord luidt bevestigend. 2 Het betrof langgestraften.',
			'3 Het overleg is gaande.',
		), 'ocr.txt');
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(answerOf(letter, 3)).toBe('Het overleg is gaande.');
		expect(letter.meta.askedBy).toBe('Keuning');
		expect(letter.meta.submitted).toBe('1974-12-17');
	});

	it('reads a page before 1975: "1115. VRAGEN van …", "1." questions, "ANTWOORD van …" and "1 en 2." answers', () => {
		const letter = parseLetter([
			'Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer',
			'2233',
			'1578. VRAGEN van de leden Hartmeijer en Laban (beiden P.v.d.A.) over een gymnastieklokaal. (Ingezonden 30 mei 1974.)',
			'1. Weet u, dat de gemeente in 1971 reeds medewerking heeft verleend?',
			'2. Weet u ook, dat de middelen beschikbaar zijn?',
			'3. Is het u bekend dat het plan niet kan worden verwezenlijkt?',
			'ANTWOORD van Staatssecretaris Veerman (Onderwijs en Wetenschappen). (Ontvangen 11 juni 1974.)',
			'1 en 2. Ja.',
			'3. Ik heb inmiddels een urgentieverklaring afgegeven.',
			'Zitting 1973-1974 Aanhangsel',
		].join('\n'), 'ocr.txt');
		expect(letter.layout).toBe('ocr');
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(letter.questions[1]!.answeredWith).toEqual([1, 2]);
		expect(answerOf(letter, 3)).toBe('Ik heb inmiddels een urgentieverklaring afgegeven.');
		expect(letter.meta.askedBy).toBe('Hartmeijer, Laban');
		expect(letter.meta.received).toBe('1974-06-11');
	});

	it('reads "1en2" with both spaces lost as a group', () => {
		const letter = parseLetter(ocrPage(
			'670',
			'Vragen van het lid Wolff (C.P.N.) over een vrijlating. (Ingezonden 30 januari 1981)',
			'1 Is het waar, dat de Regering dat heeft verklaard? 2 Is het waar, dat aandrang wordt uitgeoefend?',
			'Antwoord Antwoord van Minister De Ruiter (Justitie). (Ontvangen 24 februari 1981) 1en2 Wij hebben geen nieuwe elementen aangetroffen.',
		), 'ocr.txt');
		expect(letter.questions.map(question => question.answeredWith)).toEqual([[1, 2], [1, 2]]);
	});

	it('reads a postponement notice ("Mededeling van …") on a scanned page as questions without answers', () => {
		const letter = parseLetter(ocrPage(
			'627',
			'Vragen van de leden Dittrich en Ter Veer (beiden D66) over slagers. (Ingezonden 14 juni 1994) 1Kent u het bericht?',
			'2Zijn er meer slagers die stoppen?',
			'Mededeling',
			'Mededeling van staatssecretaris Gabor (Landbouw). (Ontvangen 6 juli 1994)',
			'Ik verzoek u om uitstel van de beantwoording van genoemde vragen tot 22 juli a.s.',
		), 'ocr.txt');
		expect(letter.kind).toBe('postponement');
		expect(numbers(letter)).toEqual([1, 2]);
	});
});

describe('hyphens OCR and PDF text keep or lose', () => {
	it('keeps a compound spelled with a hyphen twice and rejoins words split at a line break, in the text and the metadata', () => {
		const letter = parseLetter(ocrPage(
			'864',
			'Vragen van de leden Lankhorst en Beckers-de Bruijn (beiden P.P.R.) over het beleid t.a.v. aids-patiënten. (Ingezonden 3 april 1987)',
			'1 Worden aids-patiënten bij de grens teruggestuurd? 2 Wat is het beleid inzake internati-onaal overleg?',
			'Antwoord Antwoord van staatssecretaris Dees (Welzijn), mede namens de Staatsse-cretaris van Justitie. (Ontvan-gen 10 juli 1987)',
			'1 Neen. 2 Het overleg wordt voort-gezet.',
		), 'ocr.txt');
		expect(questionOf(letter, 1)).toBe('Worden aids-patiënten bij de grens teruggestuurd?');
		expect(questionOf(letter, 2)).toBe('Wat is het beleid inzake internationaal overleg?');
		expect(answerOf(letter, 2)).toBe('Het overleg wordt voortgezet.');
		expect(letter.meta.subject).toBe('het beleid t.a.v. aids-patiënten');
		expect(letter.meta.askedBy).toBe('Lankhorst, Beckers-de Bruijn');
		expect(letter.meta.answeredBy).toContain('de Staatssecretaris van Justitie');
		expect(letter.meta.received).toBe('1987-07-10');
	});
});

describe('grouped question labels', () => {
	const letter = parseLetter([
		'Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 april 2025).',
		'',
		'Vraag 1',
		'Bent u bekend met het bericht?',
		'',
		'Antwoord 1',
		'Ja.',
		'',
		'Vraag 2, 3 en 4',
		'Hoeveel drones zijn er gekocht? Wanneer worden zij geleverd? Wie betaalt de kosten?',
		'',
		'Antwoord 2, 3 en 4',
		'Er zijn twaalf drones gekocht; zij worden in mei geleverd. Defensie betaalt.',
		'',
		'Vraag 5, 6 7 en 8',
		'Klopt het bericht? Zo nee, waarom niet? Is het contract getekend? Wat kost het? Wanneer weet u meer?',
		'',
		'Antwoord 5, 6 7 en 8',
		'Het bericht klopt; het contract is getekend.',
		'',
	].join('\n'), 'grouped.txt');

	it('reads "Vraag 4, 5, 6 7 en 8" with a comma missing as every number', () => {
		expect(numbers(letter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(letter.questions[7]!.answeredWith).toEqual([5, 6, 7, 8]);
		expect(answerOf(letter, 7)).toBe('Het bericht klopt; het contract is getekend.');
	});

	it('gives each number of one block its own question sentence when the counts match', () => {
		expect(questionOf(letter, 2)).toBe('Hoeveel drones zijn er gekocht?');
		expect(questionOf(letter, 3)).toBe('Wanneer worden zij geleverd?');
		expect(questionOf(letter, 4)).toBe('Wie betaalt de kosten?');
		// Five sentences for four numbers: the follow-up stays with the question before it.
		expect(questionOf(letter, 5)).toBe('Klopt het bericht? Zo nee, waarom niet?');
		expect(questionOf(letter, 8)).toBe('Wanneer weet u meer?');
	});
});

describe('a letter whose whole text is one line', () => {
	it('reads "Vraag N … Antwoord N …" markers run on in one line, not a "Vraag 2" an answer cites', () => {
		const letter = parseLetter('Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 februari 2015). Antwoord van minister Hennis (Defensie) (ontvangen 3 maart 2015) Vraag 1 Bent u bekend met het bericht over de drones? Antwoord 1 Ja. Ik ken het bericht. Vraag 2 Hoeveel drones heeft Defensie gekocht? Antwoord 2 Defensie heeft twaalf drones gekocht (zie ook Vraag 1 hierboven). Vraag 3 Wanneer worden zij geleverd? Zo nee, waarom niet? Antwoord 3 Zij worden in mei 2015 geleverd, zoals het contract zegt. Het contract is openbaar en staat op de website van Defensie, met de bijlagen en de prijzen.', 'one-line.txt');
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(answerOf(letter, 1)).toBe('Ja. Ik ken het bericht.');
		expect(answerOf(letter, 2)).toBe('Defensie heeft twaalf drones gekocht (zie ook Vraag 1 hierboven).');
		expect(questionOf(letter, 3)).toBe('Wanneer worden zij geleverd? Zo nee, waarom niet?');
		expect(letter.meta.submitted).toBe('2015-02-02');
		expect(letter.meta.received).toBe('2015-03-03');
	});

	it('reads "1." questions run on in one line, each answer after its question', () => {
		const letter = parseLetter('Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 februari 2015). 1. Bent u bekend met het bericht over de drones? Ja, ik ken het bericht en de achtergrond ervan. 2. Hoeveel drones heeft Defensie gekocht? Is dat genoeg? Defensie heeft twaalf drones gekocht. Dat volstaat voor de taken van dit jaar, zie https://www.defensie.nl/drones 3. Wanneer worden zij geleverd? Zij worden in mei 2015 geleverd, zoals het contract zegt en de leverancier heeft bevestigd aan de Kamer.', 'one-line.txt');
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(questionOf(letter, 2)).toBe('Hoeveel drones heeft Defensie gekocht? Is dat genoeg?');
		expect(answerOf(letter, 2)).toBe('Defensie heeft twaalf drones gekocht. Dat volstaat voor de taken van dit jaar, zie https://www.defensie.nl/drones');
		expect(answerOf(letter, 3)).toMatch(/^Zij worden in mei 2015 geleverd/u);
	});
});

describe('a PDF converted to Markdown', () => {
	const markdown = [
		'**ah-tk-20242025-612**',
		'',
		'# Aanhangsel van de Handelingen',
		'',
		'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
		'',
		'## 612',
		'',
		'Vragen van het lid Jansen (SP) aan de Minister van Volksgezondheid over wachtlijsten in de jeugdzorg (ingezonden 4 november 2024).',
		'',
		'Antwoord van Minister Agema (Volksgezondheid) (ontvangen 25 november 2024).',
		'',
		'## Vraag 1',
		'',
		'Bent u bekend met het bericht «Wachtlijsten jeugdzorg groeien»[1 ]?',
		'',
		'**Antwoord 1**',
		'',
		'Ja.',
		'',
		'## Vraag 2',
		'',
		'Hoeveel kinderen staan op een wachtlijst, en hoe lang?',
		'',
		'**Antwoord 2**',
		'',
		'Volgens de cijfers van het CBS<sup>2</sup> staan ruim 4.000 kinderen op een wachtlijst. De *gemiddelde* wachttijd is negen weken. Het kabinet neemt de',
		'',
		'-----',
		'',
		'maatregelen die in de Kamerbrief van 1 oktober zijn genoemd.',
		'',
		'## Vraag 3',
		'',
		'Wanneer ontvangt de Kamer de voortgangsrapportage?',
		'',
		'**Antwoord 3**',
		'',
		'Voor de zomer van 2025.',
		'',
		'[1 ] NOS, 2 november 2024.',
		'[2 ] CBS, Statline, oktober 2024.',
		'',
		'-----',
		'',
		'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1',
	].join('\n');
	const letter = parseLetter(markdown, 'letter.md');

	it('reads "## Vraag 1" and "**Antwoord 1**" as markers, the sentence a page break cut joined again', () => {
		expect(numbers(letter)).toEqual([1, 2, 3]);
		expect(answerOf(letter, 1)).toBe('Ja.');
		expect(answerOf(letter, 2)).toBe('Volgens de cijfers van het CBS staan ruim 4.000 kinderen op een wachtlijst. De gemiddelde wachttijd is negen weken. Het kabinet neemt de maatregelen die in de Kamerbrief van 1 oktober zijn genoemd.');
		expect(answerOf(letter, 3)).toBe('Voor de zomer van 2025.');
		expect(letter.meta.submitted).toBe('2024-11-04');
		expect(letter.meta.aanhangselNumber).toBe('612');
	});

	it('keeps "[1 ]" and "<sup>2</sup>" note marks out of the text and their notes in the footnotes', () => {
		expect(questionOf(letter, 1)).toBe('Bent u bekend met het bericht «Wachtlijsten jeugdzorg groeien»?');
		expect(letter.footnotes).toEqual([{id: '1', text: 'NOS, 2 november 2024.'}, {id: '2', text: 'CBS, Statline, oktober 2024.'}]);
		expect(letter.questions.map(question => question.footnoteIds)).toEqual([['1'], ['2'], []]);
	});

	it('leaves text that is not Markdown as it is', () => {
		const plain = 'Vraag 1\nKlopt het dat de *kosten* stijgen?\n\nAntwoord 1\nJa.\n\n-----\n';
		expect(parseLetter(plain, 'plain.txt').questions[0]!.text).toBe('Klopt het dat de *kosten* stijgen?');
	});
});

describe('PDF footnotes between two sentences of an answer', () => {
	const letter = parseLetter([
		'ah-tk-20242025-620',
		'Tweede Kamer der Staten-Generaal',
		'Aanhangsel van de Handelingen',
		'Vragen van het lid Jansen (SP) aan de Minister van Volksgezondheid over wachtlijsten (ingezonden 4 november 2024).',
		'Vraag 1',
		'Klopt het dat de wachtlijsten in de jeugdzorg groeien?',
		'Antwoord 1',
		'Ja. De maatregelen staan in de Kamerbrief van 1 oktober.11',
		'11 Kamerbrief van 1 oktober 2024, Kamerstuk 31 839, nr. 1011',
		'Daarin staat ook wat gemeenten doen.',
		'Vraag 2',
		'Wat doet u daaraan?',
		'Antwoord 2',
		'Ik verwijs naar de voortgangsbrief.',
		'12 Kamerstuk 31 066, nr. 1234',
		'12 gemeenten krijgen extra geld in 2025. Die lijst staat in de brief.',
		'13 Gemeenten noemden het in hun brief van 3 mei 2024 al. Dat blijft zo.',
	].join('\n'), 'ah.txt');

	it('moves them to the footnotes, numbered as printed, and keeps the sentences around them in the answer', () => {
		expect(letter.layout).toBe('aanhangsel');
		expect(answerOf(letter, 1)).toBe('Ja. De maatregelen staan in de Kamerbrief van 1 oktober.11 Daarin staat ook wat gemeenten doen.');
		expect(letter.footnotes).toEqual([
			{id: '11', text: 'Kamerbrief van 1 oktober 2024, Kamerstuk 31 839, nr. 1011'},
			{id: '12', text: 'Kamerstuk 31 066, nr. 1234'},
		]);
	});

	it('leaves a sentence that starts with a figure, and a sentence with a date, in the answer', () => {
		expect(answerOf(letter, 2)).toBe('Ik verwijs naar de voortgangsbrief.\n12 gemeenten krijgen extra geld in 2025. Die lijst staat in de brief.\n13 Gemeenten noemden het in hun brief van 3 mei 2024 al. Dat blijft zo.');
	});
});

describe('a Word letter that answers "uw brief van …"', () => {
	it('reads the submission date from "In antwoord op uw brief van 5 juli 2024", and the days to answer', () => {
		const letter = parseLetter([
			'Datum 26 juli 2024',
			'Betreft Antwoorden Kamervragen over het politiebureau in Wolvega',
			'',
			'In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, deel ik u mede dat de vragen van het lid Jansen (SP) over het politiebureau in Wolvega worden beantwoord zoals aangegeven in de bijlage bij deze brief.',
			'',
			'1. Bent u bekend met het bericht over het politiebureau?',
			'',
			'Ja.',
			'',
		].join('\n'), 'word.txt');
		expect(letter.meta.submitted).toBe('2024-07-05');
		expect(letter.meta.daysToAnswer).toBe(21);
	});

	it('reads it from the letterhead\'s "Uw brief" too, and not from a sentence that only mentions a brief', () => {
		const head = (line: string) => parseLetter(['Datum 26 juli 2024', line, '', '1. Bent u bekend met het bericht?', '', 'Ja.', ''].join('\n'), 'word.txt').meta.submitted;
		expect(head('Uw brief 5 juli 2024')).toBe('2024-07-05');
		expect(head('Wilt u slechts één zaak in uw brief behandelen.')).toBeUndefined();
	});
});

describe('note marks inside a phrase', () => {
	const letter = parseLetter([
		'Vragen van het lid De Vries (VVD) aan de minister van Defensie over drones (ingezonden 2 april 2025).',
		'',
		'1. Hoeveel drones heeft Defensie gekocht [1]?',
		'',
		'Twaalf.',
		'',
		'2. Wanneer worden zij geleverd?',
		'',
		'Zie het antwoord op vraag[1] 1.',
		'',
		'[1] NOS, 2 april 2025, «Defensie koopt drones».',
	].join('\n'), 'marks.txt');

	it('keeps "[1]" out of the text, so the phrase reads whole, and lists the note with the question', () => {
		expect(questionOf(letter, 1)).toBe('Hoeveel drones heeft Defensie gekocht?');
		expect(answerOf(letter, 2)).toBe('Zie het antwoord op vraag 1.');
		expect(letter.footnotes).toEqual([{id: '[1]', text: 'NOS, 2 april 2025, «Defensie koopt drones».'}]);
		expect(letter.questions.map(question => question.footnoteIds)).toEqual([['[1]'], ['[1]']]);
	});

	it('gives the evidence for a cross-reference the question number it names', () => {
		const evidence = Object.values(scoreLetter(letter).answers[1]!.flags).flatMap(flag => flag.evidence).map(item => item.text);
		expect(evidence).toContain('Zie het antwoord op vraag 1');
	});
});
