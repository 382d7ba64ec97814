import type {RegisteredRule} from './patterns.js';
import {monthNames} from '../letter/dates.js';

const months = monthNames;
const numberWords = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|tientallen|honderden|duizenden|enkele|nul|miljoen|miljard';

/**
 * What addresses an ask, by its kind (see asks.ts): a time for "wanneer", a figure for "hoeveel",
 * a reason for "waarom", named items for "welke" and "wie", the document for a request.
 */
export const askRules: readonly RegisteredRule[] = [
	{name: 'asks.when.date', phrases: [
		`(?:op |per |vanaf |sinds |tot |rond |na |vóór |voor )?\\d{1,2} (?:${months})(?: (?:19|20)\\d\\d)?`,
		`(?:in|sinds|vanaf|per|tot|rond|na|eind|begin|medio|half|midden) (?:(?:${months}) )?(?:19|20)\\d\\d`,
		`(?:in|sinds|vanaf|per|tot|rond|eind|begin|medio) (?:${months})`,
		'(?:reeds|al|inmiddels) (?:\\p{L}+\\s+){0,4}(?:gestart|begonnen|ingevoerd|afgerond|verstuurd|gedaan|genomen|georganiseerd|vastgesteld|gepubliceerd|geïmplementeerd|in werking getreden|aangeboden|gestuurd|uitgevoerd|gerealiseerd)',
		'binnen (?:\\d+|een|twee|drie|vier|zes|acht|enkele) (?:dagen|weken|maanden|jaar|jaren)',
		'(?:dit|volgend|komend) (?:jaar|kwartaal|voorjaar|najaar)', 'de afgelopen (?:\\d+ |twee |drie |vijf |tien )?(?:jaren|jaar|maanden|weken)',
		'(?:gelijktijdig|tegelijk(?:ertijd)?) met', '(?:nu|momenteel|op dit moment) (?:al|reeds)',
	], fires: ['De ABRO is in december 2025 goedgekeurd.', 'De regeling geldt sinds 1 januari 2024.', 'Het plan is inmiddels vastgesteld.', 'De evaluatie heb ik gelijktijdig met deze antwoorden aangeboden.'], silent: ['Ik kan daar nog geen datum voor noemen.', 'De gemeente beslist hierover zelf.']},
	{name: 'asks.how-many.figure', phrases: [
		// Not a year, a date, a case or article number ("nr. 1234", "Kamerstuk 31 066").
		`(?<!(?:nr\\.?|nummer|artikel|art\\.|kamerstuk|kamerstukken|bijlage|vraag|vragen|antwoord|pagina|blz\\.|p\\.)\\s*(?:[\\d ]*)?)(?<![\\d.,])(?!(?:19|20)\\d\\d(?![\\d.,]))\\d+(?:[.,]\\d+)*(?! (?:${months}))(?:\\s*(?:%|procent|miljoen|miljard|euro|keer|maal))?`,
		`(?:${numberWords})(?: (?:miljoen|miljard|procent|keer))?`, 'de helft', 'een (?:derde|kwart)', 'geen enkel(?:e)?', 'er (?:is|zijn) geen', '(?:één|een) (?:keer|geval|melding|zaak)',
	], fires: ['In de afgelopen vijf jaar zijn 1137 inspecties uitgevoerd.', 'Het gaat om ongeveer drie miljoen mensen.', 'Er zijn geen gevallen bekend.'], silent: ['Zie Kamerstuk 31 066, nr. 1234.', 'In 2023 is het beleid gewijzigd.']},
	{name: 'asks.why.reason', phrases: [
		'omdat', 'doordat', 'vanwege', 'aangezien', 'want', 'daarom', 'om die reden', 'de reden (?:hiervoor |daarvoor |is |waarom )?', '(?:de |een )?(?:belangrijkste )?(?:reden|redenen|oorzaak|oorzaken) (?:is|zijn|hiervan|daarvan|hiervoor|daarvoor|ligt|liggen)',
		'als gevolg van', 'ten gevolge van', 'teneinde', 'gelet op', 'gezien (?:de|het)', 'met het oog op', 'in verband met', '(?:dit|dat|het) (?:komt|heeft te maken) (?:met|doordat|omdat|door)', 'hierdoor', 'daardoor', 'zodat', 'met als doel', 'bedoeld om', 'is (?:erop )?gericht op', 'ter voorkoming van', 'vanuit de gedachte',
	], fires: ['Dat is niet gebeurd, omdat de termijn verstreken was.', 'Dit komt doordat de vraag is gestegen.'], silent: ['Het onderzoek loopt nog.']},
	{name: 'asks.which.list', phrases: [
		'namelijk', 'te weten', 'onder (?:andere|meer)', 'o\\.a\\.', 'waaronder', 'zoals(?! (?:\\p{L}+\\s+){0,2}(?:aangegeven|toegelicht|vermeld|gemeld|beschreven|eerder|genoemd|gesteld|aangekondigd|geantwoord|in het antwoord|in mijn))', 'bijvoorbeeld', '(?:het gaat|gaat het) (?:hierbij )?om', '(?:de )?volgende (?:\\p{L}+\\s+){0,2}(?:maatregelen|stappen|partijen|organisaties|gemeenten|landen|acties|punten|zaken)',
	], fires: ['De volgende maatregelen zijn genomen: een meldpunt en extra toezicht.', 'Het gaat om drie gemeenten, namelijk Arnhem, Ede en Zwolle.'], silent: ['Het beleid wordt voortgezet.']},
	{name: 'asks.request.given', phrases: [
		'bijgevoegd', 'bijgaand', 'als bijlage', 'in de bijlage', 'treft u (?:hierbij |bijgaand )?(?:aan|bij)', 'vindt u (?:hierbij|in de bijlage|hieronder|in onderstaande|onderstaand)', 'hierbij (?:stuur|zend|bied|ontvangt)',
		'onderstaand(?:e)? (?:overzicht|tabel)', '(?:het|een|de) (?:overzicht|tabel) (?:hieronder|hierna|staat|is opgenomen)', 'zie (?:de )?(?:bijlage|tabel)', '(?:stuur|zend|bied) (?:ik|wij|we) (?:u|uw Kamer|de Kamer)',
		'(?:heb|hebben) (?:ik|wij|we) (?:uw|de) Kamer (?:\\p{L}+\\s+){0,4}(?:toegezonden|gestuurd|aangeboden)', '(?:zal|zullen|wordt|worden) (?:\\p{L}+\\s+){0,5}(?:toegezonden|gestuurd|gedeeld|verstrekt|aangeboden|openbaar gemaakt)', '(?:is|zijn) (?:\\p{L}+\\s+){0,2}(?:openbaar|gepubliceerd|te vinden|te raadplegen)',
		'(?:tabel|overzicht) \\d', 'als volgt',
	], fires: ['Het rapport treft u hierbij aan.', 'In onderstaande tabel staan de aantallen per regio.', 'De evaluatie zal voor de zomer aan uw Kamer worden gestuurd.'], silent: ['Ik heb daar geen overzicht van.']},
	{name: 'asks.yes-no.position', phrases: [
		'^(?:ja|nee|neen)', 'inderdaad', '(?:dat|dit|het) klopt', '(?:niet|geen|nooit)', '(?:ben|is|zijn) (?:\\p{L}+\\s+){0,2}bereid', 'wel(?! \\p{L}+ (?:niet|geen))',
	], fires: ['Dat is niet het geval.', 'Ik ben daartoe bereid.'], silent: ['De regeling wordt uitgevoerd door de RVO.']},
];
