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
export async function runReviewer(props: Omit<ReviewerAppProps, 'onBack' | 'onInterrupt'>, {back = false, signal}: {readonly back?: boolean; readonly signal?: AbortSignal} = {}): Promise<{readonly interrupted: boolean}> {
	const onBackRef: {instance?: {unmount: () => void}} = {};
	const onBack = () => {
		onBackRef.instance?.unmount();
	};

	let interrupted = false;
	const onInterrupt = () => {
		interrupted = true;
	};

	// On the alternate screen: quitting gives the terminal back as it was.
	await onAlternateScreen(process.stdout, async () => {
		// Ctrl-C is a key of the reviewer's (saved, then exit 130), not Ink's immediate exit.
		const instance = render(<ReviewerApp {...props} onInterrupt={onInterrupt} {...(back ? {onBack} : {})}/>, {exitOnCtrlC: false});
		onBackRef.instance = instance;
		// A signal (SIGTERM, SIGHUP: the terminal closed) leaves the screen; the caller then writes what is pending.
		const leave = () => {
			instance.unmount();
		};

		signal?.addEventListener('abort', leave);
		try {
			await withBracketedPaste(process.stdout, async () => instance.waitUntilExit());
		} finally {
			signal?.removeEventListener('abort', leave);
		}
	});

	return {interrupted};
}
