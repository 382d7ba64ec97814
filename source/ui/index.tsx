// The reviewer's entry point: the only module outside source/ui/ that needs ink or react goes through here.
import {render} from 'ink';
import {ReviewerApp, type ReviewerAppProps} from './components/app.js';

export type {ReviewerAppProps} from './components/app.js';
export {ReviewerApp} from './components/app.js';
export {createTheme, wantsNoColor, type Theme} from './theme.js';

/** Renders the reviewer on the process's terminal and resolves when the reviewer quits. */
export async function runReviewer(props: ReviewerAppProps): Promise<void> {
	const instance = render(<ReviewerApp {...props}/>, {exitOnCtrlC: true});
	await instance.waitUntilExit();
}
