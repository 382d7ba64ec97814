// `npm run rules`: per rule, how often it fires on the in-sample labelled letters and how often the
// readers agreed with the judgement it supports (precision). Held-out letters are left out: their
// errors are never read (held-out.ts).
import path from 'node:path';
import type {AnswerScore} from '../scoring/model.js';
import {compileRules, findEvidence} from '../scoring/patterns.js';
import {ruleRegister, toggleFlags} from '../scoring/register.js';
import type {GoldLabel} from './agreement.js';
import {readHeldOut} from './held-out.js';
import {loadLabelled} from './labelled.js';

/** The reading a rule's firing stands for, checked against one gold label; undefined where the readers left it open. */
export function supportedBy(rule: string, gold: GoldLabel): boolean | undefined {
	const checks: Array<[string, (label: GoldLabel) => boolean | undefined]> = [
		['direct.yes', label => (label.closed === true && label.yesNo !== undefined ? label.yesNo === 'yes' : undefined)],
		['direct.no', label => (label.closed === true && label.yesNo !== undefined ? label.yesNo === 'no' : undefined)],
		['closed.', label => label.closed],
		...toggleFlags().map((flag): [string, (label: GoldLabel) => boolean | undefined] => [`${flag}.`, label => label[flag]]),
		['clarity.declines', label => (label.clarity === undefined ? undefined : label.clarity === 'non-reply')],
		['clarity.lapses', label => (label.clarity === undefined ? undefined : label.clarity === 'clear')],
	];
	const check = checks.find(([prefix]) => rule.startsWith(prefix));
	return check?.[1](gold);
}

/** The rules whose evidence an answer's scorecard shows, by name (numbered rules such as "deflects.repeats-answer-3" folded). */
export function firedRules(answer: AnswerScore): Set<string> {
	const evidence = [...answer.closedEvidence, ...Object.values(answer.flags).flatMap(flag => flag.evidence), ...answer.asks.flatMap(ask => ask.evidence)];
	// A yes-no ask's evidence is the direct reading's, listed under its own rule already.
	const fired = new Set(evidence.filter(hit => !hit.rule.startsWith('asks.yes-no.direct')).map(hit => hit.rule.replace(/-\d+(?:-\d+)*$/u, '')));
	// The clarity rules leave no evidence on the scorecard: they fire where their phrases are found.
	for (const [name, compiled] of clarityRules) {
		if (answer.answer !== null && findEvidence(answer.answer, compiled).length > 0) {
			fired.add(name);
		}
	}

	return fired;
}

const clarityRules = ruleRegister.filter(rule => rule.name.startsWith('clarity.')).map(rule => [rule.name, compileRules([rule])] as const);

async function main(): Promise<void> {
	const letters = await loadLabelled(path.join('test', 'fixtures', 'labels'), [path.join('test', 'fixtures', 'letters'), path.join('test', 'fixtures', 'ocr-pool')]);
	const held = readHeldOut(path.join('test', 'fixtures', 'held-out.json')).letters;
	const counts = new Map<string, {fires: number; judged: number; agreed: number}>();
	for (const rule of ruleRegister) {
		counts.set(rule.name, {fires: 0, judged: 0, agreed: 0});
	}

	for (const letter of letters.filter(each => !held.has(each.name))) {
		for (const pair of letter.pairs) {
			for (const rule of firedRules(pair.tool)) {
				const count = counts.get(rule) ?? {fires: 0, judged: 0, agreed: 0};
				count.fires++;
				const agreed = supportedBy(rule, pair.gold);
				if (agreed !== undefined) {
					count.judged++;
					count.agreed += agreed ? 1 : 0;
				}

				counts.set(rule, count);
			}
		}
	}

	console.log(`${'rule'.padEnd(40)}${'fires'.padStart(7)}${'judged'.padStart(8)}${'agreed'.padStart(8)}  precision`);
	for (const [rule, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
		const precision = count.judged === 0 ? '—' : (count.agreed / count.judged).toFixed(2);
		console.log(`${rule.padEnd(40)}${String(count.fires).padStart(7)}${String(count.judged).padStart(8)}${String(count.agreed).padStart(8)}  ${precision}`);
	}

	console.log('\nIn-sample labelled letters only. "fires": answers whose scorecard shows the rule\'s evidence (the clarity rules:');
	console.log('whose answer holds their phrases); "judged": those the readers labelled for the judgement the rule supports');
	console.log('(asks and commitments have no such label); "precision": the share of those where the readers agreed.');
}

if (process.argv[1]?.endsWith('eval/rules.ts') || process.argv[1]?.endsWith('eval/rules.js')) {
	await main();
}
