// Questions from the real seed letter and corpus, built by hand so these tests need no reader.
import type {SearchEntry} from '../../../source/search/index.js';

/** Real question texts (NFC, as the readers give them) with short answers. */
export const seedEntries: readonly SearchEntry[] = [
	{source: 'seed.txt', number: 7, question: 'Wanneer komt er een dergelijk overzicht, inclusief inzicht in cloud, hosting, beheer, datatoegang, encryptiesleutels, operationele zeggenschap, onderaannemers, ketenafhankelijkheden en exittermijnen?', answer: 'Dit overzicht wordt dit najaar met uw Kamer gedeeld.'},
	{source: 'seed.txt', number: 11, question: 'In de kabinetsreactie van 23 mei 2025 op de motie-Koekkoek (Kamerstuk 26643, nr. 1338) werd gesteld dat er kwalitatief hoogwaardige Europese clouddiensten beschikbaar zijn. Op welke concrete marktverkenning, technische toets of aanbestedingservaring was die conclusie gebaseerd?', answer: 'De conclusie is gebaseerd op een marktverkenning.'},
	{source: 'seed.txt', number: 18, question: 'Hoe wordt geborgd dat encryptiesleutels, beheerrechten en operationele toegang tot DigiD niet onder zeggenschap vallen van niet-Europese moederbedrijven of buitenlandse wettelijke bevoegdheden?', answer: 'Logius stelt eisen aan leveranciers.'},
	{source: 'seed.txt', number: 19, question: 'Heeft iedere kritieke digitale overheidsvoorziening een actueel exitplan? Zo ja, hoe vaak worden deze exitplannen getest?', answer: 'Het herziene rijksbrede cloudbeleid scherpt de eis van een exitstrategie aan naar het hebben van een exitplan.'},
	{source: 'seed.txt', number: 20, question: 'Welke kritieke digitale voorzieningen hebben een verwachte migratietermijn van meer dan zes maanden, en welke continuïteitsrisico’s levert dat op?', answer: 'Zie het antwoord op vraag 6. Daarnaast is zes maanden überhaupt een zeer korte termijn.'},
	{source: 'ah-tk-20242025-583.txt', number: 1, question: 'Bent u bekend met het bericht dat de continuïteit van de dienstverlening in gevaar is, zoals de leden Koekkoek (Volt) en Van Nispen (SP) vragen?', answer: 'Ja.'},
	{source: 'other.txt', number: 3, question: 'Welke ideeën heeft de minister over de bijdrage van de provincie?', answer: 'De ideeën worden later uitgewerkt.'},
	{source: 'other.txt', number: 4, question: 'Deelt u de mening dat de overheid zuinig moet zijn?', answer: 'Nee. Over de encryptiesleutels is in het antwoord op vraag 7 al iets gezegd.'},
	{source: 'other.txt', number: 5, question: 'Wat zijn de kosten van het project?', answer: null},
];
