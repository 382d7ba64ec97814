// The reviewer's entry point: the only module outside source/ui/ that needs ink or react goes through here.
import process from 'node:process';
import {render} from 'ink';
import {withBracketedPaste} from './input/bracketed-paste.js';
import {onAlternateScreen} from './alternate-screen.js';
import {ReviewerApp, type ReviewerAppProps} from './components/app.js';

export type {ReviewerAppProps} from './components/app.js';
export {ReviewerApp} from './components/app.js';
export {createTheme, wantsNoColor, type Theme} from './theme.js';

/**
 * Renders the reviewer on the process's terminal and resolves when it is left. With `back` (opened from
 * the folder picker) Esc leaves it as well as q; without, Esc does nothing and is not shown.
 */
export async function runReviewer(props: Omit<ReviewerAppProps, 'onBack'>, {back = false}: {readonly back?: boolean} = {}): Promise<void> {
	const onBackRef: {instance?: {unmount: () => void}} = {};
	const onBack = () => {
		onBackRef.instance?.unmount();
	};

	// On the alternate screen: quitting gives the terminal back as it was.
	await onAlternateScreen(process.stdout, async () => {
		const instance = render(<ReviewerApp {...props} {...(back ? {onBack} : {})}/>, {exitOnCtrlC: true});
		onBackRef.instance = instance;
		await withBracketedPaste(process.stdout, async () => instance.waitUntilExit());
	});
}
