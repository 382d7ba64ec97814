import {describe, expect, it} from 'vitest';
import {judgeDeflects} from '../../../source/scoring/deflects.js';
import {AnswerSentences} from '../../../source/scoring/sentences.js';
import {judgeFuture} from '../../../source/scoring/future.js';

const judge = (answer: string, closed = false, direct = false) => judgeDeflects(answer, new AnswerSentences(answer), {closed, direct});

const deflections = [
	'Zie het antwoord op vraag 6.',
	'Zie het antwoord op vraag 6. Daarnaast is zes maanden überhaupt een zeer korte termijn.',
	'Zoals hiervoor aangegeven biedt een ADV-aanbesteding meer mogelijkheden dan een reguliere Europese Aanbesteding. Op dit moment treft Logius de voorbereidingen.',
	'Zoals in het antwoord op vraag 8 aangegeven betreft de technische inrichting van DigiD maatwerk. In de overdrachtsperiode kan een nieuwe contractant ervaring opbouwen.',
	'DigiD voldoet aan strenge eisen. Alle informatie is terug te vinden op de website van Logius. U kunt de informatie terugvinden via de volgende link: https://www.logius.nl/digid',
	'Er is geen overzicht van keuzes die andere Europese landen maken voor het inrichten van hun digitale infrastructuur.',
	'De verantwoordelijkheid voor de financiële situatie en bedrijfsvoering ligt bij het ziekenhuis zelf.',
	'Ik ga niet in op de situatie van individuele gedetineerden. Selectiefunctionarissen beslissen namens mij waar een gedetineerde wordt geplaatst.',
	'De mate waarin de btwverhoging wordt doorberekend aan de afnemers is lastig in te schatten.',
	'Nee, dat is niet mogelijk (zie antwoord vraag 10).',
	'Ik beschik op dit moment nog niet over alle benodigde gegevens om een compleet beeld te geven.',
	'Het is voor mij op korte termijn niet mogelijk om de gevraagde gegevens te leveren.',
	'Hierover is geen precies getal te noemen. Bij onderzoekers is hier ook nog geen consensus over.',
	'Een oordeel hierover is voorbehouden aan een rechter en aan de Europese Commissie.',
	'Zoals in het antwoord op vraag 5 reeds aangegeven, is iedere staat verantwoordelijk voor de coördinatie.',
];

const answers = [
	'De hoogte van de AOW is daarbij niet afhankelijk van het inkomen van de partner.',
	'In het Algemeen Ambtsbericht Turkije van augustus 2023 is beschreven dat de vervolging in intensiteit was afgenomen.',
	'De genoemde voorzieningen zijn rijksbreed georganiseerd. Logius voert het beheer uit van deze overheidsvoorzieningen.',
	'In 2023 zijn 131 zendingen paardenvlees uit derde landen geïmporteerd, in totaal 2.758 ton.',
	'Onder een gelijkwaardig alternatief verstaat het kabinet andere Nederlandse en Europese IT-dienstverleners die diensten kunnen leveren.',
];

describe('deflects', () => {
	it.each(deflections)('flags: %s', answer => {
		const flag = judge(answer);
		expect(flag.value).toBe(true);
		for (const hit of flag.evidence) {
			expect(answer.slice(hit.start, hit.end)).toBe(hit.text);
		}
	});

	it.each(answers)('does not flag a substantive answer: %s', answer => {
		expect(judge(answer).value).toBe(false);
	});

	it('counts responsibility placed elsewhere only in the opening or when it recurs, for yes/no questions too', () => {
		const answer = 'Zorgverzekeraars kopen zorg in voor hun verzekerden. Zij onderhandelen met de zorgaanbieders. Het is aan de zorgverzekeraars en de zorgaanbieders om tot goede afspraken te komen.';
		const rules = (text: string, closed: boolean) => judge(text, closed).evidence.map(hit => hit.rule);
		expect(rules(answer, true)).not.toContain('deflects.not-my-responsibility');
		expect(rules(answer, false)).toEqual([]);
		expect(rules('Het is aan de zorgverzekeraars om tot goede afspraken te komen. Dat doen zij samen met de sector.', true)).toContain('deflects.not-my-responsibility');
	});

	it('counts general terms and policy lines anywhere in an answer that leaves a yes/no question open', () => {
		const answer = 'Op de top komen meerdere VN-lidstaten samen. De Secretaris-Generaal neemt in de regel deel. Het kabinet blijft het belang van de VN onderstrepen.';
		expect(judge(answer, true).value).toBe(true);
		expect(judge(answer, false).value).toBe(false);
	});

	it('does not count "there is no overview" as a deflection when asked whether one exists', () => {
		expect(judge('Er bestaat geen rijksbreed overzicht van kritieke digitale overheidsvoorzieningen.', true, true).value).toBe(false);
	});

	it('counts "no figures" for a question that asks for the facts first and whether figures exist after', () => {
		const answer = 'Er zijn geen cijfers beschikbaar die betrekking hebben op zwemles voor mensen met een beperking. Uit gesprekken met de sector blijkt dat veel kinderen zwemles volgen via school.';
		const sentences = new AnswerSentences(answer);
		// "Wat zijn de effecten …? Zijn er cijfers …?"
		expect(judgeDeflects(answer, sentences, {closed: true, opensClosed: false, direct: false}).value).toBe(true);
		// "Zijn er cijfers …?" alone: "no figures" answers it (and reads as a no).
		expect(judgeDeflects(answer, sentences, {closed: true, opensClosed: true, direct: false}).evidence.map(hit => hit.rule)).not.toContain('deflects.no-information');
		expect(judgeDeflects(answer, sentences, {closed: true, opensClosed: true, direct: true}).value).toBe(false);
	});

	it('does not flag a clear yes that also points to another answer', () => {
		expect(judge('Ja. Zie ook het antwoord op vraag 1 en 3.', true, true).value).toBe(false);
	});

	it('reads one answer shared by three or more questions as no answer of their own for all but the first', () => {
		const answer = 'De Commissie heeft in 2023 een onderzoek gestart. De resultaten zijn openbaar gemaakt. Nederland steunt die aanpak.';
		const sentences = new AnswerSentences(answer);
		const later = judgeDeflects(answer, sentences, {closed: false, direct: false, number: 6, sharedWith: [5, 6, 7]});
		expect(later).toMatchObject({value: true, evidence: [{rule: 'deflects.shared-by-questions-5-6-7', start: 0}]});
		expect(answer.slice(later.evidence[0]!.start, later.evidence[0]!.end)).toBe(later.evidence[0]!.text);
		// The first question is the one the shared answer was written for.
		expect(judgeDeflects(answer, sentences, {closed: false, direct: false, number: 5, sharedWith: [5, 6, 7]}).value).toBe(false);
		// Two questions often are one question in two sentences; a yes or no answers each question.
		expect(judgeDeflects(answer, sentences, {closed: false, direct: false, number: 6, sharedWith: [5, 6]}).value).toBe(false);
		expect(judgeDeflects(answer, sentences, {closed: true, direct: true, number: 7, sharedWith: [5, 6, 7]}).value).toBe(false);
		// Not one of the questions sharing it, or no number given: nothing to say.
		expect(judgeDeflects(answer, sentences, {closed: false, direct: false, number: 4, sharedWith: [5, 6, 7]}).value).toBe(false);
		expect(judgeDeflects(answer, sentences, {closed: false, direct: false, sharedWith: [5, 6, 7]}).value).toBe(false);
	});

	it('reads a short answer that leaves a yes/no question without a yes or no as deflecting, with the answer as evidence', () => {
		const answer = 'Maatschappelijke organisaties spelen door hun brede ervaring en kennis een grote rol in sociaaleconomische ontwikkeling.';
		const flag = judgeDeflects(answer, new AnswerSentences(answer), {closed: true, direct: false});
		expect(flag).toMatchObject({value: true, evidence: [{rule: 'deflects.short-implicit', text: answer, start: 0, end: answer.length}]});
		// A yes or no answers it; an open question is not left without one; a long answer has room for the specifics.
		expect(judgeDeflects(answer, new AnswerSentences(answer), {closed: true, direct: true}).value).toBe(false);
		expect(judgeDeflects(answer, new AnswerSentences(answer), {closed: false, direct: false}).value).toBe(false);
		const long = `${answer} ${'Zij werken samen met bedrijven en vakbonden in de productielanden aan eerlijke ketens.'.repeat(4)}`;
		expect(judgeDeflects(long, new AnswerSentences(long), {closed: true, direct: false}).value).toBe(false);
		// One short answer to three or more separate questions.
		expect(judgeDeflects(answer, new AnswerSentences(answer), {closed: false, direct: false, asks: 3}).value).toBe(true);
	});

	it('reads a short answer that only defers as deflecting, except to a question that asks when', () => {
		const answer = 'Het hoofdlijnenakkoord zal in de komende periode verder uitgewerkt worden in een regeerprogramma. De uitwerking van de doelstelling wordt daarin meegenomen.';
		const future = judgeFuture(answer, 2024);
		expect(future.value).toBe(true);
		const flag = judgeDeflects(answer, new AnswerSentences(answer), {closed: false, direct: false, future});
		expect(flag.value).toBe(true);
		expect(flag.evidence.map(hit => hit.rule)).toEqual(future.evidence.map(() => 'deflects.defers'));
		for (const hit of flag.evidence) {
			expect(answer.slice(hit.start, hit.end)).toBe(hit.text);
		}

		expect(judgeDeflects(answer, new AnswerSentences(answer), {closed: false, direct: false, future, asksWhen: true}).value).toBe(false);
		// An answer that opens with the figure asked for has given substance before it promises more.
		const figure = 'Ongeveer drie miljoen mensen betalen deze belasting. Ik zal uw Kamer later dit jaar informeren over de uitkomsten.';
		const promised = judgeFuture(figure, 2024);
		expect(promised.value).toBe(true);
		expect(judgeDeflects(figure, new AnswerSentences(figure), {closed: false, direct: false, future: promised}).value).toBe(false);
		// The same again gives the same (no state kept between answers); a year or a date is no figure.
		expect(judgeDeflects(figure, new AnswerSentences(figure), {closed: false, direct: false, future: promised}).value).toBe(false);
		const dated = 'In 2023 is het onderzoek gestart. Ik zal uw Kamer later dit jaar informeren over de uitkomsten.';
		expect(judgeDeflects(dated, new AnswerSentences(dated), {closed: false, direct: false, future: judgeFuture(dated, 2024)}).value).toBe(true);
	});
});

describe('pointer evidence', () => {
	it('takes in the number pointed to, so no marker lands between "vraag" and its number', () => {
		const answer = 'Zoals toegelicht in het antwoord op vraag 3 ontvangt de Kamer dit jaar het cloudbeleid.';
		const hit = judge(answer).evidence.find(each => each.rule === 'deflects.cross-reference');
		expect(hit?.text).toBe('Zoals toegelicht in het antwoord op vraag 3');
		expect(judge('Zie voorts het antwoord op vragen 2 en 3.').evidence[0]?.text).toBe('Zie voorts het antwoord op vragen 2 en 3');
	});
});
