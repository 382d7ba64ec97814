// The reconcile screen's entry point: renders it on the terminal's alternate screen until q.
import process from 'node:process';
import {render} from 'ink';
import {onAlternateScreen} from '../alternate-screen.js';
import {ReconcileApp, type ReconcileAppProps} from './reconcile-app.js';

export {createTheme, wantsNoColor} from '../theme.js';

/** Shows the reconcile screen until the user quits. */
export async function runReconcile(props: ReconcileAppProps): Promise<void> {
	await onAlternateScreen(process.stdout, async () => {
		const instance = render(<ReconcileApp {...props}/>, {exitOnCtrlC: true});
		await instance.waitUntilExit();
	});
}
