import {describe, expect, it} from 'vitest';
import {readQuestion} from '../../../source/scoring/closed.js';

// Real question sentences from the seed letter and the published corpus letters.
const closed = [
	'Bestaat er inmiddels een rijksbreed overzicht van kritieke digitale overheidsvoorzieningen? Zo nee, waarom niet?',
	// Sharing a document with the Kamer is a yes/no request.
	'Wilt u volgend jaar de eerste monitor van het RIVM, voorzien van een kabinetsreactie, met de Kamer delen?',
	// A footnote number left before the sentence by PDF extraction.
	'Hoe is dit bericht in de Telegraaf tot stand gekomen?1 Was dit vooraf door uw ministerie ingebracht bij de krant?',
	// A statement that turns into a question after its last comma.
	'Met het FUREC-project zal er waterstof worden geproduceerd uit afval, voldoet het FUREC-project aan de voorwaarden voor de bindende doelstelling?',
	'Deelt u de opvatting dat DigiD vanwege zijn unieke en kritieke rol moeilijk één-op-één vergelijkbaar is?',
	'Kunt u de vragen afzonderlijk en voor het commissiedebat inzake Bescherming persoonsgegevens beantwoorden?',
	'Klopt het dat Faissal Taghi in een groep is geplaatst en met die groep contactmag hebben?',
	'Bent u bekend met het bericht «Wachttijden ggz niet goed vastgelegd, zeggenonderzoekers»?',
	'Kunt u bevestigen dat er in Ierland en het Verenigd Koninkrijk een overschot is?',
	'Kunt u uitsluiten dat (een deel van) de geïmporteerde paarden een nieuwechip hebben gekregen? Zo nee, waarom niet?',
	'Hoe reageert u op de stelling van het Openbaar Ministerie? Heeft u inzichtelijk hoe groot deze groep is?',
	'Is er zicht op operationele of financiële betrokkenheid van andere lidstaten?',
	'Voelt u zich, ondanks dat het ICJ de Algemene Vergadering adresseert, aangesproken?',
	'Bent u bekend met het recente wetenschappelijke rapport «The 2024 state of the climate report: Perilous times on planet Earth»?',
];

const open = [
	'Kunt u toelichten waarom de voor DigiD benodigde digitale infrastructuur niet rijksbreed is georganiseerd? Welke afwegingen liggen hieraan ten grondslag?',
	'Wanneer gaat het kabinet kritieke digitale overheidsvoorzieningen wél rijksbreed organiseren?',
	'Hoeveel paardenvlees heeft Nederland het afgelopen jaar geïmporteerd?',
	'Kunt u aangeven hoe slachthuizen in andere landen kunnen achterhalen of de paspoorten authentiek zijn?',
	'Kunt u een overzicht geven van alle signalen over mogelijk misbruik van toeslagen?',
	'Kunt u een inschatting maken van wat het schrappen van het moderatieteam betekent?',
	// Older letters ask the minister in the third person.
	'Wil de Minister meedelen wat de bemoeiingen van de ambassade zijn geweest?',
	'Kunnen de bewindslieden uitleggen waarom toestemming is verleend voor het feest in de kazerne?',
	'Wilt u de Kamer inlichten over de instructies die de ambassadeur heeft gekregen?',
	'Op welke wijze wordt uitvoering gegeven aan deze motie?',
	'Kunt u in relatie tot de stelling van het OM dat 330 Bulgaren onterecht toeslag hebben aangevraagdreflecteren op het antwoord?',
];

describe('closed questions', () => {
	it.each(closed)('reads a yes/no question: %s', question => {
		const reading = readQuestion(question);
		expect(reading.closed).toBe(true);
		for (const hit of reading.evidence) {
			expect(question.slice(hit.start, hit.end)).toBe(hit.text);
		}
	});

	it.each(open)('reads an open question or a request for information: %s', question => {
		expect(readQuestion(question).closed).toBe(false);
	});

	it('splits a compound question into its sentences', () => {
		const reading = readQuestion('Heeft iedere kritieke digitale overheidsvoorziening een actueel exitplan? Zo ja, hoe vaak worden deze exitplannen getest?');
		expect(reading.subQuestions.map(sub => sub.text)).toEqual([
			'Heeft iedere kritieke digitale overheidsvoorziening een actueel exitplan?',
			'Zo ja, hoe vaak worden deze exitplannen getest?',
		]);
		expect(reading.subQuestions.map(sub => sub.closed)).toEqual([true, false]);
	});
});
