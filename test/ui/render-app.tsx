// Renders the reviewer in ink-testing-library with a recorded save, at a chosen terminal size.
import {render} from 'ink-testing-library';
import type {Letter} from '../../source/letter/model.js';
import {scoreLetter} from '../../source/scoring/index.js';
import type {DraftChange} from '../../source/store/attach.js';
import type {Annotations} from '../../source/store/model.js';
import {ReviewerApp} from '../../source/ui/components/app.js';
import {createTheme} from '../../source/ui/theme.js';

/** Sets the fake terminal's size and tells the app, as a real resize would. */
export function resize(stdout: NodeJS.EventEmitter, columns: number, rows: number): void {
	Object.defineProperty(stdout, 'columns', {value: columns, configurable: true});
	Object.defineProperty(stdout, 'rows', {value: rows, configurable: true});
	stdout.emit('resize');
}

/** What a test may set besides the letter; `exportScorecard` and `onBack` are passed on as given. */
export type RenderOptions = {
	annotations?: Annotations;
	columns?: number;
	rows?: number;
	noColor?: boolean;
	exportScorecard?: (annotations: Annotations) => Promise<string>;
	onBack?: () => void;
	/** Passed on as given (`w` after a failed save). */
	saveElsewhere?: (annotations: Annotations) => Promise<string>;
	/** Called with each save after it is recorded; the app waits for it (a slow disk). */
	whileSaving?: () => Promise<void>;
	/** Note drafts the review file holds (texts by answer key). */
	drafts?: Readonly<Record<string, string>>;
	/** Of those drafts, the ones typed when their answer (or question) read differently. */
	draftChanges?: Readonly<Record<string, DraftChange>>;
	/** How long typing pauses before a draft is written (ms); passed on as given. */
	draftDelay?: number;
};

/** The reviewer on `letter`, with every save recorded in `saves`, and every save of note drafts in `draftSaves`. */
export function renderApp(letter: Letter, options: RenderOptions = {}) {
	const saves: Annotations[] = [];
	const draftSaves: Array<Readonly<Record<string, string>>> = [];
	const saveDrafts = async (drafts: Readonly<Record<string, string>>) => {
		draftSaves.push(drafts);
	};
	const save = async (annotations: Annotations) => {
		saves.push(annotations);
		await options.whileSaving?.();
	};

	const tree = (
		<ReviewerApp
			letter={letter}
			scorecard={scoreLetter(letter)}
			annotations={options.annotations ?? {}}
			sidecar="test.review.json"
			save={save}
			drafts={options.drafts}
			draftChanges={options.draftChanges}
			saveDrafts={saveDrafts}
			draftDelay={options.draftDelay}
			theme={createTheme({noColor: options.noColor ?? false})}
			now={() => '2026-07-01T10:00:00.000Z'}
			exportScorecard={options.exportScorecard}
			onBack={options.onBack}
			saveElsewhere={options.saveElsewhere}
		/>
	);
	const instance = render(tree);
	resize(instance.stdout, options.columns ?? 100, options.rows ?? 24);
	return {...instance, saves, draftSaves};
}
